package org.ladder.support;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.ladder.charter.CharterService;
import org.ladder.goals.GoalApprovals;
import org.ladder.goals.GoalDetails;
import org.ladder.goals.GoalDraft;
import org.ladder.goals.GoalPlanning;
import org.ladder.goals.GoalQueries;
import org.ladder.goals.KeyResultDraft;
import org.ladder.goals.KeyResultType;
import org.ladder.goals.Visibility;
import org.ladder.goals.workflow.GoalApprovalProcess;
import org.ladder.goals.workflow.OrphanGoalProcess;
import org.ladder.notifications.NotificationItem;
import org.ladder.notifications.NotificationService;
import org.ladder.people.PeopleService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The one goal scenario helper of the tests: builds goal cascades the way people do, through the use-case services
 * and as the demo people who would (a published charter with the pillars "Customers" and "People", company goals
 * by the CEO, goals of the manager's team "Core Services", personal goals of {@code employee}), and drives the goal
 * processes (open tasks, timers and asynchronous steps run by hand: the job executor is off in tests). Drafts come
 * from {@link GoalDraftBuilder} (valid defaults); titles made with {@link #unique} never clash with other tests'
 * data in the shared database.
 * <p>
 * Two families of period, kept as the tests were written against them: the fixed year {@link #START}–{@link #END}
 * ({@link #company}, {@link #unit}, {@link #personal}, {@link #activeCompanyGoal}, {@link #activeTeamGoal}: they
 * leave the maker signed in), this year ({@link #companyGoal}, {@link #teamGoal}, {@link #personalDraft(String,
 * String, Long, Visibility)}, …) and "this quarter", from yesterday on ({@link #quarterDraft},
 * {@link #submittedPersonal}, {@link #activePersonal}, {@link #activeUnit}); every method of the latter two signs out
 * again.
 */
@Component
public class GoalFixtures {

    public static final String PILLAR = GoalDraftBuilder.PILLAR;
    public static final LocalDate START = LocalDate.of(2026, 1, 1);
    public static final LocalDate END = LocalDate.of(2026, 12, 31);

    public static final String EMPLOYEE = "employee";
    public static final String MANAGER = "manager";
    public static final String HR = "hr";

    private final GoalPlanning goals;
    private final GoalApprovals approvals;
    private final GoalQueries queries;
    private final CharterService charter;
    private final CharterFixtures charters;
    private final PeopleService people;
    private final SignedIn signedIn;
    private final TaskService tasks;
    private final ManagementService management;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final NotificationService notifications;
    private final JdbcTemplate jdbc;
    private final ProcessJobs jobs;

    GoalFixtures(GoalPlanning goals, GoalApprovals approvals, GoalQueries queries, CharterService charter,
            CharterFixtures charters, PeopleService people, SignedIn signedIn, TaskService tasks,
            ManagementService management, RuntimeService runtime, HistoryService history,
            NotificationService notifications, JdbcTemplate jdbc, ProcessJobs jobs) {
        this.jobs = jobs;
        this.goals = goals;
        this.approvals = approvals;
        this.queries = queries;
        this.charter = charter;
        this.charters = charters;
        this.people = people;
        this.signedIn = signedIn;
        this.tasks = tasks;
        this.management = management;
        this.runtime = runtime;
        this.history = history;
        this.notifications = notifications;
        this.jdbc = jdbc;
    }

    // --- drafts (static: no database) ---------------------------------------------------------------------------

    /** {@code title} with a run id, since the database is shared. */
    public static String unique(String title) {
        return title + " " + Long.toString(System.nanoTime(), 36);
    }

    public static KeyResultDraft numeric(String name, double baseline, double target, double current, int weight) {
        return new KeyResultDraft(null, name, KeyResultType.NUMERIC, BigDecimal.valueOf(baseline),
                BigDecimal.valueOf(target), BigDecimal.valueOf(current), "items", weight);
    }

    /** A numeric key result from 0 to {@code target}, weighted 100. */
    public static KeyResultDraft keyResult(String name, int target) {
        return GoalDraftBuilder.keyResult(name, target);
    }

    /** The one key result of the UI tests' goals: 0 of 100 tickets closed. */
    public static List<KeyResultDraft> oneKeyResult() {
        return List.of(new KeyResultDraft(null, "Tickets closed", KeyResultType.NUMERIC, BigDecimal.ZERO,
                BigDecimal.valueOf(100), BigDecimal.ZERO, "tickets", 100));
    }

    public static GoalDraft company(String title, KeyResultDraft... krs) {
        return GoalDraftBuilder.company(title).description("Why it matters").period(START, END).keyResults(krs)
                .build();
    }

    public static GoalDraft unit(String title, long unitId, Long parentId, KeyResultDraft... krs) {
        return GoalDraftBuilder.unit(unitId, title).under(parentId).period(START, END).keyResults(krs).build();
    }

    public static GoalDraft personal(String title, long personId, Long parentId, KeyResultDraft... krs) {
        return GoalDraftBuilder.personal(personId, title).under(parentId).period(START, END).keyResults(krs).build();
    }

    /** A personal draft for this quarter (from yesterday on), with one key result. */
    public static GoalDraft quarterDraft(long ownerId, String title, Long parentId) {
        return GoalDraftBuilder.personal(ownerId, title).description("What I will do this quarter.").under(parentId)
                .period(LocalDate.now().minusDays(1), LocalDate.now().plusDays(90))
                .keyResults(keyResult("Releases shipped", 4)).build();
    }

    private static GoalDraft quarterUnitDraft(long unitId, String title, Long parentId) {
        return GoalDraftBuilder.unit(unitId, title).description("What the unit will do this quarter.").under(parentId)
                .period(LocalDate.now().minusDays(1), LocalDate.now().plusDays(90))
                .keyResults(keyResult("Services migrated", 10)).build();
    }

    /** The draft with its one key result's target changed. */
    public static GoalDraft withTarget(GoalDetails goal, int target, String reason) {
        GoalDraft d = goal.toDraft(reason);
        KeyResultDraft kr = d.keyResults().get(0);
        return d.withKeyResults(List.of(new KeyResultDraft(kr.id(), kr.name(), kr.type(), kr.baseline(),
                BigDecimal.valueOf(target), kr.current(), kr.unit(), kr.weight())));
    }

    /** The draft with another description. */
    public static GoalDraft withDescription(GoalDetails goal, String description, String reason) {
        return goal.toDraft(reason).withDescription(description);
    }

    /** The draft aligned to another parent. */
    public static GoalDraft withParent(GoalDetails goal, Long parentId, String reason) {
        return goal.toDraft(reason).withParent(parentId);
    }

    private static LocalDate startOfYear() {
        return LocalDate.of(LocalDate.now().getYear(), 1, 1);
    }

    private static LocalDate endOfYear() {
        return LocalDate.of(LocalDate.now().getYear(), 12, 31);
    }

    // --- people -------------------------------------------------------------------------------------------------

    public long personId(String username) {
        return people.findByUsername(username).orElseThrow().id();
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

    /** Someone who reports to the CEO (who has no manager of her own). */
    public String reportOfTheCeo() {
        return jdbc.queryForObject("select p.username from person p join person c on c.id = p.manager_id"
                + " where c.username = 'ceo' and p.active = true order by p.username limit 1", String.class);
    }

    public long unitOf(String username) {
        return jdbc.queryForObject("select unit_id from person where username = ?", Long.class, username);
    }

    public long parentUnitOf(long unitId) {
        return jdbc.queryForObject("select parent_id from org_unit where id = ?", Long.class, unitId);
    }

    /** The manager's team, "Core Services", which {@code manager} heads. */
    public long teamUnitId() {
        return people.findByUsername(MANAGER).orElseThrow().unitId();
    }

    // --- charter ------------------------------------------------------------------------------------------------

    /** Makes sure a charter with the fixture pillars is published. */
    public void charterPublished() {
        signedIn.as("ceo");
        if (charter.current().filter(c -> c.pillars().stream().anyMatch(p -> p.name().equals(PILLAR))).isEmpty()) {
            charters.publish("We help every team see how its work matters.");
        }
    }

    /** The first pillar of the current charter (publishing one when there is none). */
    public String pillar() {
        return as("ceo", () -> {
            List<String> pillars = queries.pillars();
            if (pillars.isEmpty()) {
                charters.publish("Goals need a mission " + System.nanoTime());
                signedIn.as("ceo");
                pillars = queries.pillars();
            }
            return pillars.get(0);
        });
    }

    // --- goals: the fixed year, the maker stays signed in -------------------------------------------------------

    /** An active company goal, as the CEO. */
    public GoalDetails activeCompanyGoal(String title, KeyResultDraft... krs) {
        charterPublished();
        signedIn.as("ceo");
        return createdAndActivated(company(title, krs));
    }

    /** An active goal of the manager's team (Core Services), as the manager. */
    public GoalDetails activeTeamGoal(String title, Long parentId, KeyResultDraft... krs) {
        signedIn.as(MANAGER);
        return createdAndActivated(unit(title, teamUnitId(), parentId, krs));
    }

    // --- goals: this year, signed out again ---------------------------------------------------------------------

    /** An active company goal serving the current charter's first pillar. */
    public GoalDetails companyGoal(String title) {
        String pillar = pillar();
        return as("ceo", () -> createdAndActivated(GoalDraftBuilder.company(title)
                .description("Company goal for a UI test").pillar(pillar).period(startOfYear(), endOfYear())
                .keyResults(oneKeyResult().get(0)).build()));
    }

    /** An active goal of Core Services, made by its head; {@code parentId} may be null (an orphan). */
    public GoalDetails teamGoal(String title, Long parentId, LocalDate from, LocalDate to) {
        long unit = teamUnitId();
        return as(MANAGER, () -> createdAndActivated(GoalDraftBuilder.unit(unit, title).under(parentId)
                .period(from, to).keyResults(oneKeyResult().get(0)).build()));
    }

    public GoalDetails teamGoal(String title, Long parentId) {
        return teamGoal(title, parentId, startOfYear(), endOfYear());
    }

    /** A personal draft of {@code username}. */
    public GoalDetails personalDraft(String username, String title, Long parentId, Visibility visibility) {
        long me = personId(username);
        return as(username, () -> goals.create(GoalDraftBuilder.personal(me, title).description("Mine")
                .under(parentId).period(startOfYear(), endOfYear()).visibility(visibility)
                .keyResults(oneKeyResult().get(0)).build()));
    }

    /** A personal goal of {@code username}, submitted (and so waiting for the manager, or active without one). */
    public GoalDetails personalSubmitted(String username, String title, Long parentId) {
        return personalSubmitted(username, title, parentId, Visibility.PUBLIC);
    }

    public GoalDetails personalSubmitted(String username, String title, Long parentId, Visibility visibility) {
        GoalDetails d = personalDraft(username, title, parentId, visibility);
        return as(username, () -> goals.submit(d.id(), d.version()));
    }

    /**
     * A personal goal of {@code employee} below {@code parentId}, submitted and approved by {@code manager}, with
     * the steps after the approval run.
     */
    public GoalDetails personalActive(String title, Long parentId) {
        GoalDetails d = personalSubmitted(EMPLOYEE, title, parentId);
        String key = GoalApprovalProcess.businessKey(d.id());
        runJobs(key);
        run(MANAGER, () -> approvals.approve(approvalTask(d.id()).getId(), "Fine."));
        runJobs(key);
        return goalAs(EMPLOYEE, d.id());
    }

    // --- goals: this quarter, signed out again ------------------------------------------------------------------

    /** {@code username} drafts a personal goal (aligned to {@code parentId}, or an orphan) and submits it. */
    public GoalDetails submittedPersonalOf(String username, String title, Long parentId) {
        return as(username, () -> {
            GoalDetails draft = goals.create(quarterDraft(personId(username), title, parentId));
            return goals.submit(draft.id(), draft.version());
        });
    }

    /** {@code employee} drafts a personal goal (aligned to {@code parentId}, or an orphan) and submits it. */
    public GoalDetails submittedPersonal(String title, Long parentId) {
        return submittedPersonalOf(EMPLOYEE, title, parentId);
    }

    /** Submitted by {@code employee} and approved by {@code manager}: active (the jobs after it not run). */
    public GoalDetails activePersonal(String title, Long parentId) {
        GoalDetails g = submittedPersonal(title, parentId);
        run(MANAGER, () -> approvals.approve(approvalTask(g.id()).getId(), "Good goal."));
        return goalAs(EMPLOYEE, g.id());
    }

    /** A unit goal created and activated by {@code username} (a head of the unit or above, or HR). */
    public GoalDetails activeUnit(String username, long unitId, String title, Long parentId) {
        return as(username, () -> createdAndActivated(quarterUnitDraft(unitId, title, parentId)));
    }

    // --- any goal -----------------------------------------------------------------------------------------------

    /** The goal as {@code username} sees it. */
    public GoalDetails goalAs(String username, long goalId) {
        return as(username, () -> queries.goal(goalId));
    }

    /** Saves a change as {@code username}, from the goal as it is now. */
    public GoalDetails update(String username, long goalId, Function<GoalDetails, GoalDraft> change) {
        return as(username, () -> {
            GoalDetails now = queries.goal(goalId);
            return goals.update(goalId, now.version(), change.apply(now));
        });
    }

    /** Makes an orphan look as if it had been one for {@code days} days. */
    public void orphanSinceDaysAgo(long goalId, int days) {
        jdbc.update("update goal set orphan_since = ? where id = ?",
                java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(days))), goalId);
    }

    public GoalPlanning service() {
        return goals;
    }

    public GoalApprovals approvals() {
        return approvals;
    }

    public SignedIn signedIn() {
        return signedIn;
    }

    private GoalDetails createdAndActivated(GoalDraft draft) {
        GoalDetails d = goals.create(draft);
        return goals.activate(d.id(), d.version());
    }

    /** {@code work} as {@code username}, signed out afterwards. */
    private <T> T as(String username, Supplier<T> work) {
        signedIn.as(username);
        try {
            return work.get();
        } finally {
            signedIn.nobody();
        }
    }

    private void run(String username, Runnable work) {
        as(username, () -> {
            work.run();
            return null;
        });
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
        jobs.fireTimer(processInstanceId, activityId);
    }

    public boolean hasTimer(String processInstanceId, String activityId) {
        return jobs.hasTimer(processInstanceId, activityId);
    }

    /** Runs the instance's waiting asynchronous continuations (not timers), as the job executor would. */
    public void runAsyncJobs(String processInstanceId) {
        jobs.runAsyncJobs(processInstanceId);
    }

    /** Runs the waiting asynchronous continuations (not timers) of the instances with this business key. */
    public void runJobs(String businessKey) {
        jobs.runJobs(businessKey);
    }

    /** Runs the orphan sweep now, as its morning timer would. */
    public void runOrphanSweep() {
        signedIn.nobody();
        Job timer = management.createJobQuery().processDefinitionKey(OrphanGoalProcess.SWEEP_KEY).timers()
                .activityId(OrphanGoalProcess.TIMER_SWEEP).singleResult();
        Objects.requireNonNull(timer, "The orphan sweep's timer is not scheduled");
        management.executeJob(timer.getId());
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
        return as(username, () -> notifications.mine(0, 200).stream().filter(n -> link.equals(n.link())).toList());
    }

    public List<NotificationItem> notificationsTitled(String username, String titlePart) {
        return as(username, () -> notifications.mine(0, 200).stream().filter(n -> n.title().contains(titlePart))
                .toList());
    }
}
