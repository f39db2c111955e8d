package org.ladder.support;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.ladder.cycles.CycleLaunches;
import org.ladder.cycles.CycleScope;
import org.ladder.cycles.LaunchRequest;
import org.ladder.cycles.LaunchedCycle;
import org.ladder.cycles.PhaseDeadlines;
import org.ladder.cycles.workflow.AlignmentCycleProcess;
import org.ladder.cycles.workflow.UnitCascadeProcess;
import org.ladder.goals.GoalApprovals;
import org.ladder.goals.GoalDetails;
import org.ladder.goals.GoalPlanning;
import org.ladder.goals.workflow.GoalApprovalProcess;
import org.ladder.people.OrgImportService;
import org.ladder.people.domain.OrgUnitRepository;
import org.ladder.people.domain.PersonRepository;
import org.springframework.stereotype.Component;

/**
 * Scenarios for the alignment cycle (for the cycle's own tests and the wizard's, the cycle page's and onboarding's):
 * an organisation of its own under the demo company, so no demo person gets cycle tasks —
 * <pre>
 * Region r (head Zoe, no manager; outside the cycle's scope, so the demo's own reporting lines stay as they are)
 * Dept r (head Ana, reports to Zoe)
 *   Team r (head Ben, reports to Ana): Cara, Dan (report to Ben)
 *   Squad r (head Eve, reports to Ana): Finn (reports to Eve)
 * </pre>
 * — a valid launch request for it, the launch as HR, the cycle's jobs run by hand (timers fired only when asked),
 * and the people's steps: leadership confirms the charter, a head sets a unit goal, a person gets a goal approved.
 */
@Component
public class CycleFixtures {

    /** The imported organisation: unit and person ids, and the run's prefix for usernames. */
    public record Org(long dept, long team, long squad, long ana, long ben, long cara, long dan, long eve, long finn,
            String run) {

        public List<Long> everyone() {
            return List.of(ana, ben, cara, dan, eve, finn);
        }

        public List<Long> units() {
            return List.of(dept, team, squad);
        }

        /** The username of a person by first name (lower case), e.g. {@code username("ben")}. */
        public String username(String first) {
            return run.toLowerCase() + "." + first + "@cycle.example";
        }
    }

    private final OrgImportService imports;
    private final PersonRepository people;
    private final OrgUnitRepository units;
    private final SignedIn signedIn;
    private final CycleLaunches launches;
    private final ManagementService management;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final HistoryService history;
    private final GoalFixtures goals;
    private final GoalPlanning planning;
    private final GoalApprovals approvals;
    private final ProcessJobs jobs;
    private final Clock clock;
    private final ReviewFixtures reviewFixtures;

    CycleFixtures(OrgImportService imports, PersonRepository people, OrgUnitRepository units, SignedIn signedIn,
            CycleLaunches launches, ManagementService management, RuntimeService runtime, TaskService tasks,
            HistoryService history, GoalFixtures goals, GoalPlanning planning, GoalApprovals approvals,
            ProcessJobs jobs, Clock clock, ReviewFixtures reviewFixtures) {
        this.reviewFixtures = reviewFixtures;
        this.imports = imports;
        this.people = people;
        this.units = units;
        this.signedIn = signedIn;
        this.launches = launches;
        this.management = management;
        this.runtime = runtime;
        this.tasks = tasks;
        this.history = history;
        this.goals = goals;
        this.planning = planning;
        this.approvals = approvals;
        this.jobs = jobs;
        this.clock = clock;
    }

    // --- the organisation ------------------------------------------------------------------------------------------

    /** Imports a fresh organisation as HR (signed out afterwards). */
    public Org organisation() {
        return organisation(true);
    }

    /** @param teamHasHead false: Team r has no head (a gap the launch must accept) */
    public Org organisation(boolean teamHasHead) {
        String r = CsvFiles.runId();
        String csv = CsvFiles.HEADER
                + "unit," + r + "-U0,Region " + r + ",U-CO," + r + "-P0,,,,,,,,\n"
                + "unit," + r + "-U1,Dept " + r + "," + r + "-U0," + r + "-P1,,,,,,,,\n"
                + "unit," + r + "-U2,Team " + r + "," + r + "-U1," + (teamHasHead ? r + "-P2" : "") + ",,,,,,,,\n"
                + "unit," + r + "-U3,Squad " + r + "," + r + "-U1," + r + "-P5,,,,,,,,\n"
                + person(r, "P0", "Zoe", "", "U0", "MANAGER")
                + person(r, "P1", "Ana", r + "-P0", "U1", "MANAGER")
                + person(r, "P2", "Ben", r + "-P1", "U2", "MANAGER")
                + person(r, "P3", "Cara", r + "-P2", "U2", "")
                + person(r, "P4", "Dan", r + "-P2", "U2", "")
                + person(r, "P5", "Eve", r + "-P1", "U3", "MANAGER")
                + person(r, "P6", "Finn", r + "-P5", "U3", "");
        signedIn.as("hr");
        try {
            imports.apply(csv.getBytes(StandardCharsets.UTF_8));
        } finally {
            signedIn.nobody();
        }
        return new Org(unit(r + "-U1"), unit(r + "-U2"), unit(r + "-U3"), id(r, "P1"), id(r, "P2"), id(r, "P3"),
                id(r, "P4"), id(r, "P5"), id(r, "P6"), r);
    }

    private static String person(String r, String p, String first, String manager, String unit, String roles) {
        return "person," + r + "-" + p + ",,,," + first + ",Test," + r.toLowerCase() + "." + first.toLowerCase()
                + "@cycle.example,Analyst," + r + "-" + unit + "," + manager + "," + roles + ",yes\n";
    }

    private long id(String r, String p) {
        return people.findByExternalId(r + "-" + p).orElseThrow().getId();
    }

    private long unit(String externalId) {
        return units.findByExternalId(externalId).orElseThrow().getId();
    }

    // --- the launch ------------------------------------------------------------------------------------------------

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A valid request for the organisation's subtree: from today for six months, the suggested deadlines. */
    public LaunchRequest request(Org org) {
        LocalDate start = today();
        LocalDate end = start.plusMonths(6);
        PhaseDeadlines d = CycleLaunches.suggestedDeadlines(start, end);
        return new LaunchRequest("Cycle " + org.run(), start, end, CycleScope.unit(org.dept()), d, null,
                templateId(), false);
    }

    private Long templateId;

    /** A review template for the cycles' review phase (made once, as HR). */
    public synchronized long templateId() {
        if (templateId == null) {
            templateId = reviewFixtures.template(false);
        }
        return templateId;
    }

    /** Launches the request as HR (signed out afterwards). */
    public LaunchedCycle launch(LaunchRequest request) {
        return as("hr", () -> launches.launch(request));
    }

    /** Launches a cycle for a fresh organisation. */
    public LaunchedCycle launch(Org org) {
        return launch(request(org));
    }

    // --- the engine ------------------------------------------------------------------------------------------------

    /** The cycle's running instance of the alignment-cycle process, or null. */
    public String cycleInstance(long cycleId) {
        var pi = runtime.createProcessInstanceQuery().processDefinitionKey(AlignmentCycleProcess.KEY)
                .processInstanceBusinessKey(AlignmentCycleProcess.businessKey(cycleId)).singleResult();
        return pi == null ? null : pi.getId();
    }

    /**
     * Runs the cycle's waiting asynchronous jobs (not timers), and those they leave, until none is left; returns how
     * many ran. Signed out, as the job executor.
     */
    public int runJobs(long cycleId) {
        signedIn.nobody();
        int ran = 0;
        for (int round = 0; round < 50; round++) {
            List<Job> ready = cycleJobs(cycleId).stream().filter(j -> j.getDuedate() == null).toList();
            if (ready.isEmpty()) {
                return ran;
            }
            for (Job job : ready) {
                management.executeJob(job.getId());
                ran++;
            }
        }
        throw new IllegalStateException("The jobs of cycle " + cycleId + " do not settle");
    }

    /**
     * Runs the jobs of HR's pause, resume or cancel of the cycle ({@code cycle-control}, one per chunk) until its
     * work has ended; returns how many ran. Signed out, as the job executor.
     */
    public int runControl(long cycleId) {
        signedIn.nobody();
        int ran = 0;
        for (int round = 0; round < 10_000; round++) {
            List<Job> ready = controlJobs(cycleId);
            if (ready.isEmpty()) {
                return ran;
            }
            for (Job job : ready) {
                management.executeJob(job.getId());
                ran++;
            }
        }
        throw new IllegalStateException("The control jobs of cycle " + cycleId + " do not settle");
    }

    /** The waiting jobs of the cycle's pause, resume or cancel. */
    public List<Job> controlJobs(long cycleId) {
        List<String> ids = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKeyLike(org.ladder.cycles.workflow.CycleControlProcess.businessKeyPrefix(
                        cycleId) + "%").list().stream().map(p -> p.getId()).toList();
        return ids.isEmpty() ? List.of() : management.createJobQuery().processInstanceIds(new java.util.HashSet<>(ids))
                .active().messages().withRetriesLeft().list();
    }

    /** The cycle's jobs that are ready to run (message jobs), suspended ones left out. */
    public List<Job> cycleJobs(long cycleId) {
        List<String> ids = instanceIds(cycleId);
        return ids.isEmpty() ? List.of() : management.createJobQuery().processInstanceIds(new java.util.HashSet<>(ids))
                .active().messages().withRetriesLeft().list();
    }

    /** Fires the timer waiting in {@code activityId} of the instance with this business key. */
    public void fireTimer(String businessKey, String activityId) {
        var pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).singleResult();
        jobs.fireTimer(pi.getId(), activityId);
    }

    /** Every running instance of the cycle (its own, its units', people's and launch chunks'). */
    public List<String> instanceIds(long cycleId) {
        List<String> ids = new java.util.ArrayList<>();
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(AlignmentCycleProcess.businessKey(cycleId))
                .list().forEach(p -> ids.add(p.getId()));
        runtime.createProcessInstanceQuery()
                .processInstanceBusinessKeyLike(AlignmentCycleProcess.businessKeyPrefix(cycleId) + "%").list()
                .forEach(p -> ids.add(p.getId()));
        return ids;
    }

    /** How many instances ever started with this business key (running or ended). */
    public long startedInstances(String processKey, String businessKey) {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(businessKey).count();
    }

    public long unitInstances(long cycleId, long unitId) {
        return startedInstances(UnitCascadeProcess.KEY, UnitCascadeProcess.unitBusinessKey(cycleId, unitId));
    }

    public long personInstances(long cycleId, long personId) {
        return startedInstances(UnitCascadeProcess.PERSON_KEY,
                UnitCascadeProcess.personBusinessKey(cycleId, personId));
    }

    public Task cycleTask(long cycleId, String taskKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(AlignmentCycleProcess.businessKey(cycleId))
                .taskDefinitionKey(taskKey).singleResult();
    }

    public Task unitTask(long cycleId, long unitId) {
        return tasks.createTaskQuery().processInstanceBusinessKey(UnitCascadeProcess.unitBusinessKey(cycleId, unitId))
                .taskDefinitionKey(UnitCascadeProcess.TASK_SET_UNIT_GOALS).singleResult();
    }

    public Task personTask(long cycleId, long personId) {
        return tasks.createTaskQuery()
                .processInstanceBusinessKey(UnitCascadeProcess.personBusinessKey(cycleId, personId))
                .taskDefinitionKey(UnitCascadeProcess.TASK_DRAFT_PERSONAL_GOALS).singleResult();
    }

    // --- people's steps --------------------------------------------------------------------------------------------

    /** Makes sure a charter is published (leadership confirms it in the define phase). Signed out afterwards. */
    public void charterPublished() {
        try {
            goals.charterPublished();
        } finally {
            signedIn.nobody();
        }
    }

    /** An active company goal of this year (the cycle's units align to it), with a published charter. */
    public GoalDetails companyGoal() {
        return goals.companyGoal(GoalFixtures.unique("Cycle company goal"));
    }

    /** {@code head} creates and activates a goal of their unit for the period, under {@code parentId}. */
    public GoalDetails unitGoal(String head, long unitId, Long parentId) {
        LocalDate from = today();
        return as(head, () -> {
            GoalDetails d = planning.create(GoalDraftBuilder.unit(unitId, GoalFixtures.unique("Unit goal"))
                    .under(parentId).period(from, from.plusMonths(6)).keyResults(GoalFixtures.keyResult("Done", 1))
                    .build());
            return planning.activate(d.id(), d.version());
        });
    }

    /** {@code username} drafts and submits a personal goal under {@code parentId}; the manager approves it. */
    public GoalDetails personalGoalApproved(String username, long personId, String manager, Long parentId) {
        LocalDate from = today();
        GoalDetails submitted = as(username, () -> {
            GoalDetails d = planning.create(GoalDraftBuilder.personal(personId, GoalFixtures.unique("My goal"))
                    .under(parentId).period(from, from.plusMonths(6)).keyResults(GoalFixtures.keyResult("Done", 1))
                    .build());
            return planning.submit(d.id(), d.version());
        });
        String key = GoalApprovalProcess.businessKey(submitted.id());
        jobs.runJobs(key);
        Task approval = tasks.createTaskQuery().processInstanceBusinessKey(key)
                .taskDefinitionKey(GoalApprovalProcess.TASK_APPROVE).singleResult();
        as(manager, () -> {
            approvals.approve(approval.getId(), "Good.");
            return null;
        });
        jobs.runJobs(key);
        return submitted;
    }

    /** {@code work} as {@code username}, signed out afterwards. */
    public <T> T as(String username, Supplier<T> work) {
        signedIn.as(username);
        try {
            return work.get();
        } finally {
            signedIn.nobody();
        }
    }

    public void run(String username, Runnable work) {
        as(username, () -> {
            work.run();
            return null;
        });
    }
}
