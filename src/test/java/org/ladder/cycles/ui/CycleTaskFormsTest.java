package org.ladder.cycles.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ladder.cycles.CycleControls;
import org.ladder.cycles.workflow.AlignmentCycleProcess;
import org.ladder.cycles.workflow.UnitCascadeProcess;
import org.ladder.goals.GoalDetails;
import org.ladder.support.CycleFixtures;
import org.ladder.support.KaribuTest;
import org.ladder.tasks.TaskInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The inbox forms of the cycle's tasks on a real cycle: leadership confirms the charter from its form and the cascade
 * starts; a head's “the unit's goals are set” is refused with the reason until the unit has an aligned goal, then
 * completes; the personal goals form says the approval completes it.
 */
class CycleTaskFormsTest extends KaribuTest {

    @Autowired
    CycleFixtures cycles;
    @Autowired
    CycleTaskForms forms;
    @Autowired
    CycleControls controls;
    @Autowired
    TaskService tasks;
    @Autowired
    JdbcTemplate jdbc;

    private Long cycleId;

    @AfterEach
    void cancelTheCycle() {
        if (cycleId != null) {
            signedIn.as("hr");
            long version = jdbc.queryForObject("select version from cycle where id = ?", Long.class, cycleId);
            controls.cancel(cycleId, version, "End of the task forms' test");
            cycles.runControl(cycleId);
            signedIn.nobody();
        }
    }

    private static TaskInfo info(Task t, String processKey) {
        return new TaskInfo(t.getId(), t.getName(), t.getDescription(), processKey, t.getTaskDefinitionKey(),
                t.getProcessInstanceId(), null, t.getAssignee(), t.getAssignee(), List.of(),
                t.getCreateTime().toInstant(), t.getDueDate() == null ? null : t.getDueDate().toInstant());
    }

    @Test
    void leadershipConfirmsTheCharterThenAHeadIsToldTheUnitNeedsAGoalBeforeTheGoalsAreSet() {
        CycleFixtures.Org org = cycles.organisation();
        GoalDetails company = cycles.companyGoal();
        cycleId = cycles.launch(org).cycleId();
        cycles.runJobs(cycleId);

        Task confirm = cycles.cycleTask(cycleId, AlignmentCycleProcess.TASK_CONFIRM_CHARTER);
        tasks.claim(confirm.getId(), "ceo");
        login("ceo");
        TaskInfo confirmInfo = info(tasks.createTaskQuery().taskId(confirm.getId()).singleResult(),
                AlignmentCycleProcess.KEY);
        assertThat(forms.supports(confirmInfo)).isTrue();
        AtomicInteger completed = new AtomicInteger();
        Component form = forms.createForm(confirmInfo, completed::incrementAndGet);
        assertThat(_get(form, Button.class, spec -> spec.withId("cycle-revise-charter")).getText())
                .isEqualTo("Revise it first");
        _click(_get(form, Button.class, spec -> spec.withId("cycle-confirm-charter")));
        assertThat(completed).hasValue(1);
        assertThat(tasks.createTaskQuery().taskId(confirm.getId()).count()).isZero();
        cycles.runJobs(cycleId);

        Task unitGoals = cycles.unitTask(cycleId, org.dept());
        String ana = org.username("ana");
        assertThat(unitGoals.getAssignee()).isEqualTo(ana);
        login(ana);
        TaskInfo unitInfo = info(unitGoals, UnitCascadeProcess.KEY);
        form = forms.createForm(unitInfo, completed::incrementAndGet);
        assertThat(_get(form, Paragraph.class, spec -> spec.withId("cycle-unit-goals-what")).getText())
                .startsWith("Set the goals of Dept " + org.run() + " for this cycle");
        Button done = _get(form, Button.class, spec -> spec.withId("cycle-unit-goals-set"));
        _click(done);
        assertThat(completed).as("refused: the unit has no goal yet").hasValue(1);
        assertThat(_get(form, Paragraph.class, spec -> spec.withText("The unit has no active goal of Cycle "
                + org.run() + " that ladders up to a goal above yet: add one first.")).isVisible()).isTrue();
        assertThat(done.isEnabled()).as("to try again").isTrue();

        cycles.unitGoal(ana, org.dept(), company.id());
        login(ana);
        _click(done);
        assertThat(completed).hasValue(2);
        assertThat(tasks.createTaskQuery().taskId(unitGoals.getId()).count()).isZero();
    }

    @Test
    void onlyTheCyclesPeopleTasksHaveTheseForms() {
        TaskInfo other = new TaskInfo("t", "Something", null, AlignmentCycleProcess.KEY, "Task_Other", "pi", "bk",
                "ceo", "Catherine", List.of(), java.time.Instant.now(), null);
        assertThat(forms.supports(other)).isFalse();
        TaskInfo personal = new TaskInfo("t", "Draft", null, UnitCascadeProcess.PERSON_KEY,
                UnitCascadeProcess.TASK_DRAFT_PERSONAL_GOALS, "pi", "bk", "employee", "Emma", List.of(),
                java.time.Instant.now(), java.time.Instant.now().plusSeconds(86400));
        assertThat(forms.supports(personal)).isTrue();
        login("employee");
        Component form = forms.createForm(personal, () -> { });
        assertThat(_get(form, Paragraph.class, spec -> spec.withId("cycle-personal-goals-what")).getText())
                .contains("your manager's approval completes this task");
    }
}
