package org.ladder.cycles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ladder.base.ValidationException;
import org.ladder.checkins.Frequency;
import org.ladder.base.audit.AuditLog;
import org.ladder.cycles.domain.CyclePersonRepository;
import org.ladder.cycles.domain.CycleRepository;
import org.ladder.cycles.domain.CycleUnitRepository;
import org.ladder.support.CycleFixtures;
import org.ladder.support.LadderIntegrationTest;
import org.ladder.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The launch: its rules keyed by field, the preview, the gaps, one cycle per scope and period, HR only. */
@LadderIntegrationTest
class CycleLaunchesTest {

    @Autowired
    CycleLaunches launches;
    @Autowired
    CycleFixtures fixtures;
    @Autowired
    CycleRepository cycles;
    @Autowired
    CycleUnitRepository units;
    @Autowired
    CyclePersonRepository persons;
    @Autowired
    SignedIn signedIn;
    @Autowired
    AuditLog audit;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void aLaunchWritesTheCycleItsUnitsAndPeopleAndStartsItsProcess() {
        CycleFixtures.Org org = fixtures.organisation();

        LaunchedCycle launched = fixtures.launch(org);

        assertThat(launched.units()).isEqualTo(3);
        assertThat(launched.people()).isEqualTo(6);
        var cycle = cycles.findById(launched.cycleId()).orElseThrow();
        assertThat(cycle.status()).isEqualTo(CycleStatus.RUNNING);
        assertThat(cycle.phase()).isEqualTo(CyclePhase.DEFINE);
        assertThat(cycle.processInstanceId()).isEqualTo(fixtures.cycleInstance(launched.cycleId())).isNotNull();
        assertThat(units.countByCycleId(launched.cycleId())).isEqualTo(3);
        assertThat(persons.countByCycleId(launched.cycleId())).isEqualTo(6);
        assertThat(units.findByCycleIdAndUnitId(launched.cycleId(), org.team()).orElseThrow().level()).isEqualTo(2);
        signedIn.as("hr");
        assertThat(audit.history("cycle", launched.cycleId(), 5)).anyMatch(e -> e.getAction().equals("cycle.launched"));
    }

    @Test
    void thePreviewShowsUnitsPeopleRulesAndTheFirstTasks() {
        CycleFixtures.Org org = fixtures.organisation();
        signedIn.as("hr");

        LaunchPreview preview = launches.preview(fixtures.request(org));

        assertThat(preview.unitCount()).isEqualTo(3);
        assertThat(preview.people()).isEqualTo(6);
        assertThat(preview.hasGaps()).isFalse();
        UnitPreview dept = preview.units().stream().filter(u -> u.unitId() == org.dept()).findFirst().orElseThrow();
        assertThat(dept.level()).isEqualTo(1);
        assertThat(dept.rule().row()).isEqualTo(1);
        assertThat(dept.rule().frequency()).isEqualTo(Frequency.MONTHLY);
        UnitPreview team = preview.units().stream().filter(u -> u.unitId() == org.team()).findFirst().orElseThrow();
        assertThat(team.rule().row()).isEqualTo(2);
        assertThat(preview.firstTasks()).extracting(FirstTask::task)
                .containsExactly("Leadership: confirm the charter or revise it", "Head: set the unit's goals");
        assertThat(preview.firstTasks().get(1).assigneeId()).isEqualTo(org.ana());
    }

    @Test
    void aUnitWithoutAHeadIsAGapTheLaunchRefusesUntilAccepted() {
        CycleFixtures.Org org = fixtures.organisation(false);
        LaunchRequest request = fixtures.request(org);
        signedIn.as("hr");
        LaunchPreview preview = launches.preview(request);
        assertThat(preview.unitsWithoutHead()).extracting(UnitPreview::unitId).containsExactly(org.team());
        assertThat(preview.peopleWithoutManager()).isEmpty();

        assertThatThrownBy(() -> launches.launch(request)).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).fieldErrors()).containsKey("acceptGaps"));
        assertThat(cycles.findByScopeAndPeriod(request.scope().key(), request.periodStart(), request.periodEnd()))
                .as("nothing half-created").isEmpty();

        LaunchedCycle launched = launches.launch(request.withAcceptGaps(true));
        assertThat(cycles.findById(launched.cycleId()).orElseThrow().gapsAccepted()).isTrue();
    }

    @Test
    void everyBrokenRuleIsKeyedByItsField() {
        CycleFixtures.Org org = fixtures.organisation();
        LaunchRequest good = fixtures.request(org);
        PhaseDeadlines d = good.deadlines();
        LaunchRequest bad = new LaunchRequest(" ", good.periodStart(), good.periodEnd(), good.scope(),
                new PhaseDeadlines(d.defineBy(), d.defineBy(), good.periodEnd().plusDays(1), d.reviewBy().minusDays(60),
                        d.reviseBy(), null),
                null, null, false);
        signedIn.as("hr");

        assertThatThrownBy(() -> launches.launch(bad)).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).fieldErrors()).containsOnlyKeys("name",
                        "deadlines.cascadeBy", "deadlines.reviewStartsOn", "deadlines.reviewBy",
                        "deadlines.closeBy", "reviewTemplateId"));
        assertThatThrownBy(() -> launches.preview(good.withPeriod(good.periodEnd(), good.periodStart())))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).fieldErrors()).containsKey("periodEnd"));
    }

    @Test
    void aScopeWithoutPeopleIsRefused() {
        CycleFixtures.Org org = fixtures.organisation();
        signedIn.as("hr");
        // Squad's two people leave: the squad alone has nobody active
        LaunchRequest request = fixtures.request(org).withScope(CycleScope.unit(999_999_999L));

        assertThatThrownBy(() -> launches.preview(request)).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).fieldErrors()).containsEntry("scope",
                        "This unit does not exist (any more)."));
    }

    @Test
    void onlyHrAndAdminsLaunch() {
        CycleFixtures.Org org = fixtures.organisation();
        signedIn.as("manager");
        assertThatThrownBy(() -> launches.launch(fixtures.request(org))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> launches.preview(fixtures.request(org))).isInstanceOf(AccessDeniedException.class);
        assertThat(launches.mayLaunch()).isFalse();
    }

    @Test
    void aSecondLaunchOfTheSameScopeAndPeriodIsToldTheCycleExists() {
        CycleFixtures.Org org = fixtures.organisation();
        LaunchRequest request = fixtures.request(org);
        fixtures.launch(request);

        assertThatThrownBy(() -> fixtures.launch(request.withName("Another name")))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).fieldErrors().get("periodStart"))
                        .contains("exists already").contains(request.name()));
        assertThat(List.of(request)).hasSize(1);
    }

    @Autowired
    org.ladder.tasks.InboxService inbox;
    @Autowired
    java.util.List<org.ladder.tasks.TaskSubjects> subjects;

    @Test
    void theCycleTasksAreNamedByCycleAndUnit() {
        CycleFixtures.Org org = fixtures.organisation();
        LaunchedCycle launched = fixtures.launch(org);
        var names = subjects.stream().filter(s -> s.processKeys().contains("unit-cascade")).findFirst().orElseThrow()
                .subjects("unit-cascade", List.of("cycle-" + launched.cycleId() + "/unit-" + org.team(),
                        "cycle-" + launched.cycleId()), org.ana());
        assertThat(names).containsEntry("cycle-" + launched.cycleId() + "/unit-" + org.team(),
                "Team " + org.run() + " — “" + launched.name() + "”");
        assertThat(names).containsEntry("cycle-" + launched.cycleId(), "“" + launched.name() + "”");
    }

    @Autowired
    CycleQueries queries;
    @Autowired
    org.ladder.checkins.CheckInCadences cadences;

    @Test
    void theDiagramCountsTheCyclesInstancesPerStep() {
        LaunchedCycle launched = fixtures.launch(fixtures.organisation());
        var counts = fixtures.as("hr", () -> queries.stepCounts(launched.cycleId()));
        assertThat(counts.get("Task_ConfirmCharter").active()).isEqualTo(1);
        assertThat(counts.get("StartEvent_CycleLaunched").finished()).isEqualTo(1);
        assertThatThrownBy(() -> fixtures.as("manager", () -> queries.stepCounts(launched.cycleId())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theCadencesSystemPathRefusesAnyoneSignedInButHr() {
        CycleFixtures.Org org = fixtures.organisation();
        signedIn.as("employee");
        assertThatThrownBy(() -> cadences.startFor(List.of(org.cara()), Frequency.WEEKLY,
                fixtures.today().plusMonths(2), "someone", "cycle", 1L)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cadences.stopFor(List.of(org.cara()), "someone", "cycle", 1L))
                .isInstanceOf(AccessDeniedException.class);
    }
}
