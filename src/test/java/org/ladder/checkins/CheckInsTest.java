package org.ladder.checkins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ladder.support.CheckInFixtures.entry;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ladder.base.ConcurrentEditException;
import org.ladder.base.ValidationException;
import org.ladder.goals.Confidence;
import org.ladder.goals.GoalDetails;
import org.ladder.goals.GoalPlanning;
import org.ladder.goals.GoalQueries;
import org.ladder.goals.KeyResultDraft;
import org.ladder.goals.KeyResultType;
import org.ladder.goals.KeyResultView;
import org.ladder.notifications.NotificationItem;
import org.ladder.notifications.NotificationService;
import org.ladder.support.CheckInFixtures;
import org.ladder.support.CheckInFixtures.Team;
import org.ladder.support.LadderIntegrationTest;
import org.ladder.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Submitting check-ins: the same progress as a direct edit, field errors with nothing saved, conflicts, access. */
@LadderIntegrationTest
@RecordApplicationEvents
class CheckInsTest {

    @Autowired
    CheckIns checkIns;
    @Autowired
    CheckInQueries queries;
    @Autowired
    CheckInFixtures fixtures;
    @Autowired
    GoalPlanning planning;
    @Autowired
    GoalQueries goalQueries;
    @Autowired
    NotificationService notifications;
    @Autowired
    SignedIn signedIn;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    private static List<KeyResultDraft> everyType() {
        return List.of(
                new KeyResultDraft(null, "Tickets closed", KeyResultType.NUMERIC, BigDecimal.ZERO,
                        BigDecimal.valueOf(40), BigDecimal.ZERO, "tickets", 30),
                new KeyResultDraft(null, "Coverage", KeyResultType.PERCENTAGE, BigDecimal.valueOf(50),
                        BigDecimal.valueOf(90), BigDecimal.valueOf(50), null, 20),
                new KeyResultDraft(null, "Revenue", KeyResultType.CURRENCY, BigDecimal.ZERO,
                        BigDecimal.valueOf(10000), BigDecimal.ZERO, "EUR", 20),
                new KeyResultDraft(null, "Launched", KeyResultType.BINARY, BigDecimal.ZERO, BigDecimal.ONE,
                        BigDecimal.ZERO, null, 10),
                new KeyResultDraft(null, "Milestones", KeyResultType.MILESTONE, BigDecimal.ZERO,
                        BigDecimal.valueOf(4), BigDecimal.ZERO, null, 20));
    }

    private static final Map<String, String> NEW_VALUES = Map.of("Tickets closed", "12", "Coverage", "70",
            "Revenue", "2500.50", "Launched", "1", "Milestones", "2");

    private GoalDetails goalAs(String username, long goalId) {
        signedIn.as(username);
        return goalQueries.goal(goalId);
    }

    @Test
    void aCheckInMovesProgressExactlyAsTheSameDirectKeyResultEditDoes() {
        Team team = fixtures.freshTeam();
        GoalDetails parentA = fixtures.activeUnitGoal(team, "Team goal A");
        GoalDetails parentB = fixtures.activeUnitGoal(team, "Team goal B");
        KeyResultDraft[] krs = everyType().toArray(KeyResultDraft[]::new);
        GoalDetails direct = fixtures.activeGoal(team, "Edited directly", parentA.id(), krs);
        GoalDetails checkedIn = fixtures.activeGoal(team, "Checked in", parentB.id(), krs);

        signedIn.as(team.person());
        GoalDetails before = goalQueries.goal(direct.id());
        Map<Long, BigDecimal> values = new java.util.HashMap<>();
        for (KeyResultView kr : before.keyResults()) {
            values.put(kr.id(), new BigDecimal(NEW_VALUES.get(kr.name())));
        }
        planning.updateProgress(direct.id(), before.version(), values, null);

        long id = checkIns.submit(fixtures.draft(g -> g.id() == checkedIn.id()
                ? entry(g, Confidence.AT_RISK, NEW_VALUES) : entry(g, Confidence.ON_TRACK, Map.of()), null, null));

        GoalDetails a = goalAs(team.person(), direct.id());
        GoalDetails b = goalQueries.goal(checkedIn.id());
        assertThat(b.progress()).isGreaterThan(0).isEqualTo(a.progress());
        assertThat(b.keyResults()).extracting(KeyResultView::current)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactlyElementsOf(a.keyResults().stream().map(KeyResultView::current).toList());
        assertThat(goalQueries.goal(parentB.id()).progress()).isEqualTo(goalQueries.goal(parentA.id()).progress())
                .isGreaterThan(0);
        assertThat(b.confidence()).isEqualTo(Confidence.AT_RISK);
        assertThat(b.lastCheckInAt()).isNotNull();
        assertThat(b.atRisk()).as("rated at risk at the check-in").isTrue();
        assertThat(goalQueries.revisions(b.id())).anySatisfy(r -> assertThat(r.kind()).isEqualTo("CHECK_IN"));

        CheckInView view = queries.checkIn(id).orElseThrow();
        assertThat(view.goals()).anySatisfy(g -> {
            assertThat(g.goalId()).isEqualTo(checkedIn.id());
            assertThat(g.progress()).isEqualTo(b.progress());
            assertThat(g.confidence()).isEqualTo(Confidence.AT_RISK);
        });
        CheckInSubmitted event = events.stream(CheckInSubmitted.class).filter(e -> e.checkInId() == id)
                .findFirst().orElseThrow();
        assertThat(event.personId()).isEqualTo(team.personId());
        assertThat(event.managerId()).isEqualTo(team.managerId());
        assertThat(event.needsAttention()).containsExactly(checkedIn.id());
        assertThat(queries.latestByGoal(team.personId()).get(checkedIn.id()).confidence())
                .isEqualTo(Confidence.AT_RISK);
    }

    @Test
    void badValuesAreRefusedOnTheirFieldsWithNothingSavedAndNoPulseAnswer() {
        Team team = fixtures.freshTeam();
        GoalDetails goal = fixtures.activeGoal(team, "Every type", null, everyType().toArray(KeyResultDraft[]::new));
        signedIn.as(team.person());
        Map<String, String> bad = Map.of("Tickets closed", "1000000000000", "Coverage", "120", "Revenue", "1.23456",
                "Launched", "2", "Milestones", "5");
        String tooLong = "x".repeat(CheckInLimits.BLOCKERS_MAX_LENGTH + 1);
        var draft = fixtures.draft(g -> {
            var e = entry(g, null, bad);
            return new CheckInDraft.GoalEntry(e.goalId(), e.version(), e.values(), null, tooLong, null);
        }, 4, "y".repeat(CheckInLimits.PULSE_COMMENT_MAX_LENGTH + 1));

        assertThatThrownBy(() -> checkIns.submit(draft)).isInstanceOfSatisfying(ValidationException.class, e -> {
            Map<String, String> errors = e.fieldErrors();
            for (KeyResultView kr : goal.keyResults()) {
                assertThat(errors).as(kr.name()).containsKey(CheckInDraft.valueField(goal.id(), kr.id()));
            }
            assertThat(errors.get(CheckInDraft.confidenceField(goal.id()))).contains("on track");
            assertThat(errors).containsKeys(CheckInDraft.blockersField(goal.id()), CheckInDraft.PULSE_COMMENT_FIELD);
        });

        GoalDetails after = goalQueries.goal(goal.id());
        assertThat(after.version()).isEqualTo(goal.version());
        assertThat(after.keyResults()).allSatisfy(kr -> assertThat(kr.current()).isEqualByComparingTo(
                goal.keyResults().stream().filter(k -> k.id() == kr.id()).findFirst().orElseThrow().current()));
        assertThat(after.lastCheckInAt()).isNull();
        assertThat(queries.countOfPerson(team.personId())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from pulse_answer where person_id = ?", Long.class,
                team.personId())).isZero();
    }

    @Test
    void aPulseScoreOutOfRangeOrAMissingConfidenceIsRefused() {
        Team team = fixtures.freshTeam();
        fixtures.activeGoal(team, "Pulse range", null);
        signedIn.as(team.person());
        assertThatThrownBy(() -> checkIns.submit(fixtures.draft(g -> entry(g, Confidence.ON_TRACK, Map.of()), 6,
                null))).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys(CheckInDraft.PULSE_SCORE_FIELD));
        assertThat(queries.countOfPerson(team.personId())).isZero();
    }

    @Test
    void aGoalChangedSinceTheFormOpenedIsAConflictAndNothingIsSaved() {
        Team team = fixtures.freshTeam();
        GoalDetails first = fixtures.activeGoal(team, "Untouched goal", null);
        GoalDetails second = fixtures.activeGoal(team, "Edited meanwhile", null);
        signedIn.as(team.person());
        CheckInDraft stale = fixtures.draft(g -> entry(g, Confidence.OFF_TRACK, Map.of("Releases shipped", "2")),
                3, null);
        signedIn.as(team.manager());
        GoalDetails now = goalQueries.goal(second.id());
        planning.updateProgress(second.id(), now.version(), Map.of(now.keyResults().get(0).id(), BigDecimal.ONE),
                null);

        signedIn.as(team.person());
        assertThatThrownBy(() -> checkIns.submit(stale)).isInstanceOf(ConcurrentEditException.class)
                .hasMessageContaining("“Edited meanwhile” was changed since you opened the check-in");
        assertThat(goalQueries.goal(first.id()).keyResults().get(0).current()).isEqualByComparingTo("0");
        assertThat(goalQueries.goal(first.id()).confidence()).isNull();
        assertThat(queries.countOfPerson(team.personId())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from pulse_answer where person_id = ?", Long.class,
                team.personId())).isZero();
    }

    @Test
    void thePersonTheirManagerChainAndHrSeeTheCheckInsAColleagueDoesNot() {
        Team team = fixtures.freshTeam();
        GoalDetails goal = fixtures.activeGoal(team, "Seen by few", null);
        long id = fixtures.checkInUnchanged(team.person());

        for (String allowed : List.of(team.person(), team.manager(), "hr")) {
            signedIn.as(allowed);
            assertThat(queries.ofPerson(team.personId(), 0, 10)).as(allowed).extracting(CheckInView::id)
                    .containsExactly(id);
            assertThat(queries.latestByGoal(team.personId())).as(allowed).containsKey(goal.id());
            assertThat(queries.goalHistory(goal.id())).as(allowed).hasSize(1);
            assertThat(queries.checkIn(id)).as(allowed).isPresent();
        }
        for (String other : List.of(team.colleague(), "employee", "manager")) {
            signedIn.as(other);
            assertThatThrownBy(() -> queries.ofPerson(team.personId(), 0, 10)).as(other)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> queries.latestByGoal(team.personId())).as(other)
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(queries.goalHistory(goal.id())).as(other).isEmpty();
            assertThat(queries.checkIn(id)).as(other).isEmpty();
        }
    }

    @Test
    void peopleCheckInOnlyOnTheirOwnGoals() {
        Team team = fixtures.freshTeam();
        GoalDetails jons = fixtures.activeGoal(team, "Jon's own", null);
        signedIn.as(team.colleague());
        CheckInDraft foreign = new CheckInDraft(List.of(entry(jons, Confidence.ON_TRACK, Map.of())), null, null);
        assertThatThrownBy(() -> checkIns.submit(foreign)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.fieldErrors()).containsKey(CheckInDraft.GOALS_FIELD));
        assertThat(goalAs(team.person(), jons.id()).lastCheckInAt()).isNull();
    }

    @Test
    void theManagerIsToldAtOnceWhichGoalsAreAtRiskOrOffTrack() {
        Team team = fixtures.freshTeam();
        fixtures.activeGoal(team, "Going fine", null);
        fixtures.activeGoal(team, "Slipping badly", null);
        signedIn.as(team.person());
        checkIns.submit(fixtures.draft(g -> {
            var e = entry(g, g.title().equals("Slipping badly") ? Confidence.OFF_TRACK : Confidence.ON_TRACK,
                    Map.of());
            return new CheckInDraft.GoalEntry(e.goalId(), e.version(), e.values(), e.confidence(),
                    g.title().equals("Slipping badly") ? "Waiting for the vendor" : null, null);
        }, null, null));

        signedIn.as(team.manager());
        List<NotificationItem> mine = notifications.mine(0, 20);
        assertThat(mine).anySatisfy(n -> {
            assertThat(n.title()).isEqualTo("Jon Doe rated a goal at risk or off track");
            assertThat(n.body()).contains("“Slipping badly”: off track", "Waiting for the vendor")
                    .doesNotContain("Going fine");
            assertThat(n.link()).isEqualTo("check-ins/" + team.personId());
        });
        signedIn.as(team.person());
        assertThat(notifications.mine(0, 20)).noneSatisfy(n -> assertThat(n.title()).contains("at risk"));

        fixtures.checkInUnchanged(team.person());
        signedIn.as(team.manager());
        assertThat(notifications.mine(0, 20)).filteredOn(n -> n.title().contains("at risk or off track"))
                .as("an on-track check-in tells nobody").hasSize(1);
    }

    @Test
    void aSecondPulseAnswerInTheSameMonthReplacesTheFirst() {
        Team team = fixtures.freshTeam();
        fixtures.activeGoal(team, "Pulse goal", null);
        signedIn.as(team.person());
        checkIns.submit(fixtures.draft(g -> entry(g, Confidence.ON_TRACK, Map.of()), 2, "Not sure yet"));
        checkIns.submit(fixtures.draft(g -> entry(g, Confidence.ON_TRACK, Map.of()), 5, null));

        List<Map<String, Object>> rows = jdbc.queryForList("select score, comment, unit_id from pulse_answer "
                + "where person_id = ?", team.personId());
        assertThat(rows).hasSize(1);
        assertThat(((Number) rows.get(0).get("score")).intValue()).isEqualTo(5);
        assertThat(rows.get(0).get("comment")).isNull();
        assertThat(((Number) rows.get(0).get("unit_id")).longValue()).isEqualTo(team.unitId());
        assertThat(queries.form().pulseScoreThisMonth()).isEqualTo(5);
    }

    @Test
    void aCheckInStaysAsSubmittedWhenTheNextOneComes() {
        Team team = fixtures.freshTeam();
        GoalDetails goal = fixtures.activeGoal(team, "Twice checked", null);
        signedIn.as(team.person());
        long first = checkIns.submit(fixtures.draft(g -> entry(g, Confidence.AT_RISK, Map.of("Releases shipped",
                "1")), null, null));
        long second = checkIns.submit(fixtures.draft(g -> entry(g, Confidence.ON_TRACK, Map.of("Releases shipped",
                "3")), null, null));

        List<CheckInView> history = queries.ofPerson(team.personId(), 0, 10);
        assertThat(history).extracting(CheckInView::id).containsExactly(second, first);
        CheckInView.GoalEntry kept = history.get(1).goals().get(0);
        assertThat(kept.confidence()).isEqualTo(Confidence.AT_RISK);
        assertThat(kept.values().values()).singleElement().satisfies(v -> assertThat(v).isEqualByComparingTo("1"));
        assertThat(queries.goalHistory(goal.id())).extracting(CheckInPoint::confidence)
                .containsExactly(Confidence.AT_RISK, Confidence.ON_TRACK);
        assertThat(queries.latestByGoal(team.personId()).get(goal.id()).confidence()).isEqualTo(Confidence.ON_TRACK);
        assertThat(goalQueries.goal(goal.id()).atRisk()).as("on track again, progress in time").isFalse();
    }

    @Test
    void someoneWithoutActiveGoalsIsToldSo() {
        Team team = fixtures.freshTeam();
        signedIn.as(team.colleague());
        assertThat(queries.form().hasGoals()).isFalse();
        assertThatThrownBy(() -> checkIns.submit(new CheckInDraft(List.of(), 3, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry(CheckInDraft.GOALS_FIELD, "You have no active goal to check in on."));
    }
}
