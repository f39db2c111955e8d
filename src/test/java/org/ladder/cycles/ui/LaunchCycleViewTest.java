package org.ladder.cycles.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ladder.checkins.Frequency;
import org.ladder.base.ui.AccessDeniedView;
import org.ladder.cycles.CycleControls;
import org.ladder.cycles.CycleLaunches;
import org.ladder.cycles.CycleScope;
import org.ladder.cycles.FirstTask;
import org.ladder.cycles.PersonGap;
import org.ladder.cycles.UnitPreview;
import org.ladder.people.OrgImportService;
import org.ladder.people.OrgUnitNode;
import org.ladder.people.PeopleService;
import org.ladder.support.CsvFiles;
import org.ladder.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;

/**
 * The launch wizard against the real service and database: each step's bad input is refused on its field (by the
 * form, or by the service when the preview or the launch asks it); the third step shows the cycle rule that applied
 * to each unit; the preview lists units, people, the first tasks and the gaps, and the launch stays refused until the
 * gaps are accepted; a second launch of the same scope and period — a second click, another HR user — gives one
 * cycle and a clear message; people who are not HR are turned away by URL. Each test imports a small organisation of
 * its own and uses a period of its own, so no demo person gets a task.
 */
class LaunchCycleViewTest extends KaribuTest {

    @Autowired
    OrgImportService imports;
    @Autowired
    PeopleService people;
    @Autowired
    CycleLaunches launches;
    @Autowired
    CycleControls controls;
    @Autowired
    org.ladder.support.CycleFixtures cycleFixtures;
    @Autowired
    JdbcTemplate jdbc;

    private final List<Long> scopes = new java.util.ArrayList<>();

    /** Cancels the cycles a test launched, so that their leadership task leaves no one else's inbox crowded. */
    @AfterEach
    void cancelLaunchedCycles() {
        signedIn.as("hr");
        for (long unitId : scopes) {
            jdbc.queryForList("select id, version from cycle where scope_key = ? and status = 'RUNNING'",
                    CycleScope.unit(unitId).key()).forEach(row -> {
                        long id = ((Number) row.get("id")).longValue();
                        controls.cancel(id, ((Number) row.get("version")).longValue(), "End of the wizard's test");
                        cycleFixtures.runControl(id);
                        signedIn.as("hr");
                    });
        }
        signedIn.nobody();
    }

    /** Team (headed by Ines, who has no manager) with Jon and Kim; below it Squad (Jon) with Lou; and Crew with Max, headed by nobody. */
    record Org(long team, long squad, long crew, long empty, String run) {
    }

    private Org organisation() {
        String r = CsvFiles.runId();
        String csv = CsvFiles.HEADER
                + "unit," + r + "-U1,Team " + r + ",U-CO," + r + "-P1,,,,,,,,\n"
                + "unit," + r + "-U2,Squad " + r + "," + r + "-U1," + r + "-P2,,,,,,,,\n"
                + "unit," + r + "-U3,Crew " + r + "," + r + "-U1,,,,,,,,,\n"
                + "unit," + r + "-U4,Unstaffed " + r + ",U-CO,,,,,,,,,\n" // sorts after the demo divisions
                + person(r, "P1", "Ines", "", "U1", "MANAGER")
                + person(r, "P2", "Jon", "P1", "U1", "MANAGER")
                + person(r, "P3", "Kim", "P1", "U1", "")
                + person(r, "P4", "Lou", "P2", "U2", "")
                + person(r, "P5", "Max", "P1", "U3", "");
        signedIn.as("hr");
        imports.apply(csv.getBytes(StandardCharsets.UTF_8));
        Org org = new Org(unitId(r + "-U1"), unitId(r + "-U2"), unitId(r + "-U3"), unitId(r + "-U4"), r);
        scopes.add(org.team());
        return org;
    }

    private static String person(String r, String p, String first, String manager, String unit, String roles) {
        return "person," + r + "-" + p + ",,,," + first + ",Test," + r.toLowerCase() + "." + first.toLowerCase()
                + "@cycle.example,Analyst," + r + "-" + unit + "," + (manager.isEmpty() ? "" : r + "-" + manager)
                + "," + roles + ",yes\n";
    }

    private long unitId(String externalId) {
        return jdbc.queryForObject("select id from org_unit where external_id = ?", Long.class, externalId);
    }

    /** A period of its own, years ahead, so that no other test's cycle has the same scope and period. */
    private static LocalDate freshStart() {
        return LocalDate.now().plusYears(30).plusDays(ThreadLocalRandom.current().nextInt(0, 3000)).withDayOfMonth(1);
    }

    private long cycles(long unitId) {
        return jdbc.queryForObject("select count(*) from cycle where scope_key = ?", Long.class,
                CycleScope.unit(unitId).key());
    }

    private LaunchCycleView open() {
        cycleFixtures.templateId(); // a review template to choose (the demo's is seeded on the embedded database only)
        login("hr");
        navigate("cycles/launch");
        return _get(LaunchCycleView.class);
    }

    /** Fills steps 1 and 2 for the unit's subtree and moves on to the third step. */
    private LaunchCycleView toSchedule(Org org, LocalDate start) {
        LaunchCycleView view = open();
        view.name.setValue("Wizard cycle " + org.run());
        view.periodStart.setValue(start);
        view.periodEnd.setValue(start.plusMonths(6).minusDays(1));
        _click(view.next);
        assertThat(view.step).isEqualTo(LaunchCycleView.Step.SCOPE);
        view.scopeKind.setValue(LaunchCycleView.ScopeKind.UNIT);
        view.unit.setValue(unit(org.team()));
        _click(view.next);
        assertThat(view.step).isEqualTo(LaunchCycleView.Step.SCHEDULE);
        await(view);
        return view;
    }

    private OrgUnitNode unit(long id) {
        return people.unit(id).orElseThrow();
    }

    /** Waits for the background preview and puts it on screen, as the push would. */
    private static void await(LaunchCycleView view) {
        view.pending.join();
        MockVaadin.runUIQueue();
    }

    private static String cell(com.vaadin.flow.component.grid.Grid<?> grid, int row, String key) {
        return GridKt._getFormatted(grid, row, key);
    }

    @Test
    void theThirdStepShowsTheCycleRuleThatAppliedToEachUnitAndThePreviewSaysWhatWillHappen() {
        Org org = organisation();
        LocalDate start = freshStart();
        LaunchCycleView view = toSchedule(org, start);
        assertThat(view.defineBy.getValue()).as("suggested for the period")
                .isEqualTo(CycleLaunches.suggestedDeadlines(start, start.plusMonths(6).minusDays(1)).defineBy());

        List<UnitPreview> rows = GridKt._findAll(view.rules);
        assertThat(rows).extracting(UnitPreview::unitId).containsExactly(org.team(), org.squad(), org.crew());
        assertThat(cell(view.rules, 0, "rule")).startsWith("Rule 1: Top of the scope");
        assertThat(cell(view.rules, 0, "cadence")).isEqualTo("Monthly");
        assertThat(cell(view.rules, 1, "rule")).startsWith("Rule 2: Second level");
        assertThat(cell(view.rules, 1, "cadence")).isEqualTo("Every two weeks");
        assertThat(view.rulesNote.getText()).startsWith("3 units in the scope.");
        view.frequency.setValue(Frequency.WEEKLY);
        assertThat(cell(view.rules, 0, "cadence")).as("the cadence chosen for everyone").isEqualTo("Weekly");
        assertThat(view.rulesNote.getText()).contains("Everyone checks in every week");

        _click(view.next);
        assertThat(view.step).isEqualTo(LaunchCycleView.Step.PREVIEW);
        assertThat(view.previewPanel.loading.isVisible()).as("loading feedback while the preview is worked out").isTrue();
        assertThat(view.launch.isEnabled()).isFalse();
        await(view);
        assertThat(view.previewPanel.loading.isVisible()).isFalse();
        assertThat(view.previewPanel.summary.getText()).contains("“Wizard cycle " + org.run() + "” for Team " + org.run()
                + " and the units below it", "3 units and 5 people", "Nothing happens until you launch.");
        List<FirstTask> tasks = GridKt._findAll(view.previewPanel.firstTasks);
        assertThat(tasks).extracting(FirstTask::assigneeName).contains("Ines Test");
        assertThat(tasks).extracting(FirstTask::task).contains("Leadership: confirm the charter or revise it");
        assertThat(view.previewPanel.gaps.isVisible()).isTrue();
        assertThat(view.previewPanel.noManagerText.getText()).isEqualTo("1 person has no manager.");
        assertThat(GridKt._findAll(view.previewPanel.noManager)).extracting(PersonGap::name).containsExactly("Ines Test");
        assertThat(view.previewPanel.noHeadText.getText()).isEqualTo("1 unit has no head.");
        assertThat(GridKt._findAll(view.previewPanel.noHead)).extracting(UnitPreview::unitId).containsExactly(org.crew());
        assertThat(cycles(org.team())).as("a preview launches nothing").isZero();
    }

    @Test
    void theLaunchIsRefusedUntilTheGapsAreAcceptedThenGivesExactlyOneCycleEvenOnASecondClick() {
        Org org = organisation();
        LaunchCycleView view = toSchedule(org, freshStart());
        _click(view.next);
        await(view);
        assertThat(view.previewPanel.acceptGaps.isVisible()).isTrue();
        assertThat(view.launch.isEnabled()).as("refused until the gaps are accepted").isFalse();

        // a request that reaches the service without the acceptance is refused there too, on the checkbox
        view.launch.setEnabled(true);
        view.launch.click();
        assertThat(view.previewPanel.acceptGaps.isInvalid()).isTrue();
        assertThat(view.previewPanel.acceptGaps.getErrorMessage()).contains("1 person has no manager", "1 unit has no head",
                "accept it to launch anyway");
        assertThat(cycles(org.team())).isZero();

        view.previewPanel.acceptGaps.setValue(true);
        assertThat(view.launch.isEnabled()).isTrue();
        _click(view.launch);
        NotificationsKt.expectNotifications("“Wizard cycle " + org.run() + "” is launched for 3 units and 5 people. "
                + "Their first tasks are on their way.");
        CyclesView list = _get(CyclesView.class);
        assertThat(cycles(org.team())).isEqualTo(1);
        assertThat(GridKt._findAll(list.grid)).filteredOn(c -> c.scopeUnitId() != null && c.scopeUnitId() == org.team())
                .singleElement().satisfies(c -> {
                    assertThat(c.name()).isEqualTo("Wizard cycle " + org.run());
                    assertThat(CyclesView.scope(c)).isEqualTo("Team " + org.run() + " and below");
                    assertThat(CyclesView.phase(c)).startsWith("Define, until ");
                });

        // the second click of a double click, sent before the browser disabled the button, arrives after the first
        // one launched
        assertThat(view.launch.isEnabled()).as("disabled by the first click").isFalse();
        view.launch.setEnabled(true);
        view.launch.click();
        assertThat(cycles(org.team())).as("one cycle per scope and period").isEqualTo(1);
        assertThat(view.periodStart.getErrorMessage()).contains("exists already", "Wizard cycle " + org.run());
    }

    @Test
    void aSecondHrUserLaunchingTheSameScopeAndPeriodIsToldItExistsAndNothingIsLaunchedTwice() {
        Org org = organisation();
        LocalDate start = freshStart();
        LaunchCycleView view = toSchedule(org, start);
        _click(view.next);
        await(view);
        view.previewPanel.acceptGaps.setValue(true);
        // meanwhile, another HR user launches the same unit and period under another name
        launches.launch(view.form.request().withName("Their cycle " + org.run()));

        _click(view.launch);
        assertThat(view.step).as("back on the period's step").isEqualTo(LaunchCycleView.Step.BASICS);
        assertThat(view.periodStart.isInvalid()).isTrue();
        assertThat(view.periodStart.getErrorMessage()).contains("exists already", "“Their cycle " + org.run()
                + "”, launched by hr");
        assertThat(view.formError.getText()).contains("exists already");
        assertThat(cycles(org.team())).isEqualTo(1);
    }

    @Test
    void badInputIsRefusedOnItsFieldStepByStepAndNothingIsLaunched() {
        Org org = organisation();
        LaunchCycleView view = open();
        view.name.clear();
        view.periodStart.setValue(LocalDate.of(2090, 3, 1));
        view.periodEnd.setValue(LocalDate.of(2090, 2, 1));
        _click(view.next);
        assertThat(view.step).isEqualTo(LaunchCycleView.Step.BASICS);
        assertThat(view.name.isInvalid()).isTrue();
        assertThat(view.name.getErrorMessage()).isEqualTo("Give the cycle a name.");
        assertThat(view.periodEnd.getErrorMessage()).isEqualTo("The period must end after it starts.");

        // the service's rules: a period too short
        view.name.setValue("Too short " + org.run());
        view.periodEnd.setValue(LocalDate.of(2090, 3, 10));
        _click(view.next);
        view.scopeKind.setValue(LaunchCycleView.ScopeKind.UNIT);
        _click(view.next);
        assertThat(view.step).isEqualTo(LaunchCycleView.Step.SCOPE);
        assertThat(view.unit.getErrorMessage()).isEqualTo("Choose the unit.");
        view.unit.setValue(unit(org.team()));
        _click(view.next);
        await(view);
        assertThat(view.step).as("sent back to the period").isEqualTo(LaunchCycleView.Step.BASICS);
        assertThat(view.periodEnd.getErrorMessage()).isEqualTo("A period lasts at least 28 days.");

        // a scope without people
        view.periodEnd.setValue(LocalDate.of(2090, 8, 31));
        _click(view.next);
        view.unit.setValue(unit(org.empty()));
        _click(view.next);
        await(view);
        assertThat(view.step).isEqualTo(LaunchCycleView.Step.SCOPE);
        assertThat(view.unit.getErrorMessage()).isEqualTo("Nobody active works in this unit or below it.");

        // deadlines out of order and outside the period, found by the preview
        view.unit.setValue(unit(org.team()));
        _click(view.next);
        await(view);
        assertThat(view.step).isEqualTo(LaunchCycleView.Step.SCHEDULE);
        view.cascadeBy.setValue(view.defineBy.getValue());
        view.closeBy.setValue(LocalDate.of(2090, 9, 30));
        _click(view.next);
        await(view);
        assertThat(view.step).isEqualTo(LaunchCycleView.Step.SCHEDULE);
        assertThat(view.cascadeBy.getErrorMessage()).startsWith("The deadline of the cascade must come after the "
                + "charter's confirmation");
        assertThat(view.closeBy.getErrorMessage()).startsWith("The deadline of the close must lie inside the period");
        view.closeBy.clear();
        _click(view.next);
        assertThat(view.closeBy.getErrorMessage()).isEqualTo("Set the deadline of the close.");
        assertThat(cycles(org.team()) + cycles(org.empty())).isZero();
    }

    @Test
    void peopleWhoAreNotHrAreTurnedAwayByUrl() {
        for (String who : List.of("employee", "manager", "ceo")) {
            login(who);
            navigate("cycles/launch");
            _get(AccessDeniedView.class);
            navigate("cycles");
            _get(AccessDeniedView.class);
        }
    }
}
