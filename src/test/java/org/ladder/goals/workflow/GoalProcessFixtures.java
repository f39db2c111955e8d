package org.ladder.goals.workflow;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.ladder.goals.GoalDetails;
import org.ladder.goals.GoalDraft;
import org.ladder.goals.GoalLevel;
import org.ladder.goals.GoalQueries;
import org.ladder.goals.GoalApprovals;
import org.ladder.goals.GoalPlanning;
import org.ladder.goals.KeyResultDraft;
import org.ladder.goals.KeyResultType;
import org.ladder.goals.Visibility;
import org.ladder.notifications.NotificationItem;
import org.ladder.notifications.NotificationService;
import org.ladder.support.SignedIn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Drives the goal processes the way people do, for the process tests: the demo people draft, submit, approve and
 * activate goals through {@link GoalPlanning}; timers and asynchronous steps are run by hand (the job executor is off
 * in tests). Every goal gets a unique title, so tests never depend on each other's data.
 */
@Component
public class GoalProcessFixtures {

    public static final String EMPLOYEE = "employee";
    public static final String MANAGER = "manager";
    public static final String HR = "hr";

    private final GoalPlanning goals;
    private final GoalApprovals approvals;
    private final GoalQueries queries;
    private final SignedIn signedIn;
    private final TaskService tasks;
    private final ManagementService management;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final NotificationService notifications;
    private final JdbcTemplate jdbc;

    GoalProcessFixtures(GoalPlanning goals, GoalApprovals approvals, GoalQueries queries, SignedIn signedIn, TaskService tasks,
            ManagementService management, RuntimeService runtime, HistoryService history,
            NotificationService notifications, JdbcTemplate jdbc) {
        this.goals = goals;
        this.approvals = approvals;
        this.queries = queries;
        this.signedIn = signedIn;
        this.tasks = tasks;
        this.management = management;
        this.runtime = runtime;
        this.history = history;
        this.notifications = notifications;
        this.jdbc = jdbc;
    }

    // --- people -------------------------------------------------------------------------------------------------

    public long personId(String username) {
        return jdbc.queryForObject("select id from person where username = ?", Long.class, username);
    }

    public String usernameOf(long personId) {
        return jdbc.queryForObject("select username from person where id = ?", String.class, personId);
    }

    /** The person's own manager (e.g. the manager of {@code manager}: a department head). */
    public String managerOf(String username) {
        return jdbc.queryForObject("select m.username from person p join person m on m.id = p.manager_id"
                + " where p.username = ?", String.class, username);
    }

    /** Another active report of the person's manager, without the HR role (so they see only public goals of theirs). */
    public String colleagueOf(String username) {
        return jdbc.queryForObject("select p.username from person p where p.manager_id = (select manager_id from person"
                + " where username = ?) and p.username <> ? and p.active = true and not exists (select 1 from"
                + " person_role r where r.person_id = p.id and r.role = 'HR') order by p.username limit 1",
                String.class, username, username);
    }

    public long unitOf(String username) {
        return jdbc.queryForObject("select unit_id from person where username = ?", Long.class, username);
    }

    public long parentUnitOf(long unitId) {
        return jdbc.queryForObject("select parent_id from org_unit where id = ?", Long.class, unitId);
    }

    // --- goals --------------------------------------------------------------------------------------------------

    public static String unique(String title) {
        return title + " " + Long.toString(System.nanoTime(), 36);
    }

    public static KeyResultDraft keyResult(String name, int target) {
        return new KeyResultDraft(null, name, KeyResultType.NUMERIC, BigDecimal.ZERO, BigDecimal.valueOf(target),
                BigDecimal.ZERO, null, 100);
    }

    public static GoalDraft personalDraft(long ownerId, String title, Long parentId) {
        return new GoalDraft(GoalLevel.PERSONAL, title, "What I will do this quarter.", null, ownerId, parentId,
                List.of(), null, LocalDate.now().minusDays(1), LocalDate.now().plusDays(90), Visibility.PUBLIC,
                List.of(keyResult("Releases shipped", 4)), null);
    }

    public static GoalDraft unitDraft(long unitId, String title, Long parentId) {
        return new GoalDraft(GoalLevel.UNIT, title, "What the unit will do this quarter.", unitId, null, parentId,
                List.of(), null, LocalDate.now().minusDays(1), LocalDate.now().plusDays(90), Visibility.PUBLIC,
                List.of(keyResult("Services migrated", 10)), null);
    }

    /** The draft with its one key result's target changed. */
    public static GoalDraft withTarget(GoalDetails goal, int target, String reason) {
        GoalDraft d = goal.toDraft(reason);
        KeyResultDraft kr = d.keyResults().get(0);
        return new GoalDraft(d.level(), d.title(), d.description(), d.ownerUnitId(), d.ownerPersonId(), d.parentId(),
                d.contributesTo(), d.pillar(), d.periodStart(), d.periodEnd(), d.visibility(),
                List.of(new KeyResultDraft(kr.id(), kr.name(), kr.type(), kr.baseline(), BigDecimal.valueOf(target),
                        kr.current(), kr.unit(), kr.weight())),
                reason);
    }

    /** The draft with another description. */
    public static GoalDraft withDescription(GoalDetails goal, String description, String reason) {
        GoalDraft d = goal.toDraft(reason);
        return new GoalDraft(d.level(), d.title(), description, d.ownerUnitId(), d.ownerPersonId(), d.parentId(),
                d.contributesTo(), d.pillar(), d.periodStart(), d.periodEnd(), d.visibility(), d.keyResults(), reason);
    }

    /** The draft aligned to another parent. */
    public static GoalDraft withParent(GoalDetails goal, Long parentId, String reason) {
        GoalDraft d = goal.toDraft(reason);
        return new GoalDraft(d.level(), d.title(), d.description(), d.ownerUnitId(), d.ownerPersonId(), parentId,
                d.contributesTo(), d.pillar(), d.periodStart(), d.periodEnd(), d.visibility(), d.keyResults(), reason);
    }

    public GoalDetails goalAs(String username, long goalId) {
        signedIn.as(username);
        try {
            return queries.goal(goalId);
        } finally {
            signedIn.nobody();
        }
    }

    /** Someone who reports to the CEO (who has no manager of her own). */
    public String reportOfTheCeo() {
        return jdbc.queryForObject("select p.username from person p join person c on c.id = p.manager_id"
                + " where c.username = 'ceo' and p.active = true order by p.username limit 1", String.class);
    }

    /** {@code username} drafts a personal goal (aligned to {@code parentId}, or an orphan) and submits it. */
    public GoalDetails submittedPersonalOf(String username, String title, Long parentId) {
        signedIn.as(username);
        try {
            GoalDetails draft = goals.create(personalDraft(personId(username), title, parentId));
            return goals.submit(draft.id(), draft.version());
        } finally {
            signedIn.nobody();
        }
    }

    /** {@code employee} drafts a personal goal (aligned to {@code parentId}, or an orphan) and submits it. */
    public GoalDetails submittedPersonal(String title, Long parentId) {
        signedIn.as(EMPLOYEE);
        try {
            GoalDetails draft = goals.create(personalDraft(personId(EMPLOYEE), title, parentId));
            return goals.submit(draft.id(), draft.version());
        } finally {
            signedIn.nobody();
        }
    }

    /** Submitted by {@code employee} and approved by {@code manager}: active. */
    public GoalDetails activePersonal(String title, Long parentId) {
        GoalDetails g = submittedPersonal(title, parentId);
        signedIn.as(MANAGER);
        try {
            approvals.approve(approvalTask(g.id()).getId(), "Good goal.");
        } finally {
            signedIn.nobody();
        }
        return goalAs(EMPLOYEE, g.id());
    }

    /** A unit goal created and activated by {@code username} (a head of the unit or above, or HR). */
    public GoalDetails activeUnit(String username, long unitId, String title, Long parentId) {
        signedIn.as(username);
        try {
            GoalDetails draft = goals.create(unitDraft(unitId, title, parentId));
            return goals.activate(draft.id(), draft.version());
        } finally {
            signedIn.nobody();
        }
    }

    /** Saves a change as {@code username}, from the goal as it is now. */
    public GoalDetails update(String username, long goalId, java.util.function.Function<GoalDetails, GoalDraft> change) {
        signedIn.as(username);
        try {
            GoalDetails now = queries.goal(goalId);
            return goals.update(goalId, now.version(), change.apply(now));
        } finally {
            signedIn.nobody();
        }
    }

    // --- processes ----------------------------------------------------------------------------------------------

    /** The open approval task of a goal. */
    public Task approvalTask(long goalId) {
        return openTask(GoalApprovalProcess.businessKey(goalId), GoalApprovalProcess.TASK_APPROVE);
    }

    public Task reviseTask(long goalId) {
        return openTask(GoalApprovalProcess.businessKey(goalId), GoalApprovalProcess.TASK_REVISE);
    }

    public Task openTask(String businessKey, String taskKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey)
                .singleResult();
    }

    /** The latest process instance with this business key (running or ended), or null. */
    public String latestInstance(String processKey, String businessKey) {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(businessKey).list().stream()
                .max(Comparator.comparing(HistoricProcessInstance::getStartTime)
                        .thenComparing(HistoricProcessInstance::getId))
                .map(HistoricProcessInstance::getId).orElse(null);
    }

    public long instanceCount(String processKey, String businessKey) {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(businessKey).count();
    }

    public boolean isRunning(String processInstanceId) {
        return runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0;
    }

    /** The end events the instance has reached. */
    public List<String> endEvents(String processInstanceId) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
                .activityType("noneEndEvent").finished().list().stream()
                .map(HistoricActivityInstance::getActivityId).toList();
    }

    public List<String> activeActivities(String processInstanceId) {
        return runtime.getActiveActivityIds(processInstanceId);
    }

    public Object variable(String processInstanceId, String name) {
        var v = history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId).variableName(name)
                .singleResult();
        return v == null ? null : v.getValue();
    }

    /** Fires the instance's timer waiting in {@code activityId}, as if its time had come. */
    public void fireTimer(String processInstanceId, String activityId) {
        signedIn.nobody();
        Job timer = management.createJobQuery().processInstanceId(processInstanceId).timers().activityId(activityId)
                .singleResult();
        Objects.requireNonNull(timer, () -> "No timer waiting in " + activityId);
        management.executeJob(timer.getId());
    }

    public boolean hasTimer(String processInstanceId, String activityId) {
        return management.createJobQuery().processInstanceId(processInstanceId).timers().activityId(activityId)
                .count() > 0;
    }

    /** Runs the instance's waiting asynchronous continuations (not timers), as the job executor would. */
    public void runAsyncJobs(String processInstanceId) {
        signedIn.nobody();
        for (Job job : management.createJobQuery().processInstanceId(processInstanceId).messages().list()) {
            management.executeJob(job.getId());
        }
    }

    /** Runs the orphan sweep now, as its morning timer would. */
    public void runOrphanSweep() {
        signedIn.nobody();
        Job timer = management.createJobQuery().processDefinitionKey(OrphanGoalProcess.SWEEP_KEY).timers()
                .activityId(OrphanGoalProcess.TIMER_SWEEP).singleResult();
        Objects.requireNonNull(timer, "The orphan sweep's timer is not scheduled");
        management.executeJob(timer.getId());
    }

    /** Makes an orphan look as if it had been one for {@code days} days. */
    public void orphanSinceDaysAgo(long goalId, int days) {
        jdbc.update("update goal set orphan_since = ? where id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofDays(days))), goalId);
    }

    public List<String> candidateUsers(String taskId) {
        return tasks.getIdentityLinksForTask(taskId).stream().map(IdentityLink::getUserId).filter(Objects::nonNull)
                .sorted().toList();
    }

    public List<String> candidateGroups(String taskId) {
        return tasks.getIdentityLinksForTask(taskId).stream().map(IdentityLink::getGroupId).filter(Objects::nonNull)
                .sorted().toList();
    }

    // --- notifications ------------------------------------------------------------------------------------------

    /** The person's notifications that link to this route (e.g. {@code task/42}). */
    public List<NotificationItem> notificationsLinkingTo(String username, String link) {
        signedIn.as(username);
        try {
            return notifications.mine(0, 200).stream().filter(n -> link.equals(n.link())).toList();
        } finally {
            signedIn.nobody();
        }
    }

    public List<NotificationItem> notificationsTitled(String username, String titlePart) {
        signedIn.as(username);
        try {
            return notifications.mine(0, 200).stream().filter(n -> n.title().contains(titlePart)).toList();
        } finally {
            signedIn.nobody();
        }
    }
}
