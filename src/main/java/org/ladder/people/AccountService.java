package org.ladder.people;

import org.ladder.base.audit.AuditLog;
import org.ladder.base.security.CurrentUser;
import org.ladder.base.security.Role;
import org.ladder.people.domain.Person;
import org.ladder.people.domain.PersonRepository;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in accounts of people: admins set a password for a person (e.g. after an import, which brings people
 * without passwords). Every change is audited; the password itself never is.
 */
@Service
public class AccountService {

    public static final int MIN_PASSWORD = 10;
    public static final int MAX_PASSWORD = 100;

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

    @Transactional
    public void setPassword(long personId, String password) {
        currentUser.requireAnyRole(Role.ADMIN);
        String problem = check(password);
        if (problem != null) {
            throw new PasswordRejectedException(problem);
        }
        Person person = people.findById(personId)
                .orElseThrow(() -> new IllegalArgumentException("No person with id " + personId));
        if (!person.isActive()) {
            throw new PasswordRejectedException(person.getDisplayName() + " has left the organisation.");
        }
        person.setPasswordHash(encoder.encode(password));
        audit.record("person.password-set", "person", personId, "Password set for " + person.getUsername());
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
        return null;
    }
}
