package org.ladder.base.security;

/**
 * Role names as compile-time constants, for {@code @RolesAllowed}. Kept in step with {@link Role}.
 */
public final class Roles {
    public static final String HR = "HR";
    public static final String LEADERSHIP = "LEADERSHIP";
    public static final String MANAGER = "MANAGER";
    public static final String EMPLOYEE = "EMPLOYEE";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
