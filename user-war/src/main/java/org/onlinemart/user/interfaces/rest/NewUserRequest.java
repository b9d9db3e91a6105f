package org.onlinemart.user.interfaces.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.onlinemart.user.application.Registration;
import org.onlinemart.user.domain.Role;

public record NewUserRequest(
        @NotNull
        @Size(max = AccountFields.NAME_MAX)
        @Pattern(regexp = AccountFields.NAME, message = AccountFields.NAME_MESSAGE)
        @Schema(examples = "Jane Customer")
        String userName,

        @NotBlank
        @Size(max = AccountFields.EMAIL_MAX)
        @Email(regexp = AccountFields.EMAIL)
        @Schema(description = "Unique, ignoring letter case", examples = "customer@example.com")
        String userEmail,

        @NotNull
        @Size(min = AccountFields.PASSWORD_MIN, max = AccountFields.PASSWORD_MAX)
        @Schema(examples = "sample-password-1")
        String userPassword,

        @Pattern(regexp = AccountFields.PHONE, message = AccountFields.PHONE_MESSAGE)
        @Schema(description = "Optional", examples = "+1 555-0100")
        String phoneNum) {

    Registration toRegistration() {
        return new Registration(userName, userEmail, phoneNum, userPassword, Role.USER);
    }

    /** Never shows the password. */
    @Override
    public String toString() {
        return "NewUserRequest[userEmail=" + userEmail + "]";
    }
}
