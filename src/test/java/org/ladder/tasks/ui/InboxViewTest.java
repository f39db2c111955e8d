package org.ladder.tasks.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ladder.support.KaribuTest;
import org.ladder.support.TestTaskForm;
import org.ladder.tasks.InboxService;
import org.ladder.tasks.TaskInfo;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.router.RouterLink;

/** The inbox and the task page on real engine tasks (a test process whose form is {@link TestTaskForm}). */
class InboxViewTest extends KaribuTest {

    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService taskService;
    @Autowired
    InboxService inbox;

    private String deployment;
    private String instance;

    @BeforeEach
    void startProcess() {
        deployment = repository.createDeployment().addModelInstance("inbox-ui-test.bpmn",
                Bpmn.createExecutableProcess(TestTaskForm.PROCESS_KEY).camundaHistoryTimeToLive(1)
                        .startEvent()
                        .parallelGateway("Gateway_Fork")
                        .userTask("Task_Review").name("Review the UI plan").camundaCandidateGroups("MANAGER")
                        .parallelGateway("Gateway_Join")
                        .endEvent()
                        .moveToNode("Gateway_Fork")
                        .userTask("Task_Own").name("Write the UI plan").camundaAssignee("employee")
                        .camundaDueDate("${due}")
                        .connectTo("Gateway_Join")
                        .done())
                .deploy().getId();
        instance = runtime.startProcessInstanceByKey(TestTaskForm.PROCESS_KEY,
                Map.of("due", Date.from(Instant.now().minus(Duration.ofDays(1))))).getId();
    }

    @AfterEach
    void deleteProcess() {
        repository.deleteDeployment(deployment, true);
    }

    private String taskId(String taskKey) {
        return taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey).singleResult()
                .getId();
    }

    /** The row of a task in a lazy grid, or -1. */
    private static int row(Grid<TaskInfo> grid, String taskId) {
        List<TaskInfo> rows = GridKt._findAll(grid);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id().equals(taskId)) {
                return i;
            }
        }
        return -1;
    }

    private InboxView openInbox(String username) {
        login(username);
        navigate("tasks");
        return _get(InboxView.class);
    }

    @Test
    void anEmployeeSeesTheirOverdueTaskUnderMineAndHasNoTeamTab() {
        InboxView view = openInbox("employee");
        int row = row(view.mine, taskId("Task_Own"));
        assertThat(row).isNotNegative();
        RouterLink name = (RouterLink) GridKt._getCellComponent(view.mine, row, "name");
        assertThat(name.getText()).isEqualTo("Write the UI plan");
        assertThat(name.getHref()).isEqualTo("task/" + taskId("Task_Own"));
        Span due = (Span) GridKt._getCellComponent(view.mine, row, "due");
        assertThat(due.getClassNames()).contains("ladder-overdue");
        assertThat(due.getText()).endsWith("overdue");
        assertThat(GridKt._getFormatted(view.mine, row, "what")).isEqualTo("Test inbox ui");
        assertThat(row(view.groups, taskId("Task_Review"))).isNegative();
        assertThat(view.team).isNull();
        _assertNone(Tab.class, spec -> spec.withId("tab-team"));
        assertThat(view.mineTab.getLabel()).isEqualTo("Mine (" + inbox.countMyTasks() + ")");
    }

    @Test
    void claimingMovesATaskFromMyGroupsToMine() {
        InboxView view = openInbox("manager");
        String review = taskId("Task_Review");
        int row = row(view.groups, review);
        assertThat(row).isNotNegative();
        assertThat(GridKt._getFormatted(view.groups, row, "offered")).isEqualTo("Manager");
        assertThat(row(view.mine, review)).isNegative();

        ((Button) GridKt._getCellComponent(view.groups, row, "action")).click();

        NotificationsKt.expectNotifications("You claimed “Review the UI plan”: it is now under Mine.");
        assertThat(row(view.groups, review)).isNegative();
        int mine = row(view.mine, review);
        assertThat(mine).isNotNegative();

        ((Button) GridKt._getCellComponent(view.mine, mine, "action")).click(); // unclaim: back to the group
        assertThat(row(view.mine, review)).isNegative();
        assertThat(row(view.groups, review)).isNotNegative();
    }

    @Test
    void aManagerSeesTheirReportsTasksUnderMyTeam() {
        InboxView view = openInbox("manager");
        assertThat(view.team).isNotNull();
        int row = row(view.team, taskId("Task_Own"));
        assertThat(row).isNotNegative();
        assertThat(GridKt._getFormatted(view.team, row, "assignee")).isEqualTo("Emma Lindqvist");
    }

    @Test
    void theTaskPageShowsTheFormAndCompletingItReturnsToTheInbox() {
        login("employee");
        String own = taskId("Task_Own");
        long before = inbox.openCount();
        navigate("");
        Span badge = _get(Span.class, spec -> spec.withId("badge-tasks"));
        assertThat(badge.getText()).isEqualTo(String.valueOf(before));

        navigate("task/" + own);
        _get(TaskView.class);
        assertThat(_get(com.vaadin.flow.component.html.H2.class, spec -> spec.withId("task-name")).getText())
                .isEqualTo("Write the UI plan");
        assertThat(_get(Span.class, spec -> spec.withId("task-due")).getClassNames()).contains("ladder-overdue");
        _get(Button.class, spec -> spec.withId("test-task-complete")).click();

        // one toast: the form's own ("two stacked toasts" before: the form's and the page's)
        NotificationsKt.expectNotifications("You approved “Write the UI plan”.");
        _get(InboxView.class);
        assertThat(taskService.createTaskQuery().taskId(own).count()).isZero();
        assertThat(runtime.getVariable(instance, "approved")).isEqualTo(true);

        MockVaadin.clientRoundtrip(); // the engine's listener told this person's windows after the commit
        assertThat(inbox.openCount()).isEqualTo(before - 1);
        assertThat(badge.getText()).isEqualTo(String.valueOf(before - 1));
        assertThat(badge.isVisible()).isEqualTo(before - 1 > 0);
    }

    @Test
    void anUnclaimedTaskOffersClaimBeforeItsForm() {
        login("manager");
        navigate("task/" + taskId("Task_Review"));
        _assertNone(Button.class, spec -> spec.withId("test-task-complete"));
        _get(Button.class, spec -> spec.withId("task-claim")).click();
        _get(Button.class, spec -> spec.withId("test-task-complete"));
        assertThat(_get(Span.class, spec -> spec.withId("task-assignee")).getText()).isEqualTo("Marco Rossi");
    }

    @Test
    void aTaskThatIsGoneOrNotMineShowsAFriendlyMessage() {
        login("employee");
        navigate("task/" + taskId("Task_Review")); // offered to managers only
        assertThat(_get(Paragraph.class, spec -> spec.withId("task-gone")).getText()).isEqualTo(TaskView.GONE);

        navigate("task/no-such-task");
        assertThat(_get(Paragraph.class, spec -> spec.withId("task-gone")).getText())
                .isEqualTo("This task is no longer open (it may have been completed by someone else).");

        login("manager"); // Emma's manager may look at her task, not do it
        navigate("task/" + taskId("Task_Own"));
        _get(Paragraph.class, spec -> spec.withId("task-read-only"));
        _assertNone(Button.class, spec -> spec.withId("test-task-complete"));
    }

    @Test
    void theBadgeCountsMyTasksAndMyGroupsTasks() {
        login("manager");
        navigate("tasks");
        long open = inbox.openCount();
        assertThat(open).isEqualTo(inbox.countMyTasks() + inbox.countGroupTasks()).isPositive();
        Span badge = _get(Span.class, spec -> spec.withId("badge-tasks"));
        assertThat(badge.getText()).isEqualTo(String.valueOf(open));
        assertThat(badge.isVisible()).isTrue();
    }

    @Test
    void clickingAnywhereInARowOpensTheTask() {
        InboxView view = openInbox("employee");
        String own = taskId("Task_Own");
        int row = row(view.mine, own);
        GridKt._clickItem(view.mine, row, view.mine.getColumnByKey("what"));
        assertThat(_get(com.vaadin.flow.component.html.H2.class, spec -> spec.withId("task-name")).getText())
                .isEqualTo("Write the UI plan");
    }
}
