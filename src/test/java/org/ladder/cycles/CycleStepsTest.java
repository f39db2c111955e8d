package org.ladder.cycles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ladder.base.audit.AuditLog;
import org.ladder.base.workflow.StepCounts;
import org.ladder.cycles.CycleStepsEngine.Model;
import org.ladder.cycles.workflow.AlignmentCycleProcess;
import org.ladder.cycles.workflow.UnitCascadeProcess;
import org.ladder.support.CyclePageFixtures;
import org.ladder.support.CyclePageFixtures.Scenario;
import org.ladder.support.LadderIntegrationTest;
import org.ladder.support.SignedIn;
import org.ladder.tasks.RemindedRecentlyException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The cycle page's service: each diagram's counts are this cycle's instances only (a second cycle does not show),
 * cut to a head's own units; what is at a step; remind and reassign, audited and refused outside the caller's view;
 * an employee sees nothing.
 */
@LadderIntegrationTest
class CycleStepsTest {

    @Autowired
    CycleSteps steps;
    @Autowired
    CyclePageFixtures fixtures;
    @Autowired
    SignedIn signedIn;
    @Autowired
    TaskService tasks;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    private Map<String, StepCounts> counts(Model model, long cycleId) {
        return steps.models(cycleId).stream().filter(m -> m.model() == model).findFirst().orElseThrow().counts();
    }

    private static StepCounts at(Map<String, StepCounts> counts, String step) {
        return counts.getOrDefault(step, StepCounts.NONE);
    }

    @Test
    void theCountsAreThisCyclesInstancesOnEachStep() {
        Scenario s = fixtures.topUnitReady();
        Scenario other = fixtures.atCascade(); // a second cycle: none of its instances may show in the first

        signedIn.as("hr");
        Map<String, StepCounts> cascade = counts(Model.CASCADE, s.cycleId());
        // Dept set its goals; Team and Squad set theirs now
        assertThat(at(cascade, UnitCascadeProcess.TASK_SET_UNIT_GOALS)).isEqualTo(new StepCounts(2, 0, 1, 0));
        assertThat(at(cascade, UnitCascadeProcess.END_UNIT_READY).completed()).isEqualTo(1);
        // Dept's own person (Ana) drafts personal goals
        assertThat(at(cascade, UnitCascadeProcess.TASK_DRAFT_PERSONAL_GOALS).active()).isEqualTo(1);

        Map<String, StepCounts> cycle = counts(Model.CYCLE, s.cycleId());
        assertThat(at(cycle, AlignmentCycleProcess.TASK_CONFIRM_CHARTER)).isEqualTo(new StepCounts(0, 0, 1, 0));

        Map<String, StepCounts> second = counts(Model.CASCADE, other.cycleId());
        assertThat(at(second, UnitCascadeProcess.TASK_SET_UNIT_GOALS)).isEqualTo(new StepCounts(1, 0, 0, 0));
        assertThat(at(second, UnitCascadeProcess.TASK_DRAFT_PERSONAL_GOALS)).isEqualTo(StepCounts.NONE);
    }

    @Test
    void aStepListsItsOpenTasksWithWhoseTheyAre() {
        Scenario s = fixtures.topUnitReady();
        signedIn.as("hr");

        CycleSteps.Page page = steps.at(s.cycleId(), Model.CASCADE, UnitCascadeProcess.TASK_SET_UNIT_GOALS, 0, 25);

        assertThat(page.total()).isEqualTo(2);
        assertThat(page.items()).extracting(CycleStepItem::whose)
                .containsExactlyInAnyOrder("Team " + s.org().run(), "Squad " + s.org().run());
        assertThat(page.items()).allSatisfy(i -> {
            assertThat(i.isTask()).isTrue();
            assertThat(i.maySupervise()).isTrue();
            assertThat(i.taskName()).isEqualTo("Head: set the unit's goals");
        });
        assertThat(page.items()).extracting(CycleStepItem::assigneeName).containsExactlyInAnyOrder("Ben Test",
                "Eve Test");
        assertThat(steps.at(s.cycleId(), Model.CASCADE, UnitCascadeProcess.TASK_SET_UNIT_GOALS, 0, 1).items())
                .hasSize(1);
    }

    @Test
    void aHeadSeesTheirUnitsOnlyAndAnEmployeeNothing() {
        Scenario s = fixtures.topUnitReady();

        signedIn.as(s.org().username("ben")); // heads Team: Cara, Dan and himself
        CycleViewer ben = steps.viewer(s.cycleId()).orElseThrow();
        assertThat(ben.everything()).isFalse();
        assertThat(ben.unitIds()).containsExactly(s.org().team());
        Map<String, StepCounts> cascade = counts(Model.CASCADE, s.cycleId());
        assertThat(at(cascade, UnitCascadeProcess.TASK_SET_UNIT_GOALS)).isEqualTo(new StepCounts(1, 0, 0, 0));
        assertThat(at(cascade, UnitCascadeProcess.TASK_DRAFT_PERSONAL_GOALS)).isEqualTo(StepCounts.NONE);
        assertThat(steps.at(s.cycleId(), Model.CASCADE, UnitCascadeProcess.TASK_SET_UNIT_GOALS, 0, 25).items())
                .extracting(CycleStepItem::whose).containsExactly("Team " + s.org().run());
        assertThatThrownBy(() -> steps.tasksOfUnit(s.cycleId(), s.org().squad()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> steps.tasksOfPerson(s.cycleId(), s.org().finn()))
                .isInstanceOf(AccessDeniedException.class);
        Task squad = fixtures.cycles().unitTask(s.cycleId(), s.org().squad());
        assertThatThrownBy(() -> steps.remind(s.cycleId(), squad.getId())).isInstanceOf(AccessDeniedException.class);

        signedIn.as(s.org().username("ana")); // heads Dept, above both: the whole cycle
        assertThat(steps.viewer(s.cycleId()).orElseThrow().everything()).isTrue();

        signedIn.as(s.org().username("cara")); // in the cycle, heads nothing
        assertThat(steps.viewer(s.cycleId())).isEmpty();
        assertThatThrownBy(() -> steps.models(s.cycleId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> steps.at(s.cycleId(), Model.CASCADE, UnitCascadeProcess.TASK_SET_UNIT_GOALS, 0, 25))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> steps.tasksOfPerson(s.cycleId(), s.org().cara()))
                .isInstanceOf(AccessDeniedException.class);

        signedIn.as("hr");
        assertThat(steps.viewer(Long.MAX_VALUE)).isEmpty(); // an unknown cycle looks like a forbidden one
    }

    @Test
    void remindAndReassignAreAuditedAndStayInsideTheCycle() {
        Scenario s = fixtures.topUnitReady();
        Scenario other = fixtures.atCascade();
        Task team = fixtures.cycles().unitTask(s.cycleId(), s.org().team());
        Task otherTop = fixtures.cycles().unitTask(other.cycleId(), other.org().dept());

        signedIn.as("hr");
        assertThat(steps.remind(s.cycleId(), team.getId())).isEqualTo(1); // Ben
        assertThat(audit.history("task", team.getId(), 5)).anySatisfy(e -> assertThat(e.getAction())
                .isEqualTo("task.reminded"));
        assertThatThrownBy(() -> steps.remind(s.cycleId(), otherTop.getId()))
                .as("another cycle's task through this cycle's page").isInstanceOf(AccessDeniedException.class);

        steps.reassign(s.cycleId(), team.getId(), s.org().ana());
        assertThat(tasks.createTaskQuery().taskId(team.getId()).singleResult().getAssignee())
                .isEqualTo(s.org().username("ana"));
        assertThat(audit.history("task", team.getId(), 5)).anySatisfy(e -> assertThat(e.getAction())
                .isEqualTo("task.reassigned"));
        assertThatThrownBy(() -> steps.reassign(s.cycleId(), team.getId(), s.org().ana()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already has this task");

        // a head reassigns within their own team only
        Task squad = fixtures.cycles().unitTask(s.cycleId(), s.org().squad());
        signedIn.as(s.org().username("ana"));
        assertThatThrownBy(() -> steps.reassign(s.cycleId(), squad.getId(), otherPerson(other)))
                .isInstanceOf(AccessDeniedException.class);
        steps.reassign(s.cycleId(), squad.getId(), s.org().finn());
        assertThat(tasks.createTaskQuery().taskId(squad.getId()).singleResult().getAssignee())
                .isEqualTo(s.org().username("finn"));
    }

    @Test
    void aTaskIsRemindedAboutOnceADayWhoeverClicks() {
        Scenario s = fixtures.topUnitReady();
        Task team = fixtures.cycles().unitTask(s.cycleId(), s.org().team());

        signedIn.as("hr");
        assertThat(steps.remind(s.cycleId(), team.getId())).isEqualTo(1); // Ben
        assertThat(reminders(s.org().ben(), team.getId())).isEqualTo(1);

        for (String again : List.of("hr", s.org().username("ana"))) { // the same sender, and Ben's head of Dept
            signedIn.as(again);
            assertThatThrownBy(() -> steps.remind(s.cycleId(), team.getId())).as(again)
                    .isInstanceOfSatisfying(RemindedRecentlyException.class, e -> {
                        assertThat(e.remindedBy()).isEqualTo("hr");
                        assertThat(e.nextAt()).isEqualTo(e.remindedAt().plus(java.time.Duration.ofHours(24)));
                    });
        }
        assertThat(reminders(s.org().ben(), team.getId())).as("nothing more was sent").isEqualTo(1);
        assertThat(audit.history("task", team.getId(), 10)).filteredOn(e -> e.getAction().equals("task.reminded"))
                .singleElement().satisfies(e -> assertThat(e.getDetails()).contains("reminded by hr"));

        // a day later, the next reminder goes
        jdbc.update("update task_reminder set reminded_at = ? where task_id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofHours(25))), team.getId());
        signedIn.as(s.org().username("ana"));
        assertThat(steps.remind(s.cycleId(), team.getId())).isEqualTo(1);
        assertThat(reminders(s.org().ben(), team.getId())).isEqualTo(2);
    }

    private int reminders(long personId, String taskId) {
        return jdbc.queryForObject("select count(*) from notification where recipient_person_id = ? and kind = 'REMINDER'"
                + " and link = ?", Integer.class, personId, "task/" + taskId);
    }

    private static long otherPerson(Scenario other) {
        return other.org().cara();
    }

    @Test
    void aPersonsOpenTasksForTheDrillDown() {
        Scenario s = fixtures.topUnitReady();
        signedIn.as("hr");

        List<CycleStepItem> ana = steps.tasksOfPerson(s.cycleId(), s.org().ana());

        assertThat(ana).singleElement().satisfies(i -> {
            assertThat(i.taskName()).isEqualTo("Employee: draft personal goals and get one approved");
            assertThat(i.whose()).isEqualTo("Ana Test");
            assertThat(i.due()).isNotNull();
            assertThat(i.overdue()).isFalse();
        });
        assertThat(steps.tasksOfUnit(s.cycleId(), s.org().team())).singleElement()
                .satisfies(i -> assertThat(i.assigneeName()).isEqualTo("Ben Test"));
    }
}
