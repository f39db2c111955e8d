package org.ladder.goals.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.ladder.support.GoalFixtures.unique;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.ladder.support.GoalFixtures;
import org.ladder.goals.ApprovalState;
import org.ladder.goals.GoalDetails;
import org.ladder.goals.GoalStatus;
import org.ladder.goals.OrphanResolution;
import org.ladder.goals.workflow.GoalApprovalProcess;
import org.ladder.goals.workflow.OrphanGoalProcess;
import org.ladder.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The goal tasks' forms, opened from the task page: approve, return and revise, resolve an orphan. */
class GoalTaskFormsTest extends KaribuTest {

    @Autowired
    GoalFixtures fixtures;
    @Autowired
    RuntimeService runtime;

    /** The form's own confirmation (the only toast: the task page adds none). */
    private static void assertToast(String text) {
        assertThat(NotificationsKt.getNotifications().stream().map(n -> n.getElement().getProperty("text"))).contains(text);
    }

    private Task task(String businessKey, String taskKey) {
        return fixtures.openTask(businessKey, taskKey);
    }

    private void runJobs(String businessKey) {
        fixtures.runJobs(businessKey);
    }

    @Test
    void theManagerApprovesASubmittedGoal() {
        GoalDetails team = fixtures.teamGoal(unique("Approve parent"), null);
        GoalDetails mine = fixtures.personalSubmitted("employee", unique("Approve me"), team.id());
        String key = GoalApprovalProcess.businessKey(mine.id());
        runJobs(key);
        Task approval = task(key, GoalApprovalProcess.TASK_APPROVE);
        assertThat(approval.getAssignee()).isEqualTo("manager");

        login("manager");
        navigate("task/" + approval.getId());
        VerticalLayout form = _get(VerticalLayout.class, v -> v.withId("goal-approval-form"));
        assertThat(_get(form, com.vaadin.flow.component.html.Div.class, d -> d.withId("goal-task-summary"))).isNotNull();
        _get(Button.class, b -> b.withId("approve-goal")).click();
        assertToast("You approved “" + mine.title() + "”.");
        runJobs(key);
        assertThat(fixtures.goalAs("employee", mine.id()).status()).isEqualTo(GoalStatus.ACTIVE);
    }

    @Test
    void returningNeedsACommentWhichTheOwnerSeesBeforeWithdrawing() {
        GoalDetails team = fixtures.teamGoal(unique("Return parent"), null);
        GoalDetails mine = fixtures.personalSubmitted("employee", unique("Return me"), team.id());
        String key = GoalApprovalProcess.businessKey(mine.id());
        runJobs(key);
        Task approval = task(key, GoalApprovalProcess.TASK_APPROVE);

        login("manager");
        navigate("task/" + approval.getId());
        _get(Button.class, b -> b.withId("return-goal")).click();
        TextArea comment = _get(TextArea.class, t -> t.withId("goal-approval-comment"));
        assertThat(comment.isInvalid()).isTrue();
        comment.setValue("Make the target measurable.");
        _get(Button.class, b -> b.withId("return-goal")).click();
        assertToast("You returned “" + mine.title() + "” to Emma Lindqvist.");
        runJobs(key);
        assertThat(fixtures.goalAs("employee", mine.id()).approval()).isEqualTo(ApprovalState.RETURNED);

        Task revise = task(key, GoalApprovalProcess.TASK_REVISE);
        login("employee");
        navigate("task/" + revise.getId());
        _get(VerticalLayout.class, v -> v.withId("goal-revise-form"));
        assertThat(_get(Paragraph.class, p -> p.withId("goal-revise-comment")).getText())
                .isEqualTo("Make the target measurable.");
        _get(Button.class, b -> b.withId("withdraw-goal")).click();
        assertToast("Withdrawn: “" + mine.title() + "” stays a draft.");
        assertThat(fixtures.goalAs("employee", mine.id()).status()).isEqualTo(GoalStatus.DRAFT);
    }

    @Test
    void aReturnedChangeOfAnActiveGoalCannotBeWithdrawnAndTheFormSaysWhy() {
        GoalDetails team = fixtures.teamGoal(unique("Change parent"), null);
        GoalDetails active = fixtures.personalActive(unique("Active with a change"), team.id());
        fixtures.signedIn().as("employee");
        GoalDetails loaded = fixtures.goalAs("employee", active.id());
        var krs = loaded.keyResults().stream().map(k -> new org.ladder.goals.KeyResultDraft(k.id(), k.name(),
                k.type(), k.baseline(), k.target().add(java.math.BigDecimal.ONE), k.current(), k.unit(), k.weight()))
                .toList();
        var d = loaded.toDraft("Raise it");
        fixtures.signedIn().as("employee");
        fixtures.service().update(loaded.id(), loaded.version(), new org.ladder.goals.GoalDraft(d.level(), d.title(),
                d.description(), d.ownerUnitId(), d.ownerPersonId(), d.parentId(), d.contributesTo(), d.pillar(),
                d.periodStart(), d.periodEnd(), d.visibility(), krs, "Raise it"));
        String key = GoalApprovalProcess.businessKey(active.id());
        fixtures.signedIn().as("manager");
        fixtures.approvals().returnForChanges(task(key, GoalApprovalProcess.TASK_APPROVE).getId(), "Too much.");
        Task revise = task(key, GoalApprovalProcess.TASK_REVISE);

        login("employee");
        navigate("task/" + revise.getId());
        _get(Button.class, b -> b.withId("withdraw-goal")).click();
        Paragraph error = _get(Paragraph.class, p -> p.withId("goal-revise-error"));
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("change it back");
        assertThat(task(key, GoalApprovalProcess.TASK_REVISE)).as("the task stays open").isNotNull();
    }

    @Test
    void theManagerJustifiesAnOrphanWithAReason() {
        GoalDetails orphan = fixtures.personalSubmitted("employee", unique("Orphan review"), null);
        String approvalKey = GoalApprovalProcess.businessKey(orphan.id());
        runJobs(approvalKey);
        Task approval = task(approvalKey, GoalApprovalProcess.TASK_APPROVE);
        fixtures.signedIn().as("manager");
        fixtures.approvals().approve(approval.getId(), null);
        runJobs(approvalKey);

        String key = OrphanGoalProcess.businessKey(orphan.id());
        fixtures.signedIn().nobody();
        runtime.startProcessInstanceByKey(OrphanGoalProcess.KEY, key, OrphanGoalProcess.start(orphan.id(),
                java.time.Duration.ofDays(3), java.time.Duration.ofDays(7)).asMap());
        runJobs(key);
        Task review = task(key, OrphanGoalProcess.TASK_RESOLVE);
        assertThat(review.getAssignee()).isEqualTo("manager");

        login("manager");
        navigate("task/" + review.getId());
        _get(VerticalLayout.class, v -> v.withId("goal-orphan-form"));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<OrphanResolution> decision = _get(RadioButtonGroup.class, r -> r.withId("orphan-decision"));
        decision.setValue(OrphanResolution.JUSTIFY);
        TextArea reason = _get(TextArea.class, t -> t.withId("orphan-reason"));
        reason.setValue("A personal learning goal: it stands on its own.");
        _get(Button.class, b -> b.withId("resolve-orphan")).click();
        assertToast("“" + orphan.title() + "” stays, marked justified.");
        runJobs(key);
        assertThat(fixtures.goalAs("manager", orphan.id()).justification())
                .isEqualTo("A personal learning goal: it stands on its own.");
    }
}
