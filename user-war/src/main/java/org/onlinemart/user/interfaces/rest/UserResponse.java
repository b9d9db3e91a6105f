package org.onlinemart.user.interfaces.rest;

import jakarta.json.bind.annotation.JsonbNillable;
import org.onlinemart.user.domain.User;

/** An account as clients see it: never the password or its hash. phone_num is null when not given. */
@JsonbNillable
public record UserResponse(long userId, String userName, String userEmail, String phoneNum, String role) {

    static UserResponse from(User user) {
        return new UserResponse(
                user.id(), user.name(), user.email(), user.phone(), user.role().group());
    }
}
