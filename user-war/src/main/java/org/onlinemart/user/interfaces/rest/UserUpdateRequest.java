package org.onlinemart.user.interfaces.rest;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.onlinemart.user.application.ProfileChanges;

/** Every field optional: a missing (or null) one stays as it is. */
public record UserUpdateRequest(
        @Size(max = AccountFields.NAME_MAX) @Pattern(regexp = AccountFields.NAME, message = AccountFields.NAME_MESSAGE)
        String userName,

        @Pattern(regexp = AccountFields.PHONE, message = AccountFields.PHONE_MESSAGE)
        String phoneNum,

        @Size(min = AccountFields.PASSWORD_MIN, max = AccountFields.PASSWORD_MAX)
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
