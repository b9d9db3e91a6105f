package org.onlinemart.user.domain;

import org.onlinemart.commons.security.Roles;

/** What a user may do; {@link #group()} is its name in the token's {@code groups} claim. */
public enum Role {
    USER(Roles.USER),
    ADMIN(Roles.ADMIN);

    private final String group;

    Role(String group) {
        this.group = group;
    }

    public String group() {
        return group;
    }
}
