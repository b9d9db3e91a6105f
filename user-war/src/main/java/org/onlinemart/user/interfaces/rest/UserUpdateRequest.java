package org.onlinemart.user.interfaces.rest;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.onlinemart.user.application.ProfileChanges;

/** Every field optional: a missing (or null) one stays as it is. */
public record UserUpdateRequest(
        @Size(max = AccountFields.NAME_MAX)
        @Pattern(regexp = AccountFields.NAME, message = AccountFields.NAME_MESSAGE)
        @Schema(examples = "Jane Q. Customer")
        String userName,

        @Pattern(regexp = AccountFields.PHONE, message = AccountFields.PHONE_MESSAGE) @Schema(examples = "+1 555-0199")
        String phoneNum,

        @Size(min = AccountFields.PASSWORD_MIN, max = AccountFields.PASSWORD_MAX)
        @Schema(examples = "sample-password-3")
        String userPassword) {

    ProfileChanges toChanges() {
        return new ProfileChanges(userName, phoneNum, userPassword);
    }

    /** Never shows the password. */
    @Override
    public String toString() {
        return "UserUpdateRequest[userName=" + userName + ", phoneNum=" + phoneNum + "]";
    }
}
