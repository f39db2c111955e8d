package org.ladder.charter.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ladder.charter.CharterService;
import org.ladder.charter.CharterSnapshot;
import org.ladder.charter.CharterStatus;
import org.ladder.charter.ReviewComment;
import org.ladder.notifications.NotificationKind;
import org.ladder.notifications.NotificationService;
import org.ladder.people.PeopleService;
import org.ladder.support.CharterFixtures;
import org.ladder.support.LadderIntegrationTest;
import org.ladder.support.RecordedAckEvents;
import org.ladder.support.SignedIn;
import org.ladder.tasks.AcknowledgementService;
import org.ladder.tasks.AcknowledgementsEscalated;
import org.ladder.tasks.CampaignSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Paths through {@code bpmn/charter-publication.bpmn} on the real engine: approve, return and revise, reminder
 * then escalations (timers fired by hand, no sleeping), everyone acknowledging, HR closing early.
 */
@LadderIntegrationTest
class CharterPublicationProcessTest {

    @Autowired
    CharterFixtures fixtures;
    @Autowired
    CharterService charter;
    @Autowired
    AcknowledgementService acknowledgements;
    @Autowired
    SignedIn signedIn;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    RecordedAckEvents events;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    NotificationService notifications;

    @BeforeEach
    void clearEvents() {
        events.requested.clear();
        events.reminders.clear();
        events.escalations.clear();
    }

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    private List<String> activities(String processInstanceId) {
        return runtime.getActiveActivityIds(processInstanceId);
    }

    private String endActivity(String processInstanceId) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId).activityType("noneEndEvent")
                .list().stream().map(a -> a.getActivityId()).filter(id -> id.startsWith("EndEvent_") && !id.equals("EndEvent_Collect"))
                .findFirst().orElse(null);
    }

    @Test
    void everyOtherLeaderApprovesThenItIsPublishedAndEveryoneButItsAuthorsIsAskedExactlyOnce() {
        long id = fixtures.submit("Approve path " + System.nanoTime());
        String pi = fixtures.processInstanceId(id);
        List<String> approvers = fixtures.approvers();
        assertThat(approvers).hasSize(4).doesNotContain("ceo");
        assertThat(tasks.createTaskQuery().processInstanceId(pi).count()).isEqualTo(4);
        signedIn.as("ceo");
        assertThat(charter.version(id).orElseThrow().status()).isEqualTo(CharterStatus.IN_APPROVAL);

        fixtures.approveAll(id);
        signedIn.as("employee");
        assertThat(charter.current().orElseThrow().id()).isEqualTo(id);
        assertThat(activities(pi)).containsExactly(CharterPublicationProcess.TASK_REQUEST_ACKNOWLEDGEMENTS);

        fixtures.runAsyncJobs(pi);
        assertThat(activities(pi)).containsExactly(CharterPublicationProcess.TIMER_REMIND);
        long campaign = fixtures.campaignOf(id);
        long active = jdbc.queryForObject("select count(*) from person where active = true", Long.class);
        Map<String, Object> counts = jdbc.queryForMap("select count(*) as n, count(distinct person_id) as people"
                + " from ack_request where campaign_id = ?", campaign);
        long authors = 1 + approvers.size(); // the drafter and the approvers have read it: they are not asked
        assertThat(((Number) counts.get("n")).longValue()).isEqualTo(active - authors);
        assertThat(((Number) counts.get("people")).longValue()).isEqualTo(active - authors);
        assertThat(events.requested).singleElement().extracting(e -> e.campaignId()).isEqualTo(campaign);

        signedIn.as("employee");
        assertThat(acknowledgements.myPending()).anySatisfy(p -> assertThat(p.subjectId()).isEqualTo(id));
    }

    @Test
    void aReturnedDraftGoesBackToItsDrafterKeepsTheCommentsAndCanBeResubmitted() {
        long id = fixtures.submit("Return path " + System.nanoTime());
        String pi = fixtures.processInstanceId(id);
        String first = fixtures.approvers().get(0);
        String second = fixtures.approvers().get(1);
        signedIn.as(first);
        charter.approve(fixtures.approvalTaskOf(id, first).getId(), null);
        signedIn.as(second);
        charter.returnDraft(fixtures.approvalTaskOf(id, second).getId(), "Say who our customers are.");

        assertThat(activities(pi)).containsExactly(CharterPublicationProcess.TASK_REVISE);
        Task revise = tasks.createTaskQuery().processInstanceId(pi).singleResult();
        assertThat(revise.getAssignee()).isEqualTo("ceo");
        signedIn.as("ceo");
        CharterSnapshot returned = charter.version(id).orElseThrow();
        assertThat(returned.status()).isEqualTo(CharterStatus.DRAFT);
        assertThat(charter.reviews(id)).extracting(ReviewComment::comment).contains("Say who our customers are.");

        charter.saveDraft(id, CharterFixtures.draft("Serve small businesses better " + id), returned.version());
        charter.resubmit(revise.getId());
        assertThat(activities(pi)).containsOnly(CharterPublicationProcess.TASK_APPROVE);
        assertThat(tasks.createTaskQuery().processInstanceId(pi).count()).isEqualTo(4);
        assertThat(charter.reviews(id)).extracting(ReviewComment::comment).contains("Say who our customers are.");

        fixtures.approveAll(id);
        signedIn.as("ceo");
        assertThat(charter.version(id).orElseThrow().status()).isEqualTo(CharterStatus.PUBLISHED);
    }

    @Test
    void aWithdrawnDraftEndsTheProcessAndStaysADraft() {
        long id = fixtures.submit("Withdraw path " + System.nanoTime());
        String pi = fixtures.processInstanceId(id);
        String approver = fixtures.approvers().get(0);
        signedIn.as(approver);
        charter.returnDraft(fixtures.approvalTaskOf(id, approver).getId(), "Not now.");
        signedIn.as("ceo");
        charter.withdraw(tasks.createTaskQuery().processInstanceId(pi).singleResult().getId());

        assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi).count()).isZero();
        assertThat(endActivity(pi)).isEqualTo(CharterPublicationProcess.END_WITHDRAWN);
        assertThat(charter.version(id).orElseThrow().status()).isEqualTo(CharterStatus.DRAFT);
        // the draft can be submitted again, as a new run of the process
        CharterSnapshot d = charter.draft();
        assertThat(d.id()).isEqualTo(id);
        fixtures.approveAll(charter.submit(id, CharterFixtures.draft("Withdrawn then resubmitted " + id), d.version()).id());
        signedIn.as("ceo");
        assertThat(charter.version(id).orElseThrow().status()).isEqualTo(CharterStatus.PUBLISHED);
    }

    @Test
    void remindersThenEscalationToManagersThenToHrThenHrFollowsUp() {
        long id = fixtures.publish("Timers path " + System.nanoTime());
        String pi = fixtures.processInstanceId(id);
        long campaign = fixtures.campaignOf(id);
        signedIn.as("employee");
        acknowledgements.acknowledge(campaign, null);

        fixtures.fireTimer(pi);
        assertThat(events.reminders).singleElement().satisfies(r -> {
            assertThat(r.campaignId()).isEqualTo(campaign);
            assertThat(r.unitId()).isNull();
        });
        assertThat(activities(pi)).containsExactly(CharterPublicationProcess.TIMER_ESCALATE_MANAGERS);

        fixtures.fireTimer(pi);
        AcknowledgementsEscalated toManagers = events.escalations.get(0);
        assertThat(toManagers.level()).isEqualTo(AcknowledgementsEscalated.Level.MANAGER);
        long managerId = jdbc.queryForObject("select id from person where username = 'manager'", Long.class);
        long managersPending = jdbc.queryForObject("select count(*) from ack_request where campaign_id = ? and"
                + " manager_id = ? and acknowledged_at is null", Long.class, campaign, managerId);
        assertThat(toManagers.pendingByRecipient()).containsEntry(managerId, managersPending);
        assertThat(activities(pi)).containsExactly(CharterPublicationProcess.TIMER_ESCALATE_HR);

        fixtures.fireTimer(pi);
        AcknowledgementsEscalated toHr = events.escalations.get(1);
        assertThat(toHr.level()).isEqualTo(AcknowledgementsEscalated.Level.HR);
        long hrId = jdbc.queryForObject("select id from person where username = 'hr'", Long.class);
        CampaignSummary c = fixtures.campaignSummary(campaign);
        assertThat(toHr.pendingByRecipient()).containsEntry(hrId, (long) c.pending());
        Task followUp = tasks.createTaskQuery().processInstanceId(pi).singleResult();
        assertThat(followUp.getTaskDefinitionKey()).isEqualTo(CharterPublicationProcess.TASK_HR_FOLLOW_UP);
        assertThat(tasks.createTaskQuery().taskId(followUp.getId()).taskCandidateUser("hr").count()).isEqualTo(1);

        signedIn.as("hr");
        acknowledgements.close(campaign);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi).count()).isZero();
        assertThat(endActivity(pi)).isEqualTo(CharterPublicationProcess.END_CLOSED);
    }

    @Test
    void aSilentLeaderIsRemindedThenTheirApprovalIsOfferedToTheOtherApproversButNeverToTheDrafter() {
        long id = fixtures.submit("Silent leader " + System.nanoTime());
        String pi = fixtures.processInstanceId(id);
        List<String> approvers = fixtures.approvers();
        String silent = approvers.get(approvers.size() - 1);
        for (String approver : approvers.subList(0, approvers.size() - 1)) {
            signedIn.as(approver);
            charter.approve(fixtures.approvalTaskOf(id, approver).getId(), null);
        }
        Task late = fixtures.approvalTaskOf(id, silent);

        fixtures.fireTimer(pi, CharterPublicationProcess.TIMER_REMIND_APPROVERS);
        signedIn.as(silent);
        assertThat(notifications.mine(0, 50)).anySatisfy(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.REMINDER);
            assertThat(n.link()).isEqualTo("task/" + late.getId());
        });
        assertThat(tasks.createTaskQuery().taskId(late.getId()).singleResult().getAssignee()).isEqualTo(silent);

        fixtures.fireTimer(pi, CharterPublicationProcess.TIMER_ESCALATE_APPROVAL);
        assertThat(tasks.getIdentityLinksForTask(late.getId())).filteredOn(l -> "candidate".equals(l.getType()))
                .extracting(l -> l.getUserId()).containsExactlyInAnyOrderElementsOf(approvers)
                .doesNotContain(CharterFixtures.DRAFTER);
        signedIn.as(approvers.get(0));
        assertThat(notifications.mine(0, 50)).anySatisfy(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.ESCALATION);
            assertThat(n.link()).isEqualTo("task/" + late.getId());
        });

        // one of the others decides in the silent leader's place, and the version is published
        charter.approve(late.getId(), "For our colleague, who is away.");
        fixtures.runPublication(id);
        signedIn.as("ceo");
        assertThat(charter.version(id).orElseThrow().status()).isEqualTo(CharterStatus.PUBLISHED);
    }

    @Test
    void hrCanCloseEarly() {
        long id = fixtures.publish("Close early " + System.nanoTime());
        String pi = fixtures.processInstanceId(id);
        long campaign = fixtures.campaignOf(id);
        signedIn.as("hr");
        acknowledgements.close(campaign);

        assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi).count()).isZero();
        assertThat(endActivity(pi)).isEqualTo(CharterPublicationProcess.END_CLOSED);
        assertThat(fixtures.campaignSummary(campaign).closedAt()).isNotNull();
        signedIn.as("employee");
        assertThat(acknowledgements.myPending()).noneSatisfy(p -> assertThat(p.campaignId()).isEqualTo(campaign));
    }

    @Test
    void whenEveryoneHasAcknowledgedTheProcessEnds() {
        long id = fixtures.publish("Everyone path " + System.nanoTime());
        String pi = fixtures.processInstanceId(id);
        long campaign = fixtures.campaignOf(id);
        for (String username : fixtures.pendingUsernames(campaign)) {
            signedIn.as(username);
            acknowledgements.acknowledge(campaign, null);
        }
        assertThat(fixtures.campaignSummary(campaign).completedAt()).isNotNull();
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi).count()).isZero();
        assertThat(endActivity(pi)).isEqualTo(CharterPublicationProcess.END_ALL_ACKNOWLEDGED);
    }
}
