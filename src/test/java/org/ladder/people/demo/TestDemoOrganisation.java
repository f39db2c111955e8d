package org.ladder.people.demo;

import org.ladder.base.audit.AuditLog;
import org.ladder.people.domain.PersonRepository;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The MariaDB test run needs the demo organisation the tests sign in with, but the application refuses the demo on
 * anything but embedded H2 (and {@code ladder.demo.enabled} is off there). This test-only runner writes it with
 * the demo generator, in the profile of the MariaDB tests only; it is never on the application's class path.
 */
@Component
@Profile("mariadb-test")
@Order(0)
class TestDemoOrganisation implements ApplicationRunner {

    private final PersonRepository people;
    private final OrgPlanWriter writer;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate tx;
    private final AuditLog audit;

    TestDemoOrganisation(PersonRepository people, OrgPlanWriter writer, PasswordEncoder passwordEncoder,
            TransactionTemplate tx, AuditLog audit) {
        this.people = people;
        this.writer = writer;
        this.passwordEncoder = passwordEncoder;
        this.tx = tx;
        this.audit = audit;
    }

    @Override
    public void run(ApplicationArguments args) {
        DemoDataInitializer.seed(people, writer, passwordEncoder, tx, audit, 120);
    }
}
