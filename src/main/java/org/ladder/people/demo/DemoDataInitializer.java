package org.ladder.people.demo;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.ladder.base.audit.AuditLog;
import org.ladder.people.domain.PersonRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates the demo organisation on first start of the embedded default. Off unless
 * {@code ladder.demo.enabled=true}; the {@code mariadb} profile forces it off, and on any database but the
 * embedded H2 the application refuses to start ({@link DemoRefusedException}): demo logins must never reach a
 * production database.
 */
@Component
@ConditionalOnProperty(name = "ladder.demo.enabled", havingValue = "true")
@Order(0)
class DemoDataInitializer implements ApplicationRunner {

    static final String DEMO_PASSWORD = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoDataInitializer.class);

    private final PersonRepository people;
    private final OrgPlanWriter writer;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate tx;
    private final AuditLog audit;
    private final int headcount;

    DemoDataInitializer(PersonRepository people, OrgPlanWriter writer, PasswordEncoder passwordEncoder,
            TransactionTemplate tx, AuditLog audit, DataSource dataSource,
            @Value("${ladder.demo.people:120}") int headcount) {
        requireEmbedded(dataSource);
        this.people = people;
        this.writer = writer;
        this.passwordEncoder = passwordEncoder;
        this.tx = tx;
        this.audit = audit;
        this.headcount = headcount;
    }

    @Override
    public void run(ApplicationArguments args) {
        seed(people, writer, passwordEncoder, tx, audit, headcount);
    }

    /** Writes the demo organisation unless someone exists already. */
    static void seed(PersonRepository people, OrgPlanWriter writer, PasswordEncoder passwordEncoder,
            TransactionTemplate tx, AuditLog audit, int headcount) {
        if (people.count() > 0) {
            return;
        }
        OrgPlan plan = DemoOrganisationGenerator.demo(headcount);
        tx.executeWithoutResult(status -> {
            writer.write(plan, passwordEncoder.encode(DEMO_PASSWORD));
            audit.record("demo.created", "organisation", null,
                    plan.units().size() + " units, " + plan.people().size() + " people");
        });
        log.info("Demo organisation created: {} units, {} people; logins admin, hr, ceo, manager, employee "
                + "(password '{}')", plan.units().size(), plan.people().size(), DEMO_PASSWORD);
    }

    /**
     * Refuses anything but the embedded H2 database (in memory or a local file; not an H2 server over TCP).
     *
     * @throws DemoRefusedException otherwise
     */
    static void requireEmbedded(DataSource dataSource) {
        String url;
        String product;
        try (Connection c = dataSource.getConnection()) {
            url = c.getMetaData().getURL();
            product = c.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot check which database the demo would be written to", e);
        }
        String shown = product + " (" + (url == null ? "unknown URL" : url.split("[?;]")[0]) + ")";
        boolean embeddedH2 = "H2".equals(product) && url != null && url.startsWith("jdbc:h2:")
                && !url.startsWith("jdbc:h2:tcp:") && !url.startsWith("jdbc:h2:ssl:");
        if (!embeddedH2) {
            log.error("Refusing to start: ladder.demo.enabled=true on {}", shown);
            throw new DemoRefusedException(shown);
        }
    }
}
