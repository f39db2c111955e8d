/**
 * Shared kernel: security (roles, current user, the two filter chains), the UI shell (main layout, login,
 * home, error views) and audit. Depends on no feature module; every feature module may use it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.ladder.base;
