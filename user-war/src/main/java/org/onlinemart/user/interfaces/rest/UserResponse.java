package org.onlinemart.user.interfaces.rest;

import jakarta.json.bind.annotation.JsonbNillable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.onlinemart.user.domain.User;

/** An account as clients see it: never the password or its hash. phone_num is null when not given. */
@JsonbNillable
public record UserResponse(
        @Schema(examples = "42") long userId,
        @Schema(examples = "Jane Customer") String userName,

        @Schema(description = "In lower case", examples = "customer@example.com")
        String userEmail,

        @Schema(examples = "+1 555-0100") String phoneNum,

        @Schema(
                enumeration = {"user", "admin"},
                examples = "user")
        String role) {

    static UserResponse from(User user) {
        return new UserResponse(
                user.id(), user.name(), user.email(), user.phone(), user.role().group());
    }
}
