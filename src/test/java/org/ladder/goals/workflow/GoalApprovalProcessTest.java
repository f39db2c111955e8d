package org.ladder.goals.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ladder.support.GoalFixtures.EMPLOYEE;
import static org.ladder.support.GoalFixtures.MANAGER;
import static org.ladder.support.GoalFixtures.unique;

import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ladder.support.GoalFixtures;
import org.ladder.goals.ApprovalState;
import org.ladder.goals.GoalDetails;
import org.ladder.goals.GoalApprovals;
import org.ladder.goals.GoalPlanning;
import org.ladder.goals.OrphanReviews;
import org.ladder.goals.GoalStatus;
import org.ladder.goals.GoalWorkflow;
import org.ladder.notifications.NotificationKind;
import org.ladder.tasks.InboxService;
import org.ladder.tasks.TaskSubjects;
import org.ladder.support.GoalDraftBuilder;
import org.ladder.support.LadderIntegrationTest;
import org.ladder.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Paths through {@code bpmn/goal-approval.bpmn} on the real engine, driven through {@link GoalPlanning} as the demo
 * people do: {@code employee} (Emma) submits, her manager {@code manager} (Marco) decides. Timers are fired by hand.
 */
@LadderIntegrationTest
class GoalApprovalProcessTest {

    @Autowired
    GoalFixtures fixtures;
    @Autowired
    GoalPlanning goals;

    @Autowired
    GoalApprovals approvals;

    @Autowired
    OrphanReviews orphans;
    @Autowired
    GoalWorkflow workflow;
    @Autowired
    SignedIn signedIn;

    @Autowired
    org.ladder.notifications.NotificationService notifications;
    @Autowired
    InboxService inbox;
    @Autowired
    List<TaskSubjects> subjects;
    @Autowired
    RuntimeService runtime;
    @Autowired
    HistoryService history;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    private String instanceOf(long goalId) {
        return fixtures.latestInstance(GoalApprovalProcess.KEY, GoalApprovalProcess.businessKey(goalId));
    }

    @Test
    void aSubmittedGoalWaitsForTheManagerAndIsActiveOnceApproved() {
        GoalDetails submitted = fixtures.submittedPersonal(unique("Ship the billing service"), null);
        assertThat(submitted.status()).isEqualTo(GoalStatus.DRAFT);
        assertThat(submitted.approval()).isEqualTo(ApprovalState.PENDING);
        assertThat(workflow.approvalOpen(submitted.id())).isTrue();

        Task task = fixtures.approvalTask(submitted.id());
        assertThat(task.getAssignee()).isEqualTo(MANAGER);
        assertThat(task.getName()).isEqualTo("Manager: approve the goal");
        assertThat(task.getDescription()).as("the engine knows the goal by its id only")
                .isEqualTo("Goal " + submitted.id());
        signedIn.as(MANAGER);
        assertThat(inbox.task(task.getId()).orElseThrow().description()).as("the inbox names the goal and its owner")
                .isEqualTo("“" + submitted.title() + "” — Emma Lindqvist");
        assertThat(fixtures.candidateGroups(task.getId())).doesNotContain("EMPLOYEE");

        signedIn.as(MANAGER);
        approvals.approve(task.getId(), "Ambitious, I like it.");

        GoalDetails approved = fixtures.goalAs(EMPLOYEE, submitted.id());
        assertThat(approved.status()).isEqualTo(GoalStatus.ACTIVE);
        assertThat(approved.approval()).isEqualTo(ApprovalState.APPROVED);
        assertThat(workflow.approvalOpen(submitted.id())).isFalse();
        assertThat(fixtures.endEvents(instanceOf(submitted.id()))).contains(GoalApprovalProcess.END_APPROVED);

        signedIn.as(EMPLOYEE);
        assertThat(notifications.mine(0, 20)).anySatisfy(n -> {
            assertThat(n.kind()).isEqualTo(org.ladder.notifications.NotificationKind.OUTCOME);
            assertThat(n.title()).isEqualTo("Your goal was approved: " + submitted.title());
            assertThat(n.body()).isEqualTo("Marco Rossi approved it: Ambitious, I like it.");
            assertThat(n.link()).isEqualTo("goal/" + submitted.id());
        });
    }

    @Test
    void aReturnedGoalGoesBackToItsOwnerWithTheCommentAndIsApprovedAfterResubmission() {
        GoalDetails submitted = fixtures.submittedPersonal(unique("Improve test coverage"), null);
        signedIn.as(MANAGER);
        approvals.returnForChanges(fixtures.approvalTask(submitted.id()).getId(), "Say by how much.");

        Task revise = fixtures.reviseTask(submitted.id());
        assertThat(revise.getAssignee()).isEqualTo(EMPLOYEE);
        assertThat(fixtures.approvalTask(submitted.id())).isNull();
        GoalDetails returned = fixtures.goalAs(EMPLOYEE, submitted.id());
        assertThat(returned.status()).isEqualTo(GoalStatus.DRAFT);
        assertThat(returned.approval()).isEqualTo(ApprovalState.RETURNED);
        assertThat(returned.returnComment()).isEqualTo("Say by how much.");
        assertThat(workflow.approvalOpen(submitted.id())).isTrue();

        fixtures.update(EMPLOYEE, submitted.id(),
                g -> GoalFixtures.withTarget(g, 8, "Raised the target as asked"));
        signedIn.as(EMPLOYEE);
        approvals.resubmit(revise.getId());

        Task again = fixtures.approvalTask(submitted.id());
        assertThat(again.getAssignee()).isEqualTo(MANAGER);
        assertThat(fixtures.goalAs(EMPLOYEE, submitted.id()).approval()).isEqualTo(ApprovalState.PENDING);
        signedIn.as(MANAGER);
        approvals.approve(again.getId(), null);

        GoalDetails approved = fixtures.goalAs(EMPLOYEE, submitted.id());
        assertThat(approved.status()).isEqualTo(GoalStatus.ACTIVE);
        assertThat(approved.keyResults().get(0).target()).isEqualByComparingTo("8");
        assertThat(fixtures.endEvents(instanceOf(submitted.id()))).contains(GoalApprovalProcess.END_APPROVED);
    }

    @Test
    void aWithdrawnGoalEndsTheApprovalAndStaysADraft() {
        GoalDetails submitted = fixtures.submittedPersonal(unique("Learn Kotlin"), null);
        signedIn.as(MANAGER);
        approvals.returnForChanges(fixtures.approvalTask(submitted.id()).getId(), "Not this quarter.");
        signedIn.as(EMPLOYEE);
        approvals.withdraw(fixtures.reviseTask(submitted.id()).getId());

        String pi = instanceOf(submitted.id());
        assertThat(fixtures.isRunning(pi)).isFalse();
        assertThat(fixtures.endEvents(pi)).contains(GoalApprovalProcess.END_WITHDRAWN)
                .doesNotContain(GoalApprovalProcess.END_APPROVED);
        assertThat(workflow.approvalOpen(submitted.id())).isFalse();
        GoalDetails withdrawn = fixtures.goalAs(EMPLOYEE, submitted.id());
        assertThat(withdrawn.status()).isEqualTo(GoalStatus.DRAFT);
        assertThat(withdrawn.approval()).isNotEqualTo(ApprovalState.PENDING);
    }

    @Test
    void aTargetChangeOfAnActiveGoalGoesBackToTheManagerButADescriptionChangeDoesNot() {
        GoalDetails active = fixtures.activePersonal(unique("Cut page load time"), null);
        assertThat(active.status()).isEqualTo(GoalStatus.ACTIVE);
        assertThat(fixtures.instanceCount(GoalApprovalProcess.KEY, GoalApprovalProcess.businessKey(active.id())))
                .isEqualTo(1);

        fixtures.update(EMPLOYEE, active.id(),
                g -> GoalFixtures.withDescription(g, "Faster pages for everyone.", "Clearer wording"));
        assertThat(workflow.approvalOpen(active.id())).isFalse();
        assertThat(fixtures.goalAs(EMPLOYEE, active.id()).approval()).isEqualTo(ApprovalState.APPROVED);

        fixtures.update(EMPLOYEE, active.id(), g -> GoalFixtures.withTarget(g, 2, "Scope cut"));
        assertThat(workflow.approvalOpen(active.id())).isTrue();
        GoalDetails pending = fixtures.goalAs(EMPLOYEE, active.id());
        assertThat(pending.approval()).isEqualTo(ApprovalState.PENDING);
        Task task = fixtures.approvalTask(active.id());
        assertThat(task.getAssignee()).isEqualTo(MANAGER);
        assertThat(task.getName()).isEqualTo("Manager: approve the goal");
        assertThat(fixtures.variable(task.getProcessInstanceId(), GoalApprovalProcess.CHANGE.name())).isEqualTo(true);

        signedIn.as(MANAGER);
        approvals.approve(task.getId(), "Fine.");
        GoalDetails reapproved = fixtures.goalAs(EMPLOYEE, active.id());
        assertThat(reapproved.status()).isEqualTo(GoalStatus.ACTIVE);
        assertThat(reapproved.approval()).isEqualTo(ApprovalState.APPROVED);
        assertThat(reapproved.keyResults().get(0).target()).isEqualByComparingTo("2");
        assertThat(workflow.approvalOpen(active.id())).isFalse();
    }

    @Test
    void theManagerIsRemindedThenTheTaskIsEscalatedToTheirOwnManagerWhoMayDecide() {
        GoalDetails submitted = fixtures.submittedPersonal(unique("Mentor a new joiner"), null);
        Task task = fixtures.approvalTask(submitted.id());
        String pi = task.getProcessInstanceId();
        String link = "task/" + task.getId();
        String managersManager = fixtures.managerOf(MANAGER);

        fixtures.fireTimer(pi, GoalApprovalProcess.TIMER_REMIND);
        assertThat(fixtures.notificationsLinkingTo(MANAGER, link)).filteredOn(n -> n.kind() == NotificationKind.REMINDER)
                .singleElement().satisfies(n -> assertThat(n.title()).isEqualTo("Reminder: approve the goal “"
                        + submitted.title() + "” — Emma Lindqvist"));
        assertThat(fixtures.notificationsLinkingTo(EMPLOYEE, link)).isEmpty();
        assertThat(fixtures.notificationsLinkingTo(managersManager, link)).isEmpty();
        assertThat(fixtures.approvalTask(submitted.id()).getAssignee()).isEqualTo(MANAGER);

        fixtures.fireTimer(pi, GoalApprovalProcess.TIMER_ESCALATE);
        assertThat(fixtures.notificationsLinkingTo(managersManager, link)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.ESCALATION);
            assertThat(n.title()).isEqualTo("Overdue: approve the goal “" + submitted.title() + "” — Emma Lindqvist");
            assertThat(n.body()).contains("Marco Rossi");
        });
        assertThat(fixtures.notificationsLinkingTo(EMPLOYEE, link)).isEmpty();
        Task escalated = fixtures.approvalTask(submitted.id());
        assertThat(fixtures.candidateUsers(escalated.getId())).containsExactlyInAnyOrder(MANAGER, managersManager);
        assertThat(fixtures.candidateGroups(escalated.getId())).isEmpty();

        // the manager's manager decides in their place
        signedIn.as(managersManager);
        approvals.approve(escalated.getId(), "Approved while Marco is away.");
        assertThat(fixtures.goalAs(EMPLOYEE, submitted.id()).status()).isEqualTo(GoalStatus.ACTIVE);
        assertThat(fixtures.isRunning(pi)).isFalse();
    }

    @Test
    void whenTheApproverHasNoManagerTheEscalationGoesToHr() {
        String owner = fixtures.reportOfTheCeo();
        GoalDetails submitted = fixtures.submittedPersonalOf(owner, unique("Open the Lisbon office"), null);
        Task task = fixtures.approvalTask(submitted.id());
        assertThat(task.getAssignee()).isEqualTo("ceo");
        String link = "task/" + task.getId();

        fixtures.fireTimer(task.getProcessInstanceId(), GoalApprovalProcess.TIMER_ESCALATE);

        assertThat(fixtures.notificationsLinkingTo(GoalFixtures.HR, link)).singleElement()
                .satisfies(n -> assertThat(n.kind()).isEqualTo(NotificationKind.ESCALATION));
        assertThat(fixtures.notificationsLinkingTo(owner, link)).isEmpty();
        Task escalated = fixtures.approvalTask(submitted.id());
        assertThat(fixtures.candidateGroups(escalated.getId())).containsExactly("HR");
        assertThat(fixtures.candidateUsers(escalated.getId())).containsExactly("ceo");

        signedIn.as(GoalFixtures.HR);
        approvals.returnForChanges(escalated.getId(), "Which quarter?");
        assertThat(fixtures.reviseTask(submitted.id()).getAssignee()).isEqualTo(owner);
    }

    /**
     * Administrators read the engine's variables and task descriptions in Cockpit: a private goal's title is in
     * none of them, before or after the decision; the approver's inbox names the goal, a colleague reads only that
     * it is a private goal.
     */
    @Test
    void aPrivateGoalsTitleNeverReachesTheEngine() {
        String title = unique("Find a new job quietly");
        signedIn.as(EMPLOYEE);
        GoalDetails draft = goals.create(GoalDraftBuilder.personal(fixtures.personId(EMPLOYEE), title).privately()
                .build());
        goals.submit(draft.id(), draft.version());
        signedIn.nobody();
        String pi = instanceOf(draft.id());
        Task task = fixtures.approvalTask(draft.id());

        assertThat(engineTexts(pi, task)).as("variables, names and descriptions in the engine")
                .isNotEmpty().noneMatch(text -> text.contains(title));

        signedIn.as(fixtures.colleagueOf(EMPLOYEE));
        assertThat(subjects.stream().filter(s -> s.processKeys().contains(GoalApprovalProcess.KEY)).findFirst()
                .orElseThrow().subjects(GoalApprovalProcess.KEY, List.of(GoalApprovalProcess.businessKey(draft.id()))))
                .as("a viewer who may not see the goal").containsValue("A private goal — Emma Lindqvist");
        signedIn.as(MANAGER);
        assertThat(inbox.task(task.getId()).orElseThrow().description()).contains(title);
        approvals.approve(task.getId(), null);
        signedIn.nobody();

        assertThat(engineTexts(pi, task)).as("after the decision").noneMatch(text -> text.contains(title));
    }

    /** Every variable value (running and in the history), and the task's name and description, as text. */
    private List<String> engineTexts(String pi, Task task) {
        Stream<Object> running = runtime.createVariableInstanceQuery().processInstanceIdIn(pi).list().stream()
                .map(v -> v.getValue());
        Stream<Object> recorded = history.createHistoricVariableInstanceQuery().processInstanceId(pi).list().stream()
                .map(v -> v.getValue());
        Stream<Object> tasks = history.createHistoricTaskInstanceQuery().processInstanceId(pi).list().stream()
                .flatMap(t -> Stream.of(t.getName(), t.getDescription()));
        return Stream.of(running, recorded, tasks, Stream.<Object>of(task.getName(), task.getDescription()))
                .flatMap(s -> s).map(String::valueOf).toList();
    }
}
