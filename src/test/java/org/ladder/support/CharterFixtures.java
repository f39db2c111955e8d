package org.ladder.support;

import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.ladder.base.security.Role;
import org.ladder.charter.CharterDraft;
import org.ladder.charter.CharterService;
import org.ladder.charter.CharterSnapshot;
import org.ladder.charter.workflow.CharterPublicationProcess;
import org.ladder.people.PeopleService;
import org.ladder.tasks.AcknowledgementCampaigns;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Drives the charter publication the way leadership does, for tests: draft, submit, approve, publish. */
@Component
public class CharterFixtures {

    public static final String DRAFTER = "ceo";

    private final CharterService charter;
    private final SignedIn signedIn;
    private final TaskService tasks;
    private final ManagementService management;
    private final PeopleService people;
    private final AcknowledgementCampaigns campaigns;
    private final JdbcTemplate jdbc;
    private final HistoryService history;
    private final ProcessJobs jobs;

    CharterFixtures(CharterService charter, SignedIn signedIn, TaskService tasks, ManagementService management,
            PeopleService people, AcknowledgementCampaigns campaigns, JdbcTemplate jdbc, HistoryService history,
            ProcessJobs jobs) {
        this.jobs = jobs;
        this.history = history;
        this.charter = charter;
        this.signedIn = signedIn;
        this.tasks = tasks;
        this.management = management;
        this.people = people;
        this.campaigns = campaigns;
        this.jdbc = jdbc;
    }

    /** A complete draft with this mission. */
    public static CharterDraft draft(String mission) {
        return new CharterDraft(mission, "Every person sees how their work moves us forward.",
                List.of(new CharterSnapshot.Value("Candour", "We say what we see, kindly."),
                        new CharterSnapshot.Value("Ownership", "We finish what we start.")),
                List.of(new CharterDraft.PillarInput("Customers", "Win and keep customers who love us.", null),
                        new CharterDraft.PillarInput("People", "Grow the people who grow the company.", null)),
                "Test: " + mission);
    }

    /** The CEO drafts and submits a version with this mission; returns its id. */
    public long submit(String mission) {
        signedIn.as(DRAFTER);
        CharterSnapshot d = charter.draft();
        return charter.submit(d.id(), draft(mission), d.version()).id();
    }

    public List<String> approvers() {
        return people.activeUsernamesWithRole(Role.LEADERSHIP).stream().filter(u -> !u.equals(DRAFTER)).toList();
    }

    public Task approvalTaskOf(long versionId, String approver) {
        return tasks.createTaskQuery().processInstanceBusinessKey(CharterPublicationProcess.businessKey(versionId))
                .taskDefinitionKey(CharterPublicationProcess.TASK_APPROVE).taskAssignee(approver).singleResult();
    }

    /** Every approver approves. */
    public void approveAll(long versionId) {
        for (String approver : approvers()) {
            signedIn.as(approver);
            charter.approve(approvalTaskOf(versionId, approver).getId(), "Looks right.");
        }
        signedIn.nobody();
        runPublication(versionId);
    }

    /** The approvers who have not decided yet approve. */
    public void approveAllRemaining(long versionId) {
        for (String approver : approvers()) {
            Task task = approvalTaskOf(versionId, approver);
            if (task != null) {
                signedIn.as(approver);
                charter.approve(task.getId(), "Fine.");
            }
        }
        signedIn.nobody();
        runPublication(versionId);
    }

    /** Runs the publication step that the last approval left to the job executor (if it is waiting). */
    public void runPublication(long versionId) {
        signedIn.nobody();
        for (var pi : history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(CharterPublicationProcess.businessKey(versionId)).unfinished().list()) {
            for (Job job : management.createJobQuery().processInstanceId(pi.getId()).messages()
                    .activityId(CharterPublicationProcess.TASK_PUBLISH).list()) {
                management.executeJob(job.getId());
            }
        }
    }

    /** Runs the process's waiting asynchronous continuations (not timers), as the job executor would. */
    public void runAsyncJobs(String processInstanceId) {
        jobs.runAsyncJobs(processInstanceId);
    }

    /** Fires the process's one due-or-not timer. */
    public void fireTimer(String processInstanceId) {
        jobs.fireTimer(processInstanceId);
    }

    /** Fires the process's timer waiting in {@code activityId}. */
    public void fireTimer(String processInstanceId, String activityId) {
        jobs.fireTimer(processInstanceId, activityId);
    }

    /** Submitted, approved by all, published, acknowledgements asked: returns the version id. */
    public long publish(String mission) {
        long id = submit(mission);
        approveAll(id);
        runAsyncJobs(processInstanceId(id));
        return id;
    }

    public String processInstanceId(long versionId) {
        return history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(CharterPublicationProcess.businessKey(versionId)).singleResult().getId();
    }

    public long campaignOf(long versionId) {
        return campaigns.campaign(jdbc.queryForObject(
                "select id from ack_campaign where subject_type = 'charter' and subject_id = ?", Long.class, versionId))
                .id();
    }

    public int numberOf(long versionId) {
        return jdbc.queryForObject("select number from charter_version where id = ?", Integer.class, versionId);
    }

    public org.ladder.tasks.CampaignSummary campaignSummary(long campaignId) {
        return campaigns.campaign(campaignId);
    }

    /** Usernames of the people who still have to acknowledge. */
    public List<String> pendingUsernames(long campaignId) {
        return jdbc.queryForList("select p.username from ack_request r join person p on p.id = r.person_id"
                + " where r.campaign_id = ? and r.acknowledged_at is null order by p.username", String.class, campaignId);
    }

    /** How many people were asked in exactly this unit (null: people without a unit). */
    public int requestsInUnit(long campaignId, Long unitId) {
        return unitId == null
                ? jdbc.queryForObject("select count(*) from ack_request where campaign_id = ? and unit_id is null",
                        Integer.class, campaignId)
                : jdbc.queryForObject("select count(*) from ack_request where campaign_id = ? and unit_id = ?",
                        Integer.class, campaignId, unitId);
    }

    /** How many reminders were sent in the campaign. */
    public int reminders(long campaignId) {
        return jdbc.queryForObject("select count(*) from ack_reminder where campaign_id = ?", Integer.class, campaignId);
    }
}
