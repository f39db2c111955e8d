package org.ladder.people;

import org.ladder.base.audit.AuditLog;
import java.util.EnumSet;
import java.util.Set;

import org.ladder.base.ValidationException;
import org.ladder.base.security.CurrentUser;
import org.ladder.base.security.LadderUser;
import org.ladder.base.security.Role;
import org.ladder.people.imports.PrivilegedRoles;
import org.ladder.people.domain.Person;
import org.ladder.people.domain.PersonRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in accounts of people: admins set a one-time password for a person (e.g. after an import, which brings
 * people without passwords), which the person replaces by their own at the next sign-in; everyone changes their
 * own password (the current one required). Passwords are at least {@link #MIN_PASSWORD} characters and not among
 * the 100,000 most common ones. Every change is audited; the password itself never is. Changing a password,
 * roles or the active state ends the person's other sessions (their security version rises, see ADR 0013).
 */
@Service
public class AccountService {

    public static final int MIN_PASSWORD = 10;
    public static final int MAX_PASSWORD = 100;
    /** The rules as a hint for password fields. */
    public static final String RULES = "At least " + MIN_PASSWORD + " characters, and not one of the 100,000 most "
            + "common passwords. A few unrelated words make a good one.";
    static final String COMMON = "This password is one of the 100,000 most common ones: choose another.";
    static final String CURRENT_WRONG = "The current password is not right.";

    private final PersonRepository people;
    private final PasswordEncoder encoder;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    AccountService(PersonRepository people, PasswordEncoder encoder, CurrentUser currentUser, AuditLog audit) {
        this.people = people;
        this.encoder = encoder;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** Whether the caller may set other people's passwords. */
    public boolean maySetPasswords() {
        return currentUser.hasRole(Role.ADMIN);
    }

    /**
     * Sets a one-time password: the person must choose their own at their next sign-in. Admins only. The
     * person's open sessions end.
     */
    @Transactional
    public void setPassword(long personId, String password) {
        currentUser.requireAnyRole(Role.ADMIN);
        String problem = check(password);
        if (problem != null) {
            throw new PasswordRejectedException(problem);
        }
        Person person = find(personId);
        if (!person.isActive()) {
            throw new PasswordRejectedException(person.getDisplayName() + " has left the organisation.");
        }
        person.setPasswordHash(encoder.encode(password));
        person.setPasswordChangeRequired(true);
        audit.record("person.password-set", "person", personId,
                "One-time password set for " + person.getUsername());
    }

    /**
     * The signed-in person changes their own password; the current one is required. Their other sessions end;
     * this one stays.
     *
     * @throws PasswordRejectedException when the current password is wrong or the new one breaks a rule
     */
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        LadderUser caller = currentUser.require();
        Person person = find(caller.personId());
        if (currentPassword == null || person.getPasswordHash() == null
                || !encoder.matches(currentPassword, person.getPasswordHash())) {
            throw new PasswordRejectedException(CURRENT_WRONG);
        }
        String problem = check(newPassword);
        if (problem != null) {
            throw new PasswordRejectedException(problem);
        }
        if (newPassword.equals(currentPassword)) {
            throw new PasswordRejectedException("Choose a password different from the current one.");
        }
        person.setPasswordHash(encoder.encode(newPassword));
        person.setPasswordChangeRequired(false);
        people.flush();
        audit.record("person.password-changed", "person", person.getId(),
                person.getUsername() + " changed their password");
        currentUser.replace(PeopleUserDetailsService.toUser(person));
    }

    /** Whether the signed-in person must replace a one-time password before anything else. */
    public boolean passwordChangeRequired() {
        return currentUser.get().map(LadderUser::passwordChangeRequired).orElse(false);
    }

    /**
     * Changes a person's roles (EMPLOYEE is always kept). HR and admins; only an admin may grant or remove ADMIN
     * or HR, or change an admin's roles; the last active admin keeps ADMIN. The person's open sessions end.
     */
    @Transactional
    public void setRoles(long personId, Set<Role> roles) {
        LadderUser caller = currentUser.requireAnyRole(Role.HR, Role.ADMIN);
        Person person = find(personId);
        Set<Role> after = EnumSet.of(Role.EMPLOYEE);
        after.addAll(roles);
        Set<Role> before = withEmployee(person.getRoles());
        PrivilegedRoles.problem(before, person.isActive(), after, person.isActive(), caller.hasRole(Role.ADMIN),
                person.getDisplayName()).ifPresent(problem -> {
                    throw new AccessDeniedException(problem);
                });
        if (before.contains(Role.ADMIN) && !after.contains(Role.ADMIN) && person.isActive()
                && people.countActiveWithRole(Role.ADMIN) <= 1) {
            throw new ValidationException(java.util.Map.of("roles", PrivilegedRoles.LAST_ADMIN));
        }
        if (before.equals(after)) {
            return;
        }
        person.setRoles(after);
        audit.record("person.roles-changed", "person", personId, person.getUsername() + ": " + before + " -> " + after);
    }

    /**
     * Deactivates a person who left (or reactivates them). HR and admins; only an admin may deactivate an admin,
     * and never the last active one. A deactivated person's open sessions end.
     */
    @Transactional
    public void setActive(long personId, boolean active) {
        LadderUser caller = currentUser.requireAnyRole(Role.HR, Role.ADMIN);
        Person person = find(personId);
        Set<Role> roles = withEmployee(person.getRoles());
        PrivilegedRoles.problem(roles, person.isActive(), roles, active, caller.hasRole(Role.ADMIN),
                person.getDisplayName()).ifPresent(problem -> {
                    throw new AccessDeniedException(problem);
                });
        if (!active && person.isActive() && roles.contains(Role.ADMIN)
                && people.countActiveWithRole(Role.ADMIN) <= 1) {
            throw new ValidationException(java.util.Map.of("active", PrivilegedRoles.LAST_ADMIN));
        }
        if (person.isActive() == active) {
            return;
        }
        person.setActive(active);
        audit.record(active ? "person.reactivated" : "person.deactivated", "person", personId, person.getUsername());
    }

    private Person find(long personId) {
        return people.findById(personId)
                .orElseThrow(() -> new IllegalArgumentException("No person with id " + personId));
    }

    private static Set<Role> withEmployee(Set<Role> roles) {
        Set<Role> all = EnumSet.of(Role.EMPLOYEE);
        all.addAll(roles);
        return all;
    }

    /** The rule a new password breaks, or {@code null}. */
    public static String check(String password) {
        if (password == null || password.isBlank()) {
            return "Enter a password.";
        }
        if (password.length() < MIN_PASSWORD) {
            return "Use at least " + MIN_PASSWORD + " characters.";
        }
        if (password.length() > MAX_PASSWORD) {
            return "Use at most " + MAX_PASSWORD + " characters.";
        }
        if (CommonPasswords.contains(password)) {
            return COMMON;
        }
        return null;
    }
}
