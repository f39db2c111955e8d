package org.ladder.conversations.demo;

import java.time.Clock;
import java.time.LocalDate;

import org.ladder.conversations.OneOnOnes;
import org.ladder.people.PeopleService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A 1:1 between {@code manager} and {@code employee} for the demo: a few topics from both sides, a shared note and
 * an action item. Through {@link OneOnOnes}, signed in as each of them, so every rule and the audit hold. Runs after
 * the demo goals, once (when no 1:1 exists yet); on when {@code ladder.demo.enabled} and {@code ladder.demo.goals}.
 */
@Component
@ConditionalOnProperty(name = {"ladder.demo.enabled", "ladder.demo.goals"}, havingValue = "true")
@Order(40)
class OneOnOneDemoInitializer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OneOnOneDemoInitializer.class);

    private final OneOnOnes oneOnOnes;
    private final PeopleService people;
    private final UserDetailsService users;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;

    OneOnOneDemoInitializer(OneOnOnes oneOnOnes, PeopleService people, UserDetailsService users, JdbcTemplate jdbc,
            TransactionTemplate tx, Clock clock) {
        this.oneOnOnes = oneOnOnes;
        this.people = people;
        this.users = users;
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Long existing = jdbc.queryForObject("select count(*) from one_on_one", Long.class);
        if (existing != null && existing > 0) {
            return;
        }
        var employee = people.findByUsername("employee");
        var manager = people.findByUsername("manager");
        if (employee.isEmpty() || manager.isEmpty()
                || !Long.valueOf(manager.get().id()).equals(employee.get().managerId())) {
            return;
        }
        var previous = SecurityContextHolder.getContext().getAuthentication();
        try {
            tx.executeWithoutResult(s -> {
                long reportId = employee.get().id();
                signIn("manager");
                long id = oneOnOnes.open(reportId).orElseThrow();
                oneOnOnes.addTopic(id, "How the on-call rota is working for you");
                oneOnOnes.addNote(id, "Emma wants to pair with the platform team on the API gateway next quarter.",
                        true);
                oneOnOnes.addAction(id, "Book a session with the platform team about the API gateway",
                        manager.get().id(), LocalDate.now(clock).plusDays(7));
                signIn("employee");
                oneOnOnes.addTopic(id, "Training budget for the Kubernetes course");
                oneOnOnes.addTopic(id, "Feedback on my last release");
            });
            log.info("Demo 1:1 of manager and employee created");
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private void signIn(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
