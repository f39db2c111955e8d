package org.ladder.goals.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ladder.support.GoalFixtures.EMPLOYEE;
import static org.ladder.support.GoalFixtures.HR;
import static org.ladder.support.GoalFixtures.MANAGER;
import static org.ladder.support.GoalFixtures.unique;

import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ladder.support.GoalFixtures;
import org.ladder.goals.GoalChangeNotice;
import org.ladder.goals.GoalDetails;
import org.ladder.goals.GoalQueries;
import org.ladder.goals.GoalApprovals;
import org.ladder.goals.GoalPlanning;
import org.ladder.goals.OrphanReviews;
import org.ladder.goals.GoalRef;
import org.ladder.goals.GoalTimings;
import org.ladder.goals.RevisionEntry;
import org.ladder.notifications.NotificationKind;
import org.ladder.support.LadderIntegrationTest;
import org.ladder.support.SignedIn;
import org.ladder.tasks.AcknowledgementCampaigns;
import org.ladder.tasks.AcknowledgementService;
import org.ladder.tasks.CampaignSummary;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code goal-change-propagation} on the real engine. A chain of three: a department goal (kept by HR) → the team
 * goal of Core Services (its head {@code manager}) → {@code employee}'s personal goal. When the department goal's
 * target changes, everyone who owns a goal below it, at any depth, is asked to acknowledge.
 */
@LadderIntegrationTest
class GoalChangePropagationProcessTest {

    @Autowired
    GoalFixtures fixtures;
    @Autowired
    GoalQueries queries;
    @Autowired
    GoalPlanning goals;

    @Autowired
    GoalApprovals approvals;

    @Autowired
    OrphanReviews orphans;
    @Autowired
    AcknowledgementService acknowledgements;
    @Autowired
    AcknowledgementCampaigns campaigns;
    @Autowired
    SignedIn signedIn;
    @Autowired
    GoalTimings timings;
    @Autowired
    TaskService taskService;

    GoalDetails department;
    GoalDetails team;
    GoalDetails mine;

    @BeforeEach
    void chain() {
        long coreServices = fixtures.unitOf(MANAGER);
        department = fixtures.activeUnit(HR, fixtures.parentUnitOf(coreServices), unique("Platform is reliable"), null);
        team = fixtures.activeUnit(MANAGER, coreServices, unique("Core Services has no outages"), department.id());
        mine = fixtures.activePersonal(unique("On-call runbooks for every service"), team.id());
    }

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    /** HR raises the department goal's target: returns the propagation's process instance, after its first step. */
    private String changeDepartmentTarget(int target) {
        fixtures.update(HR, department.id(), g -> GoalFixtures.withTarget(g, target, "The board asked for more"));
        return startedPropagation(department.id());
    }

    private String startedPropagation(long goalId) {
        signedIn.as(HR);
        RevisionEntry change = queries.revisions(goalId).stream().filter(RevisionEntry::material).findFirst()
                .orElseThrow();
        signedIn.nobody();
        String pi = fixtures.latestInstance(GoalChangeProcess.KEY, GoalChangeProcess.businessKey(change.id()));
        assertThat(pi).as("a propagation of revision " + change.id()).isNotNull();
        fixtures.runAsyncJobs(pi);
        return pi;
    }

    private long campaignOf(String pi) {
        return ((Number) fixtures.variable(pi, GoalChangeProcess.CAMPAIGN_ID.name())).longValue();
    }

    private List<GoalChangeNotice> changesFor(String username) {
        signedIn.as(username);
        try {
            return queries.myGoalChanges();
        } finally {
            signedIn.nobody();
        }
    }

    private void acknowledgeAs(String username, long campaign) {
        signedIn.as(username);
        try {
            acknowledgements.acknowledge(campaign, null);
        } finally {
            signedIn.nobody();
        }
    }

    @Test
    void everyOwnerBelowAtAnyDepthIsAskedAndWhenAllAcknowledgedTheProcessEnds() {
        String pi = changeDepartmentTarget(20);
        long campaign = campaignOf(pi);
        assertThat(campaign).isPositive();
        assertThat(fixtures.activeActivities(pi)).containsExactly(GoalChangeProcess.TIMER_REMIND);
        assertThat(campaigns.pendingPeople(campaign, null))
                .containsExactlyInAnyOrder(fixtures.personId(MANAGER), fixtures.personId(EMPLOYEE));

        // two levels down, the employee sees what changed and her own goal below it
        assertThat(changesFor(EMPLOYEE)).filteredOn(n -> n.goalId() == department.id()).singleElement()
                .satisfies(n -> {
                    assertThat(n.campaignId()).isEqualTo(campaign);
                    assertThat(n.reason()).isEqualTo("The board asked for more");
                    assertThat(n.myGoalsBelow()).extracting(GoalRef::id).contains(mine.id());
                });
        assertThat(changesFor(MANAGER)).filteredOn(n -> n.goalId() == department.id()).hasSize(1);
        assertThat(changesFor(HR)).noneMatch(n -> n.goalId() == department.id());

        acknowledgeAs(EMPLOYEE, campaign);
        assertThat(fixtures.isRunning(pi)).isTrue();
        assertThat(changesFor(EMPLOYEE)).noneMatch(n -> n.goalId() == department.id());
        acknowledgeAs(MANAGER, campaign);

        assertThat(fixtures.isRunning(pi)).isFalse();
        assertThat(fixtures.endEvents(pi)).containsExactly(GoalChangeProcess.END_ALL_ACKNOWLEDGED);
        assertThat(campaigns.campaign(campaign).completedAt()).isNotNull();
    }

    @Test
    void afterTheConfiguredRoundsHrIsHandedTheFollowUpInsteadOfEndlessReminders() {
        String pi = changeDepartmentTarget(35);
        long campaign = campaignOf(pi);
        CampaignSummary c = campaigns.campaign(campaign);
        for (int round = 1; round <= timings.changeRounds(); round++) {
            fixtures.fireTimer(pi, GoalChangeProcess.TIMER_REMIND);
            fixtures.fireTimer(pi, GoalChangeProcess.TIMER_ESCALATE);
        }
        assertThat(fixtures.notificationsTitled(EMPLOYEE, "Reminder: please acknowledge " + c.title()))
                .hasSize(timings.changeRounds());

        assertThat(fixtures.activeActivities(pi)).containsExactly(GoalChangeProcess.TASK_HR_FOLLOW_UP);
        assertThat(fixtures.hasTimer(pi, GoalChangeProcess.TIMER_REMIND)).isFalse();
        Task followUp = taskService.createTaskQuery().processInstanceId(pi).singleResult();
        assertThat(followUp.getName()).isEqualTo("HR: follow up the missing acknowledgements");
        assertThat(fixtures.candidateGroups(followUp.getId())).containsExactly("HR");

        signedIn.as(HR);
        acknowledgements.close(campaign);
        signedIn.nobody();
        assertThat(fixtures.isRunning(pi)).isFalse();
        assertThat(fixtures.endEvents(pi)).contains(GoalChangeProcess.END_CLOSED)
                .doesNotContain(GoalChangeProcess.END_CLOSED_AFTER_FOLLOW_UP);
        assertThat(campaigns.campaign(campaign).closedAt()).isNotNull();
    }

    @Test
    void hrClosingTheAcknowledgementsEndsTheProcess() {
        String pi = changeDepartmentTarget(25);
        long campaign = campaignOf(pi);
        acknowledgeAs(EMPLOYEE, campaign);

        signedIn.as(HR);
        acknowledgements.close(campaign);
        signedIn.nobody();

        assertThat(fixtures.isRunning(pi)).isFalse();
        assertThat(fixtures.endEvents(pi)).containsExactly(GoalChangeProcess.END_CLOSED);
        assertThat(changesFor(MANAGER)).noneMatch(n -> n.goalId() == department.id());
    }

    @Test
    void whenTheOnlyOwnerBelowIsWhoChangedItNobodyIsAskedAndTheProcessEndsAtOnce() {
        GoalDetails teamGoal = fixtures.activeUnit(MANAGER, fixtures.unitOf(MANAGER), unique("Only mine below"), null);
        signedIn.as(MANAGER);
        goals.create(GoalFixtures.quarterDraft(fixtures.personId(MANAGER), unique("My own part"),
                teamGoal.id()));
        signedIn.nobody();

        fixtures.update(MANAGER, teamGoal.id(), g -> GoalFixtures.withTarget(g, 30, "Bigger"));
        String pi = startedPropagation(teamGoal.id());

        assertThat(fixtures.isRunning(pi)).isFalse();
        assertThat(fixtures.endEvents(pi)).containsExactly(GoalChangeProcess.END_NOBODY);
        assertThat(fixtures.variable(pi, GoalChangeProcess.NOBODY_BELOW.name())).isEqualTo(true);
        assertThat(fixtures.variable(pi, GoalChangeProcess.CAMPAIGN_ID.name())).isNull();
        assertThat(changesFor(MANAGER)).noneMatch(n -> n.goalId() == teamGoal.id());
    }

    @Test
    void whoHasNotAcknowledgedIsRemindedThenTheirManagersAreToldAndSoOnUntilTheyHave() {
        String pi = changeDepartmentTarget(15);
        long campaign = campaignOf(pi);
        CampaignSummary c = campaigns.campaign(campaign);
        acknowledgeAs(MANAGER, campaign);

        fixtures.fireTimer(pi, GoalChangeProcess.TIMER_REMIND);
        assertThat(fixtures.notificationsTitled(EMPLOYEE, "Reminder: please acknowledge " + c.title()))
                .singleElement().extracting(n -> n.kind()).isEqualTo(NotificationKind.REMINDER);
        assertThat(fixtures.notificationsTitled(MANAGER, "Reminder: please acknowledge " + c.title())).isEmpty();
        assertThat(fixtures.activeActivities(pi)).containsExactly(GoalChangeProcess.TIMER_ESCALATE);

        fixtures.fireTimer(pi, GoalChangeProcess.TIMER_ESCALATE);
        assertThat(fixtures.notificationsTitled(MANAGER, "1 person you answer for has not acknowledged " + c.title()))
                .singleElement().extracting(n -> n.kind()).isEqualTo(NotificationKind.ESCALATION);
        // and round again, until everyone has acknowledged
        assertThat(fixtures.activeActivities(pi)).containsExactly(GoalChangeProcess.TIMER_REMIND);

        acknowledgeAs(EMPLOYEE, campaign);
        assertThat(fixtures.isRunning(pi)).isFalse();
        assertThat(fixtures.endEvents(pi)).containsExactlyInAnyOrder(GoalChangeProcess.END_ROUND,
                GoalChangeProcess.END_ALL_ACKNOWLEDGED);
    }
}
