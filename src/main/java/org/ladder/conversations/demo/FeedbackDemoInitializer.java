package org.ladder.conversations.demo;

import java.util.List;

import org.ladder.conversations.FeedbackDraft;
import org.ladder.conversations.FeedbackGiving;
import org.ladder.conversations.FeedbackKind;
import org.ladder.conversations.FeedbackRequests;
import org.ladder.conversations.FeedbackVisibility;
import org.ladder.conversations.domain.FeedbackRepository;
import org.ladder.goals.GoalRef;
import org.ladder.people.PeopleService;
import org.ladder.people.PersonSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Feedback between demo people, through the services and signed in as the giver: {@code employee} has received
 * praise from {@code manager} (about one of her goals) and from a teammate (about a value of the charter), a
 * teammate's private remark only {@code manager} reads, feedback she gave, and one open request from a teammate to
 * answer in her inbox. Runs after the demo goals (order 20), once (when there is no feedback yet); on when
 * {@code ladder.demo.enabled} and {@code ladder.demo.goals} are both true.
 */
@Component
@ConditionalOnProperty(name = {"ladder.demo.enabled", "ladder.demo.goals"}, havingValue = "true")
@Order(30)
class FeedbackDemoInitializer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FeedbackDemoInitializer.class);

    private final FeedbackRepository feedback;
    private final FeedbackGiving giving;
    private final FeedbackRequests requests;
    private final PeopleService people;
    private final UserDetailsService users;
    private final TransactionTemplate tx;

    FeedbackDemoInitializer(FeedbackRepository feedback, FeedbackGiving giving, FeedbackRequests requests,
            PeopleService people, UserDetailsService users, TransactionTemplate tx) {
        this.feedback = feedback;
        this.giving = giving;
        this.requests = requests;
        this.people = people;
        this.users = users;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (feedback.count() > 0) {
            return;
        }
        try {
            tx.executeWithoutResult(status -> seed());
            log.info("Demo feedback created");
        } catch (RuntimeException e) {
            log.error("Demo feedback not created (the portal starts without it)", e);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void seed() {
        PersonSummary employee = people.findByUsername("employee").orElse(null);
        PersonSummary manager = people.findByUsername("manager").orElse(null);
        if (employee == null || manager == null) {
            return;
        }
        signIn("manager");
        List<String> mates = people.directReports(manager.id(), 0, 20).stream()
                .filter(p -> p.id() != employee.id() && p.active()).map(p -> people.usernameOf(p.id()).orElse(null))
                .filter(u -> u != null).limit(2).toList();
        List<GoalRef> goals = giving.goalChoices(employee.id());
        give(employee.id(), FeedbackKind.PRAISE, goals.isEmpty() ? null : goals.get(0).id(), null,
                FeedbackVisibility.RECEIVER, "You broke this goal down into steps the whole team could follow. "
                        + "The weekly updates made planning much easier.");
        if (mates.isEmpty()) {
            return;
        }
        signIn(mates.get(0));
        List<String> values = giving.valueChoices();
        give(employee.id(), FeedbackKind.PRAISE, null, values.isEmpty() ? null : values.get(0),
                FeedbackVisibility.RECEIVER, "Thank you for stepping in on the incident on Friday: calm, clear and "
                        + "you wrote the follow-up the same day.");
        give(employee.id(), FeedbackKind.CONSTRUCTIVE, null, null, FeedbackVisibility.MANAGERS,
                "Emma takes on a lot alone; she could hand more of the release work to the rest of us.");
        signIn("employee");
        give(people.findByUsername(mates.get(0)).orElseThrow().id(), FeedbackKind.PRAISE, null, null,
                FeedbackVisibility.RECEIVER, "Your code reviews are quick and kind. I learn something every time.");
        String asker = mates.size() > 1 ? mates.get(1) : mates.get(0);
        signIn(asker);
        requests.request(employee.id(), null, "How did my part of the sprint demo come across? Anything I should "
                + "do differently next time?");
        signIn("ceo");
        give(manager.id(), FeedbackKind.PRAISE, null, null, FeedbackVisibility.RECEIVER,
                "Core Services hit every milestone this quarter. Thank you for keeping the team focused.");
    }

    private void give(long to, FeedbackKind kind, Long goalId, String value, FeedbackVisibility visibility,
            String text) {
        giving.give(new FeedbackDraft(to, kind, goalId, value, visibility, text));
    }

    private void signIn(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
