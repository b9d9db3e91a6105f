package org.onlinemart.user.interfaces.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.onlinemart.user.application.Registration;
import org.onlinemart.user.domain.Role;

public record NewAdminRequest(
        @NotNull
        @Size(max = AccountFields.NAME_MAX)
        @Pattern(regexp = AccountFields.NAME, message = AccountFields.NAME_MESSAGE)
        @Schema(examples = "Alex Admin")
        String userName,

        @NotBlank
        @Size(max = AccountFields.EMAIL_MAX)
        @Email(regexp = AccountFields.EMAIL)
        @Schema(description = "Unique, ignoring letter case", examples = "admin@example.com")
        String userEmail,

        @NotNull
        @Size(min = AccountFields.PASSWORD_MIN, max = AccountFields.PASSWORD_MAX)
        @Schema(examples = "sample-password-2")
        String userPassword) {

    Registration toRegistration() {
        return new Registration(userName, userEmail, null, userPassword, Role.ADMIN);
    }

    /** Never shows the password. */
    @Override
    public String toString() {
        return "NewAdminRequest[userEmail=" + userEmail + "]";
    }
}
