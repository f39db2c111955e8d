package org.ladder.bench;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.ladder.base.security.Role;
import org.ladder.base.workflow.ProcessStatistics;
import org.ladder.base.workflow.StepCounts;
import org.ladder.charter.CharterService;
import org.ladder.cycles.CycleControls;
import org.ladder.cycles.CycleDecisions;
import org.ladder.cycles.CycleLaunches;
import org.ladder.cycles.CycleQueries;
import org.ladder.cycles.CycleSteps;
import org.ladder.cycles.CycleStepsEngine;
import org.ladder.cycles.CycleViewer;
import org.ladder.cycles.LaunchRequest;
import org.ladder.cycles.LaunchedCycle;
import org.ladder.cycles.workflow.AlignmentCycleProcess;
import org.ladder.cycles.workflow.UnitCascadeProcess;
import org.ladder.people.PeopleService;
import org.ladder.people.demo.DemoOrganisationGenerator;
import org.ladder.people.demo.OrgPlanWriter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One organisation size, run in a fresh JVM by {@link CycleLaunchBenchmark}: the whole application with its job
 * executor on, a statement- and commit-counting DataSource, a generated organisation and a published charter.
 * <p>
 * A round (A) launches a cycle for the whole organisation as HR and drives it until every person's first task exists,
 * doing what people would do as soon as there is something to do: leadership confirms the charter; each unit head,
 * as their “set the unit's goals” task appears, gets an active unit goal (made by HR under the parent unit's goal,
 * untimed) and says the goals are set; the engine meanwhile starts the unit and person instances in its launch
 * chunks. The people's own time is measured apart (“people's actions”) and taken out: <b>engine time</b> = wall time
 * − people's actions; the driver acts only when the job queue is empty, so the two never overlap. Statements and
 * commits are counted on the calling thread and the job executor's threads, without the people's actions (they run
 * on a separate, uncounted thread). B, the raw engine: as many trivial instances (start → user task) as A started,
 * 100 per transaction, interleaved (A B A B …). Between rounds the cycle is cancelled (untimed).
 */
final class CycleLaunchProbe extends BenchProbe {

    private static final String EXECUTOR_THREADS = "camundaTaskExecutor";

    private ConfigurableApplicationContext context;
    private JdbcTemplate jdbc;
    private ManagementService management;
    private TaskService tasks;
    private long actionsNanos;
    private long companyGoal;
    private org.camunda.bpm.engine.impl.jobexecutor.JobExecutor jobExecutor;
    /** The business key prefix of the cycle being driven (its jobs are awaited before people act). */
    private String drivenPrefix;

    private CycleLaunchProbe() {
    }

    public static void main(String[] springArgs) {
        launch(CycleLaunchProbe::new, springArgs);
    }

    @Override
    protected void run(String[] springArgs) throws Exception {
        int size = Integer.getInteger("ladder.bench.size");
        int repetitions = Integer.getInteger("ladder.bench.repetitions");
        int pageRounds = Integer.getInteger("ladder.bench.page-rounds", 20);
        StartupProbe.Started started = StartupProbe.start(CountingDataSource.install(), springArgs);
        context = started.context();
        try (ConfigurableApplicationContext closing = context) {
            jdbc = new JdbcTemplate(context.getBean(DataSource.class));
            management = context.getBean(ManagementService.class);
            tasks = context.getBean(TaskService.class);
            jobExecutor = ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) context
                    .getBean(org.camunda.bpm.engine.ProcessEngine.class).getProcessEngineConfiguration())
                    .getJobExecutor();
            context.getBean(OrgPlanWriter.class).write(DemoOrganisationGenerator.scaled(size, 42),
                    context.getBean(PasswordEncoder.class).encode("bench"));
            long active = jdbc.queryForObject("select count(*) from person where active = true", Long.class);
            // the generated organisation has no HR person: the top unit's head (the smallest id) gets HR
            String hr = username(jdbc, grantHrToFirstPerson(jdbc));

            signIn(context, hr);
            context.getBean(org.ladder.reviews.ReviewTemplates.class).create(
                    org.ladder.reviews.DefaultTemplate.draft("Benchmark review"));
            SecurityContextHolder.clearContext();
            long charterVersion = FaultApp.publish(context, "Benchmark mission");
            awaitCharter(charterVersion);

            RawEngine raw = RawEngine.deploy(context, "BENCH_NO_ROLE");
            RuntimeService runtime = context.getBean(RuntimeService.class);
            TransactionTemplate tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
            raw.start(Math.min(1000, size)); // untimed warm-up of the engine

            CycleLaunches launches = context.getBean(CycleLaunches.class);
            Timings cycle = new Timings("cycle");
            Timings engine = new Timings("engine");
            Table rounds = new Table("round", "units", "people", "wall ms", "people's actions ms", "engine ms",
                    "instances/s", "statements per person", "commits per person", "raw engine ms",
                    "ratio engine / raw", "lock conflicts (jobs retried)", "others' CPU, cores");
            long lastCycle = -1;
            double statementsPerPerson = 0;
            double commitsPerPerson = 0;
            long instances = 0;
            for (int round = 1; round <= repetitions; round++) {
                signIn(context, hr);
                LaunchRequest suggested = launches.suggestedRequest();
                LocalDate start = suggested.periodStart().plusDays(round - 1L);
                LocalDate end = suggested.periodEnd().plusDays(round - 1L);
                LaunchRequest request = suggested.withName("Bench round " + round).withPeriod(start, end)
                        .withDeadlines(CycleLaunches.suggestedDeadlines(start, end)).withAcceptGaps(true);
                long failuresBefore = failedJobRuns(jdbc);
                MachineLoad.Snapshot l0 = MachineLoad.Snapshot.now();
                actionsNanos = 0;
                CountingDataSource.startWithThreadsNamed(EXECUTOR_THREADS, false);
                long t0 = System.nanoTime();
                LaunchedCycle launched = launches.launch(request);
                CountingDataSource.uncountCaller(); // from here this thread only polls; the job executor is counted
                drive(launched, hr);
                long wall = System.nanoTime() - t0;
                long statements = CountingDataSource.stop();
                long commits = CountingDataSource.commits();
                long conflicts = failedJobRuns(jdbc) - failuresBefore;
                instances = launched.units() + (long) launched.people();
                check(launched);
                long engineNanos = wall - actionsNanos;
                long b = raw.start((int) instances);
                MachineLoad.Snapshot l1 = MachineLoad.Snapshot.now();
                cycle.add(wall);
                engine.add(engineNanos);
                statementsPerPerson = (double) statements / launched.people();
                commitsPerPerson = (double) commits / launched.people();
                rounds.row(String.valueOf(round), String.valueOf(launched.units()), String.valueOf(launched.people()),
                        Timings.ms(wall / 1e6), Timings.ms(actionsNanos / 1e6), Timings.ms(engineNanos / 1e6),
                        String.format(Locale.ROOT, "%.0f", instances / (engineNanos / 1e9)),
                        String.format(Locale.ROOT, "%.1f", statementsPerPerson),
                        String.format(Locale.ROOT, "%.2f", commitsPerPerson), Timings.ms(b / 1e6),
                        String.format(Locale.ROOT, "%.2f", (double) engineNanos / b), String.valueOf(conflicts),
                        l1.othersSince(l0, 0));
                System.out.printf(Locale.ROOT, "[probe] size %d round %d: wall %.1f ms, actions %.1f ms, engine %.1f "
                        + "ms (%d statements, %d commits), raw %.1f ms%n", size, round, wall / 1e6,
                        actionsNanos / 1e6, engineNanos / 1e6, statements, commits, b / 1e6);
                lastCycle = launched.cycleId();
                if (round < repetitions) {
                    cancel(launched.cycleId(), hr);
                }
            }

            line("## " + active + " people on " + databaseVersion(context));
            line("");
            line("- context start " + Timings.ms(started.springMs()) + " ms; job executor on; " + repetitions
                    + " rounds A (launch as HR, then leadership and every head act as soon as their task is there, "
                    + "until every person's first task exists) then B (raw engine, as many trivial instances, 100 "
                    + "per transaction)");
            line("");
            rounds.appendTo(section);
            line("");
            line("Median: wall " + Timings.ms(cycle.median()) + " ms, engine " + Timings.ms(engine.median()) + " ms ("
                    + String.format(Locale.ROOT, "%.0f", instances / (engine.median() / 1e3)) + " instances/s).");
            line("");
            cyclePage(lastCycle, hr, pageRounds);
            System.out.println(CycleLaunchBenchmark.SUMMARY_MARKER + " " + active + " " + cycle.median() * 1e6 + " "
                    + engine.median() * 1e6 + " " + statementsPerPerson + " " + commitsPerPerson + " " + instances);
        }
    }

    /**
     * Drives the cycle until every person's first task exists: leadership's confirmation, then each unit's goals
     * as its task appears; the people's actions run on an uncounted thread and only when no job waits.
     */
    private void drive(LaunchedCycle launched, String hr) throws Exception {
        long cycleId = launched.cycleId();
        String prefix = AlignmentCycleProcess.businessKeyPrefix(cycleId);
        drivenPrefix = prefix;
        Task confirm = await(() -> tasks.createTaskQuery().processDefinitionKey(AlignmentCycleProcess.KEY)
                .processInstanceBusinessKey(AlignmentCycleProcess.businessKey(cycleId))
                .taskDefinitionKey(AlignmentCycleProcess.TASK_CONFIRM_CHARTER).active().list().stream().findFirst()
                .orElse(null));
        String leader = context.getBean(PeopleService.class).activeUsernamesWithRole(Role.LEADERSHIP).get(0);
        act(() -> {
            signIn(context, leader);
            context.getBean(CycleDecisions.class).confirmCharter(confirm.getId());
            if (companyGoal == 0) {
                companyGoal = activeGoal(context, companyGoalDraft());
            }
        });
        Map<Long, Long> unitGoals = new HashMap<>();
        Map<Long, Long> parents = new HashMap<>();
        jdbc.query("select id, parent_id from org_unit", rs -> {
            parents.put(rs.getLong(1), (Long) rs.getObject(2));
        });
        long expectedPeople = launched.people();
        while (true) {
            awaitNoJobs(prefix);
            List<Task> open = tasks.createTaskQuery().processDefinitionKey(UnitCascadeProcess.KEY)
                    .processInstanceBusinessKeyLike(prefix + "unit-%")
                    .taskDefinitionKey(UnitCascadeProcess.TASK_SET_UNIT_GOALS).active().list();
            if (open.isEmpty()) {
                long people = tasks.createTaskQuery().processDefinitionKey(UnitCascadeProcess.PERSON_KEY)
                        .processInstanceBusinessKeyLike(prefix + "person-%")
                        .taskDefinitionKey(UnitCascadeProcess.TASK_DRAFT_PERSONAL_GOALS).active().count();
                long unitsWaiting = jdbc.queryForObject("select count(*) from cycle_unit where cycle_id = ? "
                        + "and status <> 'READY'", Long.class, cycleId);
                if (people >= expectedPeople && unitsWaiting == 0) {
                    return;
                }
                TimeUnit.MILLISECONDS.sleep(100); // the poll counts 50,000 tasks: not too often
                continue;
            }
            act(() -> {
                for (Task t : open) {
                    long unitId = unitOf(t);
                    Long parentUnit = parents.get(unitId);
                    Long parentGoal = parentUnit == null ? null : unitGoals.get(parentUnit);
                    signIn(context, hr);
                    long goal = activeGoal(context,
                        unitGoalDraft(unitId, parentGoal == null ? companyGoal : parentGoal));
                    unitGoals.put(unitId, goal);
                    signIn(context, t.getAssignee());
                    context.getBean(CycleDecisions.class).unitGoalsSet(t.getId());
                }
            });
        }
    }

    /** The unit of a unit-cascade task, from its instance's business key ({@code cycle-1/unit-42}). */
    private long unitOf(Task t) {
        String key = context.getBean(RuntimeService.class).createProcessInstanceQuery()
                .processInstanceId(t.getProcessInstanceId()).singleResult().getBusinessKey();
        return Long.parseLong(key.substring(key.lastIndexOf("unit-") + "unit-".length()));
    }

    /**
     * The people's actions: on their own thread (not counted), timed, taken out of the engine's time. The engine
     * first finishes what it can do now (its time), then its job executor is stopped while people act, so that no
     * engine work hides in the people's time (the 2026-12-01 run had them overlap), and started again after.
     */
    private void act(Runnable actions) throws Exception {
        if (drivenPrefix != null) {
            awaitNoJobs(drivenPrefix);
        }
        long t0 = System.nanoTime();
        jobExecutor.shutdown();
        Thread worker = new Thread(() -> {
            try {
                actions.run();
            } finally {
                SecurityContextHolder.clearContext();
            }
        }, "bench-people");
        Throwable[] failure = new Throwable[1];
        worker.setUncaughtExceptionHandler((th, e) -> failure[0] = e);
        worker.start();
        worker.join();
        jobExecutor.start();
        actionsNanos += System.nanoTime() - t0;
        if (failure[0] != null) {
            throw new IllegalStateException("A person's action failed", failure[0]);
        }
    }

    /**
     * Waits until no asynchronous step can run now (the launch chunks and the asynchronous continuations done; the
     * timers are due in days). Counted on the job handler's index, not by the cycle's business keys: the poll must
     * stay cheap with 100,000 timer jobs in the table.
     */
    private void awaitNoJobs(String prefix) throws InterruptedException {
        while (jdbc.queryForObject("select count(*) from ACT_RU_JOB where HANDLER_TYPE_ = 'async-continuation' "
                + "and RETRIES_ > 0 and SUSPENSION_STATE_ = 1", Long.class) > 0) {
            TimeUnit.MILLISECONDS.sleep(20);
        }
    }

    /** Exactly one instance per unit and person, no incident: nothing lost, nothing twice. */
    private void check(LaunchedCycle launched) {
        String prefix = AlignmentCycleProcess.businessKeyPrefix(launched.cycleId()) + "%";
        long unitInstances = jdbc.queryForObject("select count(*) from ACT_HI_PROCINST p join ACT_RE_PROCDEF d on "
                + "d.ID_ = p.PROC_DEF_ID_ where d.KEY_ = ? and p.BUSINESS_KEY_ like ?", Long.class,
                UnitCascadeProcess.KEY, prefix);
        long personInstances = jdbc.queryForObject("select count(*) from ACT_HI_PROCINST p join ACT_RE_PROCDEF d on "
                + "d.ID_ = p.PROC_DEF_ID_ where d.KEY_ = ? and p.BUSINESS_KEY_ like ?", Long.class,
                UnitCascadeProcess.PERSON_KEY, prefix);
        long duplicates = jdbc.queryForObject("select count(*) from (select BUSINESS_KEY_ from ACT_HI_PROCINST "
                + "where BUSINESS_KEY_ like ? group by BUSINESS_KEY_, PROC_DEF_KEY_ having count(*) > 1) d",
                Long.class, prefix);
        long incidents = jdbc.queryForObject("select count(*) from ACT_RU_INCIDENT", Long.class);
        if (unitInstances != launched.units() || personInstances != launched.people() || duplicates != 0
                || incidents != 0) {
            throw new IllegalStateException("Cycle " + launched.cycleId() + ": " + unitInstances + " unit instances for "
                    + launched.units() + " units, " + personInstances + " person instances for " + launched.people()
                    + " people, " + duplicates + " duplicate business keys, " + incidents + " incidents");
        }
    }

    private void cancel(long cycleId, String hr) throws Exception {
        signIn(context, hr);
        long version = context.getBean(CycleQueries.class).cycle(cycleId).version();
        context.getBean(CycleControls.class).cancel(cycleId, version, "Benchmark round over");
        awaitNoJobs(org.ladder.cycles.workflow.CycleControlProcess.businessKeyPrefix(cycleId)); // the cancel's chunks
        awaitNoJobs(AlignmentCycleProcess.businessKeyPrefix(cycleId));
    }

    /** The cycle page's diagram counts on the last cycle: server time and statements, median of rounds. */
    private void cyclePage(long cycleId, String hr, int rounds) {
        signIn(context, hr);
        CycleQueries queries = context.getBean(CycleQueries.class);
        CycleSteps steps = context.getBean(CycleSteps.class);
        CycleStepsEngine engine = context.getBean(CycleStepsEngine.class);
        for (int i = 0; i < 5; i++) {
            queries.stepCounts(cycleId); // warm-up
            steps.models(cycleId);
        }
        Timings counts = new Timings("stepCounts (HR)");
        Timings hrPage = new Timings("CycleSteps#models (HR, both diagrams)");
        long statements = 0;
        long pageStatements = 0;
        int stepCount = 0;
        for (int i = 0; i < rounds; i++) {
            CountingDataSource.start(false);
            long t0 = System.nanoTime();
            stepCount = queries.stepCounts(cycleId).size();
            counts.add(System.nanoTime() - t0);
            statements = CountingDataSource.stop();
            CountingDataSource.start(false);
            t0 = System.nanoTime();
            steps.models(cycleId);
            hrPage.add(System.nanoTime() - t0);
            pageStatements = CountingDataSource.stop();
        }

        // a manager of a mid-level unit: the head of the unit with most units below it at the middle level
        Map<Long, Long> parents = new HashMap<>();
        Map<Long, Integer> levels = new HashMap<>();
        Map<Long, Long> heads = new HashMap<>();
        jdbc.query("select unit_id, parent_unit_id, unit_level, head_id from cycle_unit where cycle_id = ?", rs -> {
            parents.put(rs.getLong(1), (Long) rs.getObject(2));
            levels.put(rs.getLong(1), rs.getInt(3));
            if (rs.getObject(4) != null) {
                heads.put(rs.getLong(1), rs.getLong(4));
            }
        }, cycleId);
        int maxLevel = levels.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        int mid = Math.max(2, (maxLevel + 1) / 2);
        Map<Long, Integer> below = new HashMap<>();
        for (Long unit : levels.keySet()) {
            for (Long up = parents.get(unit); up != null; up = parents.get(up)) {
                below.merge(up, 1, Integer::sum);
            }
        }
        Long midUnit = levels.entrySet().stream().filter(e -> e.getValue() == mid && heads.containsKey(e.getKey()))
                .map(Map.Entry::getKey).max(java.util.Comparator.comparing((Long u) -> below.getOrDefault(u, 0))
                        .thenComparing(u -> -u)).orElse(null);
        Timings managerPage = new Timings("CycleSteps#models (manager, both diagrams)");
        Timings managerCounts = new Timings("cascade counts (manager's units)");
        long managerStatements = 0;
        long managerCountStatements = 0;
        String managerScope = "no mid-level unit with a head";
        if (midUnit != null) {
            String manager = jdbc.queryForObject("select username from person where id = ?", String.class,
                    heads.get(midUnit));
            signIn(context, manager);
            CycleViewer viewer = steps.viewer(cycleId).orElseThrow();
            managerScope = "the head of unit " + midUnit + " (level " + mid + " of " + maxLevel + "): "
                    + viewer.unitIds().size() + " units, " + viewer.personIds().size() + " people in scope"
                    + (viewer.everything() ? " (everything)" : "");
            for (int i = 0; i < 5; i++) {
                steps.models(cycleId);
            }
            for (int i = 0; i < rounds; i++) {
                CountingDataSource.start(false);
                long t0 = System.nanoTime();
                steps.models(cycleId);
                managerPage.add(System.nanoTime() - t0);
                managerStatements = CountingDataSource.stop();
                CountingDataSource.start(false);
                t0 = System.nanoTime();
                engine.counts(CycleStepsEngine.Model.CASCADE, cycleId, viewer.businessKeys());
                managerCounts.add(System.nanoTime() - t0);
                managerCountStatements = CountingDataSource.stop();
            }
            signIn(context, hr);
        }

        // the grouped statements over the history (ADR 0028) for comparison, and whether they agree
        ProcessStatistics statistics = context.getBean(ProcessStatistics.class);
        List<String> definitions = new java.util.ArrayList<>();
        for (String key : List.of(UnitCascadeProcess.KEY, UnitCascadeProcess.PERSON_KEY,
                UnitCascadeProcess.LAUNCH_KEY)) {
            definitions.addAll(statistics.definitionIds(key));
        }
        Timings grouped = new Timings("grouped statements (cascade, HR; ADR 0028)");
        Map<String, StepCounts> old = Map.of();
        for (int i = 0; i < Math.min(3, rounds); i++) {
            long t0 = System.nanoTime();
            old = statistics.forBusinessKeyPrefix(definitions, AlignmentCycleProcess.businessKeyPrefix(cycleId));
            grouped.add(System.nanoTime() - t0);
        }
        Map<String, StepCounts> oldNonEmpty = new HashMap<>(old);
        oldNonEmpty.values().removeIf(StepCounts::isEmpty);
        boolean agree = oldNonEmpty.equals(engine.counts(CycleStepsEngine.Model.CASCADE, cycleId, null));

        long running = jdbc.queryForObject("select count(*) from ACT_RU_EXECUTION where PARENT_ID_ is null and "
                + "BUSINESS_KEY_ like ?", Long.class, AlignmentCycleProcess.businessKeyPrefix(cycleId) + "%");
        line("### The cycle page's diagram counts (" + running + " running instances of the cycle; counted: "
                + engine.counted(cycleId) + ")");
        line("");
        Table t = new Table("operation", "median ms", "p95 ms", "min ms", "max ms");
        t.row(counts);
        t.row(hrPage);
        if (midUnit != null) {
            t.row(managerPage);
            t.row(managerCounts);
        }
        t.row(grouped);
        t.appendTo(section);
        line("");
        line("- " + stepCount + " steps with counts; statements per call (this thread): stepCounts " + statements
                + ", HR's page " + pageStatements + ", manager's page " + managerStatements + ", manager's counts "
                + managerCountStatements);
        line("- manager: " + managerScope);
        line("- counters equal the grouped statements (cascade, HR): " + (agree ? "yes" : "NO: " + oldNonEmpty
                + " vs " + engine.counts(CycleStepsEngine.Model.CASCADE, cycleId, null)));
        line("- counter rows of the cycle: " + jdbc.queryForObject("select count(*) from cycle_step_count where "
                + "cycle_id = ?", Long.class, cycleId) + "; open tasks mirrored: " + jdbc.queryForObject(
                        "select count(*) from cycle_open_task where cycle_id = ?", Long.class, cycleId));
        line("");
    }

    private void awaitCharter(long versionId) throws InterruptedException {
        CharterService charter = context.getBean(CharterService.class);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (charter.published().filter(p -> p.versionId() == versionId).isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Charter version " + versionId + " was not published in 5 minutes");
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
    }

    private interface Probe<T> {
        T get() throws Exception;
    }

    private static <T> T await(Probe<T> probe) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (System.nanoTime() < deadline) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            TimeUnit.MILLISECONDS.sleep(20);
        }
        throw new IllegalStateException("Not there within 10 minutes");
    }
}
