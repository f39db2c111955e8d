package org.ladder.people;

import org.ladder.base.audit.AuditLog;
import java.util.Set;

import org.ladder.base.security.CurrentUser;
import org.ladder.base.security.LadderUser;
import org.ladder.base.security.Role;
import org.ladder.people.domain.Person;
import org.ladder.people.domain.PersonRepository;
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
    private final PersonEditing editing;

    AccountService(PersonRepository people, PasswordEncoder encoder, CurrentUser currentUser, AuditLog audit,
            PersonEditing editing) {
        this.editing = editing;
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

    /** {@link PersonEditing#setRoles}: the admin rules, audit and session end are there. */
    public void setRoles(long personId, Set<Role> roles) {
        editing.setRoles(personId, roles);
    }

    /** {@link PersonEditing#setActive}: the admin rules, audit and session end are there. */
    public void setActive(long personId, boolean active) {
        editing.setActive(personId, active);
    }

    private Person find(long personId) {
        return people.findById(personId)
                .orElseThrow(() -> new IllegalArgumentException("No person with id " + personId));
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
