package org.ladder.goals.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ladder.support.GoalFixtures.EMPLOYEE;
import static org.ladder.support.GoalFixtures.MANAGER;
import static org.ladder.support.GoalFixtures.unique;

import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ladder.support.GoalFixtures;
import org.ladder.goals.GoalDetails;
import org.ladder.goals.GoalApprovals;
import org.ladder.goals.GoalPlanning;
import org.ladder.goals.OrphanReviews;
import org.ladder.goals.GoalStatus;
import org.ladder.goals.OrphanResolution;
import org.ladder.notifications.NotificationKind;
import org.ladder.support.LadderIntegrationTest;
import org.ladder.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The orphan sweep and {@code orphan-goal-review} on the real engine: {@code employee}'s active personal goals that
 * ladder up to nothing are reviewed by her manager once they have been orphans longer than
 * {@code ladder.goals.orphan-age} (14 days by default); the manager aligns, justifies or retires them.
 */
@LadderIntegrationTest
class OrphanGoalProcessTest {

    @Autowired
    GoalFixtures fixtures;
    @Autowired
    GoalPlanning goals;

    @Autowired
    GoalApprovals approvals;

    @Autowired
    OrphanReviews orphans;
    @Autowired
    SignedIn signedIn;

    @Autowired
    org.ladder.notifications.NotificationService notifications;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    /** An active orphan of {@code employee}, orphaned {@code days} days ago. */
    private GoalDetails orphan(String title, int days) {
        GoalDetails goal = fixtures.activePersonal(unique(title), null);
        assertThat(goal.isOrphan()).isTrue();
        fixtures.orphanSinceDaysAgo(goal.id(), days);
        return goal;
    }

    private String reviewOf(long goalId) {
        return fixtures.latestInstance(OrphanGoalProcess.KEY, OrphanGoalProcess.businessKey(goalId));
    }

    private long reviews(long goalId) {
        return fixtures.instanceCount(OrphanGoalProcess.KEY, OrphanGoalProcess.businessKey(goalId));
    }

    /** The sweep runs, the review of this goal checks it: the resolver's task is open. */
    private Task sweptToTask(long goalId) {
        fixtures.runOrphanSweep();
        String review = reviewOf(goalId);
        assertThat(review).as("a review of goal " + goalId).isNotNull();
        fixtures.runAsyncJobs(review);
        Task task = fixtures.openTask(OrphanGoalProcess.businessKey(goalId), OrphanGoalProcess.TASK_RESOLVE);
        assertThat(task).isNotNull();
        assertThat(task.getDescription()).as("the engine knows the goal by its id only").isEqualTo("Goal " + goalId);
        return task;
    }

    @Test
    void theSweepReviewsOnlyOrphansOlderThanTheAgeAndNeverTwiceAtOnce() {
        GoalDetails old = orphan("Write the runbook", 20);
        GoalDetails recent = orphan("Tidy the wiki", 3);
        GoalDetails aligned = fixtures.activePersonal(unique("Tune the database"),
                fixtures.activeUnit(MANAGER, fixtures.unitOf(MANAGER), unique("Core Services runs smoothly"), null)
                        .id());
        assertThat(aligned.isOrphan()).isFalse();

        fixtures.runOrphanSweep();
        assertThat(reviews(old.id())).isEqualTo(1);
        assertThat(reviews(recent.id())).isZero();
        assertThat(reviews(aligned.id())).isZero();

        fixtures.runOrphanSweep();
        assertThat(reviews(old.id())).as("not a second review while the first runs").isEqualTo(1);

        fixtures.runAsyncJobs(reviewOf(old.id()));
        Task task = fixtures.openTask(OrphanGoalProcess.businessKey(old.id()), OrphanGoalProcess.TASK_RESOLVE);
        assertThat(task.getAssignee()).isEqualTo(MANAGER);
        assertThat(fixtures.candidateGroups(task.getId())).doesNotContain("EMPLOYEE");
        fixtures.runOrphanSweep();
        assertThat(reviews(old.id())).isEqualTo(1);
    }

    @Test
    void alignedTheGoalHasAParentAndIsNoLongerAnOrphan() {
        GoalDetails goal = orphan("Automate the release", 15);
        GoalDetails teamGoal = fixtures.activeUnit(MANAGER, fixtures.unitOf(MANAGER), unique("Release weekly"), null);
        Task task = sweptToTask(goal.id());

        signedIn.as(MANAGER);
        orphans.resolveOrphan(task.getId(), OrphanResolution.ALIGN, teamGoal.id(), "Part of weekly releases.");

        GoalDetails aligned = fixtures.goalAs(EMPLOYEE, goal.id());
        assertThat(aligned.parent()).isNotNull();
        assertThat(aligned.parent().id()).isEqualTo(teamGoal.id());
        assertThat(aligned.isOrphan()).isFalse();
        assertThat(aligned.status()).isEqualTo(GoalStatus.ACTIVE);
        String review = reviewOf(goal.id());
        assertThat(fixtures.endEvents(review)).contains(OrphanGoalProcess.END_RESOLVED);
        assertThat(fixtures.variable(review, OrphanGoalProcess.RESOLUTION.name())).isEqualTo("ALIGN");
    }

    @Test
    void justifiedTheGoalStaysMarkedJustifiedWithTheReasonAndIsNotReviewedAgain() {
        GoalDetails goal = orphan("Run the coding dojo", 30);
        Task task = sweptToTask(goal.id());

        signedIn.as(MANAGER);
        orphans.resolveOrphan(task.getId(), OrphanResolution.JUSTIFY, null, "A personal development goal.");

        GoalDetails justified = fixtures.goalAs(EMPLOYEE, goal.id());
        assertThat(justified.status()).isEqualTo(GoalStatus.ACTIVE);
        assertThat(justified.isOrphan()).isTrue();
        assertThat(justified.justification()).isEqualTo("A personal development goal.");
        assertThat(fixtures.endEvents(reviewOf(goal.id()))).contains(OrphanGoalProcess.END_RESOLVED);

        fixtures.runOrphanSweep();
        assertThat(reviews(goal.id())).isEqualTo(1);
    }

    @Test
    void retiredTheGoalIsAbandoned() {
        GoalDetails goal = orphan("Migrate to the old framework", 16);
        Task task = sweptToTask(goal.id());

        signedIn.as(MANAGER);
        orphans.resolveOrphan(task.getId(), OrphanResolution.RETIRE, null, "No longer relevant.");

        GoalDetails retired = fixtures.goalAs(EMPLOYEE, goal.id());
        assertThat(retired.status()).isEqualTo(GoalStatus.ABANDONED);
        assertThat(fixtures.endEvents(reviewOf(goal.id()))).contains(OrphanGoalProcess.END_RESOLVED);
        signedIn.as(EMPLOYEE);
        assertThat(notifications.mine(0, 20)).anySatisfy(n -> {
            assertThat(n.title()).isEqualTo("Your goal was retired: " + goal.title());
            assertThat(n.body()).contains("Marco Rossi", "No longer relevant.");
        });
    }

    @Test
    void aGoalAlignedBeforeItsReviewStartsEndsTheReviewAtOnce() {
        GoalDetails goal = orphan("Document the APIs", 18);
        GoalDetails teamGoal = fixtures.activeUnit(MANAGER, fixtures.unitOf(MANAGER), unique("Great APIs"), null);
        fixtures.runOrphanSweep();
        String review = reviewOf(goal.id());

        fixtures.update(EMPLOYEE, goal.id(), g -> GoalFixtures.withParent(g, teamGoal.id(), "Now aligned"));
        // an aligned active personal goal may need re-approval; approve it so only the review is left
        var approval = fixtures.approvalTask(goal.id());
        if (approval != null) {
            signedIn.as(MANAGER);
            approvals.approve(approval.getId(), null);
            signedIn.nobody();
        }
        fixtures.runAsyncJobs(review);

        assertThat(fixtures.isRunning(review)).isFalse();
        assertThat(fixtures.endEvents(review)).containsExactly(OrphanGoalProcess.END_NO_LONGER_ORPHAN);
        assertThat(fixtures.openTask(OrphanGoalProcess.businessKey(goal.id()), OrphanGoalProcess.TASK_RESOLVE))
                .isNull();
    }

    @Test
    void theResolverIsRemindedThenTheReviewIsEscalatedToTheirManager() {
        GoalDetails goal = orphan("Organise the hackathon", 21);
        Task task = sweptToTask(goal.id());
        String link = "task/" + task.getId();
        String managersManager = fixtures.managerOf(MANAGER);

        fixtures.fireTimer(task.getProcessInstanceId(), OrphanGoalProcess.TIMER_REMIND);
        assertThat(fixtures.notificationsLinkingTo(MANAGER, link)).filteredOn(n -> n.kind() == NotificationKind.REMINDER)
                .hasSize(1);
        assertThat(fixtures.notificationsLinkingTo(managersManager, link)).isEmpty();

        fixtures.fireTimer(task.getProcessInstanceId(), OrphanGoalProcess.TIMER_ESCALATE);
        assertThat(fixtures.notificationsLinkingTo(managersManager, link)).singleElement()
                .satisfies(n -> assertThat(n.kind()).isEqualTo(NotificationKind.ESCALATION));
        assertThat(fixtures.notificationsLinkingTo(EMPLOYEE, link)).isEmpty();
        assertThat(fixtures.candidateUsers(task.getId())).containsExactlyInAnyOrder(MANAGER, managersManager);

        signedIn.as(managersManager);
        orphans.resolveOrphan(task.getId(), OrphanResolution.JUSTIFY, null, "Team building matters.");
        assertThat(fixtures.goalAs(EMPLOYEE, goal.id()).justification()).isEqualTo("Team building matters.");
    }

    @Test
    void anOrphanWhoseOwnerHasNoManagerIsOfferedToHr() {
        signedIn.as("ceo");
        GoalDetails draft = goals.create(GoalFixtures.quarterDraft(fixtures.personId("ceo"),
                unique("Meet every new joiner"), null));
        GoalDetails goal = goals.submit(draft.id(), draft.version()); // no manager: active at once
        signedIn.nobody();
        assertThat(goal.status()).isEqualTo(GoalStatus.ACTIVE);
        fixtures.orphanSinceDaysAgo(goal.id(), 40);

        Task task = sweptToTask(goal.id());
        assertThat(task.getAssignee()).isNull();
        assertThat(fixtures.candidateGroups(task.getId())).containsExactly("HR");

        signedIn.as(GoalFixtures.HR);
        orphans.resolveOrphan(task.getId(), OrphanResolution.JUSTIFY, null, "The CEO's own commitment.");
        assertThat(fixtures.goalAs("ceo", goal.id()).justification()).isEqualTo("The CEO's own commitment.");
        assertThat(fixtures.endEvents(reviewOf(goal.id()))).contains(OrphanGoalProcess.END_RESOLVED);
    }
}
