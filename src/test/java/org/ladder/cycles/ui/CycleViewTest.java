package org.ladder.cycles.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.ladder.base.ui.AccessDeniedView;
import org.ladder.base.ui.diagram.DiagramPanel;
import org.ladder.cycles.CycleStepItem;
import org.ladder.cycles.CycleStepsEngine.Model;
import org.ladder.cycles.CycleUnitStatus;
import org.ladder.cycles.CyclePersonStatus;
import org.ladder.cycles.workflow.UnitCascadeProcess;
import org.ladder.people.PeopleService;
import org.ladder.support.CyclePageFixtures;
import org.ladder.support.CyclePageFixtures.Scenario;
import org.ladder.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * The cycle page: the diagrams show this cycle's counts, a step lists its tasks with “Remind” and “Reassign”, the
 * units drill down to people and their tasks, a head sees their own units only, and anyone else — or an unknown
 * cycle — gets “page not found”. The home page shows a person their cycle.
 */
class CycleViewTest extends KaribuTest {

    @Autowired
    CyclePageFixtures fixtures;
    @Autowired
    TaskService tasks;
    @Autowired
    PeopleService people;

    private CycleView open(Scenario s, String username) {
        login(username);
        navigate("cycles/" + s.cycleId());
        return _get(CycleView.class);
    }

    private static Button button(Component cell, String idPrefix) {
        return (Button) cell.getChildren().filter(c -> c.getId().orElse("").startsWith(idPrefix)).findFirst()
                .orElseThrow();
    }

    @Test
    void theDiagramsShowTheCountsAndAStepListsItsTasksWithRemindAndReassign() {
        Scenario s = fixtures.topUnitReady();
        CycleView view = open(s, "hr");

        DiagramPanel cascade = view.diagrams.get(Model.CASCADE);
        assertThat(cascade.svg()).contains("data-step=\"Task_SetUnitGoals\" data-count=\"2\"",
                "data-step=\"Task_DraftPersonalGoals\" data-count=\"1\"");
        assertThat(view.diagrams.get(Model.CYCLE).svg()).contains("data-step=\"Task_ConfirmCharter\" data-count=\"1\"");
        assertThat(_find(Span.class, spec -> spec.withClasses("ladder-diagram-step-counts"))).extracting(Span::getText)
                .contains("2 active, 0 overdue, 1 completed, 0 failed");
        assertThat(view.countedAt.getText()).startsWith("Counted at ");

        _click(_get(Button.class, spec -> spec.withId("cycle-cascade-step-" + UnitCascadeProcess.TASK_SET_UNIT_GOALS)));

        Grid<CycleStepItem> items = view.stepDetails.grid;
        assertThat(view.stepDetails.isVisible()).isTrue();
        assertThat(_size(items)).isEqualTo(2);
        int team = _get(items, 0).unitId() == s.org().team() ? 0 : 1;
        _click(button(_getCellComponent(items, team, "actions"), "cycle-remind-"));
        NotificationsKt.expectNotifications("Reminded 1 person.");
        // the grid is read again after an action: find the team's row again (on MariaDB both tasks were created in
        // the same second, so their order may change)
        int teamAgain = _get(items, 0).unitId() == s.org().team() ? 0 : 1;
        _click(button(_getCellComponent(items, teamAgain, "actions"), "cycle-remind-")); // again: held back
        assertThat(NotificationsKt.getNotifications()).singleElement().satisfies(n -> {
            assertThat(n.getId()).contains("cycle-remind-limited");
            assertThat(n.getElement().getProperty("text")).startsWith("Not sent: ").contains(" reminded about this task at ")
                    .contains("A task gets one reminder every 24 h; the next can go from ");
        });
        NotificationsKt.clearNotifications();

        Task teamTask = fixtures.cycles().unitTask(s.cycleId(), s.org().team());
        team = _get(items, 0).unitId() == s.org().team() ? 0 : 1;
        _click(button(_getCellComponent(items, team, "actions"), "cycle-reassign-"));
        ReassignDialog dialog = _get(ReassignDialog.class);
        login("hr");
        dialog.person.setValue(people.summaries(List.of(s.org().cara())).get(0));
        _click(dialog.confirm);
        NotificationsKt.expectNotifications("Task reassigned.");
        assertThat(tasks.createTaskQuery().taskId(teamTask.getId()).singleResult().getAssignee())
                .isEqualTo(s.org().username("cara"));
        assertThat(_size(view.stepDetails.grid)).isEqualTo(2); // read again after the action
    }

    @Test
    void theUnitsDrillDownToPeopleAndTheirTasks() {
        Scenario s = fixtures.topUnitReady();
        CycleView view = open(s, "hr");

        assertThat(_size(view.phases)).isGreaterThan(0);
        assertThat(_size(view.units)).isEqualTo(3);
        CycleUnitStatus dept = view.units.getGenericDataView().getItems().filter(u -> u.unitId() == s.org().dept())
                .findFirst().orElseThrow();
        view.units.select(dept);

        @SuppressWarnings("unchecked")
        Grid<CyclePersonStatus> persons = _get(Grid.class, spec -> spec.withId("cycle-unit-people"));
        assertThat(_size(persons)).isEqualTo(1);
        persons.select(_get(persons, 0));
        @SuppressWarnings("unchecked")
        Grid<CycleStepItem> personTasks = _get(Grid.class, spec -> spec.withId("cycle-person-task-list"));
        assertThat(_get(personTasks, 0).taskName()).isEqualTo("Employee: draft personal goals and get one approved");
        assertThat(_get(personTasks, 0).whose()).isEqualTo("Ana Test");
    }

    @Test
    void theUnitsListIsAsTallAsItsRowsWhenTheyAreFew() {
        Scenario s = fixtures.topUnitReady();
        CycleView view = open(s, "hr");
        assertThat(_size(view.units)).isEqualTo(3);
        assertThat(view.units.isAllRowsVisible()).as("three units: no tall empty box below them").isTrue();
        assertThat(view.units.getHeight()).isNull();
    }

    @Test
    void withNobodyJoinedTheOnboardingSectionShowsOneEmptyState() {
        Scenario s = fixtures.topUnitReady();
        open(s, "hr");
        CycleOnboardingSection section = _get(CycleOnboardingSection.class);

        assertThat(section.empty.isVisible()).isTrue();
        assertThat(section.empty.getText()).isEqualTo(CycleOnboardingSection.EMPTY);
        assertThat(section.figures.isVisible()).as("no second empty state of zero figures").isFalse();
        assertThat(section.grid.isVisible()).isFalse();
        assertThat(section.stage.isVisible()).isFalse();
        assertThat(section.getElement().getTextRecursively()).doesNotContain("No onboardings yet");
    }

    @Autowired
    org.ladder.people.OrgImportService imports;
    @Autowired
    org.ladder.cycles.CycleControls controls;
    @Autowired
    org.ladder.cycles.CycleQueries queries;

    @Test
    void somebodyWhoJoinedIsListedInAnOnboardingListAsTallAsItsRow() {
        Scenario s = fixtures.topUnitReady();
        String r = s.org().run();
        signedIn.as("hr");
        try {
            imports.apply((org.ladder.support.CsvFiles.HEADER + "person," + r + "-P7,,,,Nia,Test," + r.toLowerCase()
                    + ".nia@cycle.example,Analyst," + r + "-U2," + r + "-P2,,yes\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            open(s, "hr");
            CycleOnboardingSection section = _get(CycleOnboardingSection.class);

            assertThat(section.empty.isVisible()).isFalse();
            assertThat(section.figures.isVisible()).isTrue();
            assertThat(section.figures.getText()).startsWith("1 joined · 1 acknowledging the charter");
            assertThat(section.grid.isVisible()).isTrue();
            assertThat(_size(section.grid)).isEqualTo(1);
            assertThat(_get(section.grid, 0).personName()).isEqualTo("Nia Test");
            assertThat(section.grid.isAllRowsVisible()).as("one person: a list of one row").isTrue();
            assertThat(section.grid.getHeight()).isNull();
        } finally {
            login("hr");
            var d = queries.cycle(s.cycleId());
            controls.cancel(s.cycleId(), d.version(), "Test over");
            fixtures.cycles().runControl(s.cycleId());
            signedIn.nobody();
        }
    }

    @Test
    void aHeadSeesTheirOwnUnitsOnly() {
        Scenario s = fixtures.topUnitReady();
        CycleView view = open(s, s.org().username("ben"));

        assertThat(_size(view.units)).isEqualTo(1);
        assertThat(view.units.isAllRowsVisible()).as("one unit: a list of one row, no tall empty box").isTrue();
        assertThat(_get(view.units, 0).unitId()).isEqualTo(s.org().team());
        assertThat(view.diagrams.get(Model.CASCADE).svg()).contains("data-step=\"Task_SetUnitGoals\" data-count=\"1\"")
                .doesNotContain("data-step=\"Task_DraftPersonalGoals\" data-count=");
        assertThat(_find(Div.class, spec -> spec.withId("cycle-incidents"))).singleElement()
                .satisfies(d -> assertThat(d.getChildren()).isEmpty()); // HR's and admins' only
    }

    @Test
    void anyoneElseOrAnUnknownCycleGetsPageNotFound() {
        Scenario s = fixtures.atCascade();

        login(s.org().username("cara")); // in the cycle, heads nothing
        navigate("cycles/" + s.cycleId());
        _get(AccessDeniedView.class);

        login("employee");
        navigate("cycles/" + s.cycleId());
        _get(AccessDeniedView.class);

        login("manager"); // heads units, none of them in the cycle
        navigate("cycles/" + s.cycleId());
        _get(AccessDeniedView.class);
        navigate("");
        assertThat(_find(Div.class, spec -> spec.withId("cycle-home"))).isEmpty();

        login("hr");
        navigate("cycles/999999999");
        _get(AccessDeniedView.class);
    }

    @Test
    void theHomePageShowsThePersonTheirCycleAndWhatIsTheirsToDo() {
        Scenario s = fixtures.topUnitReady();

        login(s.org().username("ana"));
        navigate("");
        Div home = _get(Div.class, spec -> spec.withId("cycle-home"));
        assertThat(home.getElement().getTextRecursively()).contains("Your cycle: Cycle " + s.org().run(),
                "Phase: Cascade", "Employee: draft personal goals and get one approved", "Where the cycle stands");

        login(s.org().username("cara")); // waiting for her unit's goals: nothing to do yet, no page
        navigate("tasks");
        navigate("");
        Div cara = _get(Div.class, spec -> spec.withId("cycle-home"));
        assertThat(cara.getElement().getTextRecursively()).contains("Your cycle: Cycle " + s.org().run(),
                "Waiting for the unit's goals", "Nothing of this cycle is yours to do right now.")
                .doesNotContain("Where the cycle stands");
    }

    @Autowired
    org.ladder.cycles.CycleControlChunks chunks;
    @Autowired
    org.camunda.bpm.engine.ManagementService management;

    @Test
    void hrPausesTheCycleAndThePageShowsHowFarThePauseHasComeThenACancelToTheEnd() {
        Scenario s = fixtures.topUnitReady();
        int instances = fixtures.cycles().instanceIds(s.cycleId()).size();
        chunks.setSize(1);
        try {
            CycleView view = open(s, "hr");
            CycleControlBar bar = view.controlBar;
            assertThat(bar.progress.isVisible()).as("no command yet").isFalse();
            assertThat(bar.resume.isVisible()).isFalse();

            _click(_get(Button.class, spec -> spec.withId("cycle-pause")));

            NotificationsKt.expectNotifications("The cycle is paused: its tasks wait, and its instances are being "
                    + "suspended.");
            assertThat(bar.progress.getText()).isEqualTo("Pausing: 1 of " + instances + " instances suspended");
            assertThat(view.where.getText()).contains("Paused");
            assertThat(bar.pause.isVisible()).isFalse();

            // one chunk ran: the page says so when it reads its figures again
            runOneControlJob(s.cycleId());
            view.refresh();
            assertThat(bar.progress.getText()).isEqualTo("Pausing: 2 of " + instances + " instances suspended");

            // resuming while the pause is at work is refused with the reason
            login("hr");
            _click(_get(Button.class, spec -> spec.withId("cycle-resume")));
            assertThat(NotificationsKt.getNotifications()).extracting(n -> n.getId().orElse(""))
                    .contains("cycle-control-refused");
            assertThat(bar.progress.getText()).isEqualTo("Pausing: 2 of " + instances + " instances suspended");

            fixtures.cycles().runControl(s.cycleId());
            login("hr");
            view.refresh();
            assertThat(bar.progress.getText()).isEqualTo("Paused: all " + instances + " instances suspended.");

            _click(_get(Button.class, spec -> spec.withId("cycle-cancel")));
            _click(_get(Button.class, spec -> spec.withId("cycle-cancel-confirm")));
            assertThat(_get(com.vaadin.flow.component.textfield.TextArea.class, spec -> spec.withId(
                    "cycle-cancel-reason")).isInvalid()).as("a reason is required").isTrue();
            _get(com.vaadin.flow.component.textfield.TextArea.class, spec -> spec.withId("cycle-cancel-reason"))
                    .setValue("Wrong period");
            _click(_get(Button.class, spec -> spec.withId("cycle-cancel-confirm")));

            assertThat(bar.progress.getText()).isEqualTo("Cancelling: 0 of " + instances + " instances ended");
            assertThat(bar.cancel.isVisible()).isFalse();
            assertThat(bar.resume.isVisible()).isFalse();
            runOneControlJob(s.cycleId());
            login("hr");
            view.refresh();
            assertThat(bar.progress.getText()).isEqualTo("Cancelling: 1 of " + instances + " instances ended");
            fixtures.cycles().runControl(s.cycleId());
            login("hr");
            view.refresh();
            assertThat(bar.progress.getText()).startsWith("Cancelled: all " + instances + " instances ended");
        } finally {
            chunks.setSize(500);
        }
    }

    @Test
    void aHeadOfUnitSeesNoControls() {
        Scenario s = fixtures.topUnitReady();
        CycleView view = open(s, s.org().username("ana"));
        assertThat(view.controlBar).isNull();
        assertThat(_find(Button.class, spec -> spec.withId("cycle-pause"))).isEmpty();
    }

    private void runOneControlJob(long cycleId) {
        var jobs = fixtures.cycles().controlJobs(cycleId);
        assertThat(jobs).hasSize(1);
        signedIn.nobody(); // as the job executor
        management.executeJob(jobs.get(0).getId());
        login("hr");
    }
}
