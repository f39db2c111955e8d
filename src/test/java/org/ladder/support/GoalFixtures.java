package org.ladder.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.ladder.charter.CharterService;
import org.ladder.goals.GoalDetails;
import org.ladder.goals.GoalDraft;
import org.ladder.goals.GoalLevel;
import org.ladder.goals.GoalApprovals;
import org.ladder.goals.GoalPlanning;
import org.ladder.goals.KeyResultDraft;
import org.ladder.goals.KeyResultType;
import org.ladder.goals.Visibility;
import org.ladder.people.PeopleService;
import org.springframework.stereotype.Component;

/**
 * Builds goal cascades the way people do, for tests: a published charter (pillars "Customers" and "People"), an
 * active company goal (ceo), an active unit goal of the manager's team (manager), personal goals (employee).
 */
@Component
public class GoalFixtures {

    public static final String PILLAR = "Customers";
    public static final LocalDate START = LocalDate.of(2026, 1, 1);
    public static final LocalDate END = LocalDate.of(2026, 12, 31);

    private final GoalPlanning goals;
    private final GoalApprovals approvals;
    private final CharterService charter;
    private final CharterFixtures charters;
    private final PeopleService people;
    private final SignedIn signedIn;

    GoalFixtures(GoalPlanning goals, GoalApprovals approvals, CharterService charter, CharterFixtures charters, PeopleService people,
            SignedIn signedIn) {
        this.goals = goals;
        this.approvals = approvals;
        this.charter = charter;
        this.charters = charters;
        this.people = people;
        this.signedIn = signedIn;
    }

    /** Makes sure a charter with the fixture pillars is published. */
    public void charterPublished() {
        signedIn.as("ceo");
        if (charter.current().filter(c -> c.pillars().stream().anyMatch(p -> p.name().equals(PILLAR))).isEmpty()) {
            charters.publish("We help every team see how its work matters.");
        }
    }

    public static KeyResultDraft numeric(String name, double baseline, double target, double current, int weight) {
        return new KeyResultDraft(null, name, KeyResultType.NUMERIC, BigDecimal.valueOf(baseline),
                BigDecimal.valueOf(target), BigDecimal.valueOf(current), "items", weight);
    }

    public static GoalDraft company(String title, KeyResultDraft... krs) {
        return new GoalDraft(GoalLevel.COMPANY, title, "Why it matters", null, null, null, List.of(), PILLAR, START,
                END, Visibility.PUBLIC, List.of(krs), null);
    }

    public static GoalDraft unit(String title, long unitId, Long parentId, KeyResultDraft... krs) {
        return new GoalDraft(GoalLevel.UNIT, title, null, unitId, null, parentId, List.of(), null, START, END,
                Visibility.PUBLIC, List.of(krs), null);
    }

    public static GoalDraft personal(String title, long personId, Long parentId, KeyResultDraft... krs) {
        return new GoalDraft(GoalLevel.PERSONAL, title, null, null, personId, parentId, List.of(), null, START, END,
                Visibility.PUBLIC, List.of(krs), null);
    }

    /** An active company goal, as the CEO. */
    public GoalDetails activeCompanyGoal(String title, KeyResultDraft... krs) {
        charterPublished();
        signedIn.as("ceo");
        GoalDetails g = goals.create(company(title, krs));
        return goals.activate(g.id(), g.version());
    }

    /** An active goal of the manager's team (Core Services), as the manager. */
    public GoalDetails activeTeamGoal(String title, Long parentId, KeyResultDraft... krs) {
        signedIn.as("manager");
        GoalDetails g = goals.create(unit(title, teamUnitId(), parentId, krs));
        return goals.activate(g.id(), g.version());
    }

    public long teamUnitId() {
        return people.findByUsername("manager").orElseThrow().unitId();
    }

    public long personId(String username) {
        return people.findByUsername(username).orElseThrow().id();
    }
}
