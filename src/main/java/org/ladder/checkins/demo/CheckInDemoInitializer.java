package org.ladder.checkins.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.ladder.checkins.CheckInDraft;
import org.ladder.checkins.CheckIns;
import org.ladder.checkins.domain.CheckIn;
import org.ladder.checkins.domain.CheckInGoal;
import org.ladder.checkins.domain.CheckInRepository;
import org.ladder.checkins.domain.PulseAnswer;
import org.ladder.checkins.domain.PulseAnswerRepository;
import org.ladder.goals.Confidence;
import org.ladder.goals.GoalCheckIns;
import org.ladder.goals.GoalDetails;
import org.ladder.goals.KeyResultType;
import org.ladder.goals.KeyResultView;
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
 * Check-ins and pulse answers for the demo, after the demo goals: everyone with active personal goals has a few
 * weekly check-ins of the past weeks and checks in today through {@link CheckIns} (so the goals' confidence and
 * last check-in date, the roll-up, the audit and the manager's notifications are real) — except {@code manager},
 * whose home asks for a first check-in. {@code employee} rates one goal at risk. Pulse answers cover the three months
 * before this one for everyone in a unit, and this month for nine in ten, so that the demo teams (about five people
 * each) have five or more answers a month (the pulse results need them).
 * <p>
 * The past weeks are records of the past, written as such (a check-in's time is when it was submitted, which the
 * service takes from the clock); today's go through the service. Runs once, when no check-in exists; on when
 * {@code ladder.demo.enabled} and {@code ladder.demo.goals} are both true.
 */
@Component
@ConditionalOnProperty(name = {"ladder.demo.enabled", "ladder.demo.goals"}, havingValue = "true")
@Order(30)
class CheckInDemoInitializer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CheckInDemoInitializer.class);
    /** Past weekly check-ins per person before today's. */
    static final int PAST_WEEKS = 4;
    /** Months of pulse answers, this one included. */
    static final int PULSE_MONTHS = 4;

    private final CheckIns checkIns;
    private final CheckInRepository checkInRecords;
    private final PulseAnswerRepository pulse;
    private final GoalCheckIns goals;
    private final PeopleService people;
    private final UserDetailsService users;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Random random = new Random(20261201);

    CheckInDemoInitializer(CheckIns checkIns, CheckInRepository checkInRecords, PulseAnswerRepository pulse,
            GoalCheckIns goals, PeopleService people, UserDetailsService users, TransactionTemplate tx, Clock clock) {
        this.checkIns = checkIns;
        this.checkInRecords = checkInRecords;
        this.pulse = pulse;
        this.goals = goals;
        this.people = people;
        this.users = users;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (checkInRecords.count() > 0) {
            return;
        }
        try {
            long t0 = System.nanoTime();
            int[] counts = tx.execute(status -> seed());
            log.info("Demo check-ins created: {} check-ins of {} people, {} pulse answers, in {} ms", counts[0],
                    counts[1], counts[2], (System.nanoTime() - t0) / 1_000_000);
        } catch (RuntimeException e) {
            log.error("Demo check-ins not created (the portal starts without them; the next start tries again)", e);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private int[] seed() {
        Instant now = clock.instant();
        signIn("admin");
        List<PersonSummary> everyone = people.summaries(people.everyoneIds()).stream()
                .filter(PersonSummary::active).toList();
        int submitted = 0;
        int peopleCheckedIn = 0;
        int answers = 0;
        for (PersonSummary person : everyone) {
            String username = people.usernameOf(person.id()).orElse(null);
            if (username == null) {
                continue;
            }
            signIn(username);
            List<GoalDetails> active = goals.activeGoalsOf(person.id());
            if (person.unitId() != null) {
                answers += pastPulse(person, now);
            }
            boolean answersPulse = person.unitId() != null && random.nextInt(100) < 90;
            if (active.isEmpty()) {
                if (answersPulse) {
                    pulse.save(new PulseAnswer(person.id(), person.unitId(), month(now), score(person), null, now));
                    answers++;
                }
                continue;
            }
            if (username.equals("manager")) {
                continue; // manager's home asks for a first check-in
            }
            submitted += past(person, active, now);
            checkIns.submit(today(username, active, answersPulse ? score(person) : null));
            submitted++;
            peopleCheckedIn++;
            if (answersPulse) {
                answers++;
            }
        }
        return new int[] {submitted, peopleCheckedIn, answers};
    }

    /** Weekly check-ins of the past weeks, progress climbing towards where each goal stands now. */
    private int past(PersonSummary person, List<GoalDetails> active, Instant now) {
        int weeks = 2 + random.nextInt(PAST_WEEKS - 1);
        for (int w = weeks; w >= 1; w--) {
            double share = 1 - w * 0.12;
            Instant at = now.minus(Duration.ofDays(7L * w)).minus(Duration.ofHours(random.nextInt(48)));
            List<CheckInGoal> entries = new ArrayList<>();
            for (GoalDetails goal : active) {
                Map<Long, BigDecimal> values = new LinkedHashMap<>();
                for (KeyResultView kr : goal.keyResults()) {
                    values.put(kr.id(), partway(kr, share));
                }
                Confidence confidence = random.nextInt(10) < 7 ? Confidence.ON_TRACK
                        : random.nextBoolean() ? Confidence.AT_RISK : Confidence.OFF_TRACK;
                entries.add(new CheckInGoal(goal.id(), goal.title(), confidence,
                        Math.max(0, goal.progress() * share), confidence.needsAttention() ? blocker() : null, null,
                        values));
            }
            checkInRecords.save(CheckIn.submitted(person.id(), person.managerId(), at, entries));
        }
        return weeks;
    }

    private CheckInDraft today(String username, List<GoalDetails> active, Integer pulseScore) {
        List<CheckInDraft.GoalEntry> entries = new ArrayList<>();
        for (int i = 0; i < active.size(); i++) {
            GoalDetails goal = active.get(i);
            Map<Long, BigDecimal> values = new LinkedHashMap<>();
            goal.keyResults().forEach(kr -> values.put(kr.id(), kr.current()));
            Confidence confidence;
            String blockers = null;
            if (username.equals("employee")) {
                confidence = i == 0 ? Confidence.AT_RISK : Confidence.ON_TRACK;
                blockers = i == 0 ? "The payment service's test environment is down half the time." : null;
            } else {
                confidence = random.nextInt(10) < 8 ? Confidence.ON_TRACK
                        : random.nextBoolean() ? Confidence.AT_RISK : Confidence.OFF_TRACK;
                blockers = confidence.needsAttention() ? blocker() : null;
            }
            entries.add(new CheckInDraft.GoalEntry(goal.id(), goal.version(), values, confidence, blockers,
                    i == 0 ? "Steady week." : null));
        }
        return new CheckInDraft(entries, pulseScore, pulseScore != null && pulseScore <= 2
                ? "I do not see how my goals connect to the team's." : null);
    }

    private int pastPulse(PersonSummary person, Instant now) {
        LocalDate thisMonth = month(now);
        for (int m = PULSE_MONTHS - 1; m >= 1; m--) {
            LocalDate month = thisMonth.minusMonths(m);
            Instant at = month.plusDays(3 + random.nextInt(20)).atTime(10, 0).atZone(clock.getZone()).toInstant();
            pulse.save(new PulseAnswer(person.id(), person.unitId(), month, score(person), null, at));
        }
        return PULSE_MONTHS - 1;
    }

    /** A score leaning by unit, so that the trend per unit differs. */
    private int score(PersonSummary person) {
        int lean = person.unitId() == null ? 0 : (int) (person.unitId() % 3) - 1;
        return Math.max(1, Math.min(5, 3 + lean + random.nextInt(3) - 1 + (random.nextInt(4) == 0 ? 1 : 0)));
    }

    private LocalDate month(Instant at) {
        return LocalDate.ofInstant(at, clock.getZone()).withDayOfMonth(1);
    }

    private String blocker() {
        String[] blockers = {"Waiting for another team's review.", "Two people out sick this week.",
            "The scope grew after the customer workshop.", "Blocked on access to the production data."};
        return blockers[random.nextInt(blockers.length)];
    }

    /** A key result's value part of the way from its baseline to where it is now. */
    static BigDecimal partway(KeyResultView kr, double share) {
        BigDecimal moved = kr.current().subtract(kr.baseline()).multiply(BigDecimal.valueOf(Math.max(0, share)));
        BigDecimal value = kr.baseline().add(moved);
        if (kr.type() == KeyResultType.BINARY) {
            return share >= 1 ? kr.current() : BigDecimal.ZERO;
        }
        if (kr.type() == KeyResultType.MILESTONE) {
            return value.setScale(0, RoundingMode.FLOOR);
        }
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    private void signIn(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
