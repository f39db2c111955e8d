package org.ladder.people;

import java.util.EnumSet;

import org.ladder.base.audit.AuditLog;
import org.ladder.base.security.Role;
import org.ladder.people.domain.Person;
import org.ladder.people.domain.PersonRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A fresh production database has nobody who can sign in. When {@code ladder.bootstrap.admin-password} is set
 * (env {@code LADDER_ADMIN_PASSWORD}) and no active admin exists, this creates the account {@code admin} with
 * the roles ADMIN and HR, who can then import the organisation and set passwords. Nothing happens otherwise.
 */
@Component
@Order(10)
class BootstrapAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final PersonRepository people;
    private final PasswordEncoder encoder;
    private final TransactionTemplate tx;
    private final AuditLog audit;
    private final String email;
    private final String password;

    BootstrapAdmin(PersonRepository people, PasswordEncoder encoder, TransactionTemplate tx, AuditLog audit,
            @Value("${ladder.bootstrap.admin-email:admin@ladder.invalid}") String email,
            @Value("${ladder.bootstrap.admin-password:}") String password) {
        this.people = people;
        this.encoder = encoder;
        this.tx = tx;
        this.audit = audit;
        this.email = email;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (password == null || password.isBlank()) {
            return;
        }
        String problem = AccountService.check(password);
        if (problem != null) {
            log.error("ladder.bootstrap.admin-password is not usable: {} No admin account was created.", problem);
            return;
        }
        tx.executeWithoutResult(status -> {
            if (people.countActiveWithRole(Role.ADMIN) > 0 || people.findByUsername("admin").isPresent()) {
                return;
            }
            Person admin = new Person("ladder-admin", "admin", email, "Ladder", "Administrator");
            admin.setJobTitle("Administrator");
            admin.setRoles(EnumSet.of(Role.ADMIN, Role.HR, Role.EMPLOYEE));
            admin.setPasswordHash(encoder.encode(password));
            people.save(admin);
            audit.record("person.bootstrap-admin", "person", admin.getId(), "Initial admin account created");
            log.info("Created the initial admin account 'admin' ({}).", email);
        });
    }
}
