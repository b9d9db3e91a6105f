package org.onlinemart.commons.security;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Method;
import java.util.Optional;

/** Which roles a resource method admits, as Jakarta Security reads its annotations; empty when it is open to all. */
public final class RoleGuard {

    private RoleGuard() {}

    /** Its own {@code @RolesAllowed}, else its class's, unless it is {@code @PermitAll}. */
    public static Optional<RolesAllowed> of(Method method) {
        if (method.isAnnotationPresent(PermitAll.class)) {
            return Optional.empty();
        }
        RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
        return Optional.ofNullable(
                roles != null ? roles : method.getDeclaringClass().getAnnotation(RolesAllowed.class));
    }
}
