package org.ladder.bench;

import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.ladder.base.security.Role;
import org.ladder.charter.CharterService;
import org.ladder.checkins.workflow.CheckInCadenceProcess;
import org.ladder.cycles.CycleControlChunks;
import org.ladder.cycles.CycleControls;
import org.ladder.cycles.CycleDecisions;
import org.ladder.cycles.CycleLaunches;
import org.ladder.cycles.CycleQueries;
import org.ladder.cycles.LaunchRequest;
import org.ladder.cycles.LaunchedCycle;
import org.ladder.cycles.workflow.AlignmentCycleProcess;
import org.ladder.cycles.workflow.UnitCascadeProcess;
import org.ladder.people.PeopleService;
import org.ladder.people.demo.DemoOrganisationGenerator;
import org.ladder.people.demo.OrgPlanWriter;
import org.ladder.reviews.workflow.ReviewProcess;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * One organisation size, run in a fresh JVM by {@link CycleControlBenchmark}: the whole application with its job
 * executor on and a statement-counting DataSource. Set-up (untimed): a generated organisation, a cycle launched for
 * all of it with its gaps accepted and driven until every person's first task exists (leadership confirms, each head
 * says the unit's goals are set as the task appears, as {@link CycleLaunchProbe} does). Then, timed: HR's
 * <b>pause</b> (the click, then until every instance is suspended), <b>resume</b> (until every one goes on); then,
 * untimed, the cycle moves on to check-ins (everyone's cadence) and reviews (everyone's review) by firing its two
 * timers; then HR's <b>cancel</b> (the click, then until every instance, cadence instance and review of the cycle has
 * ended). Statements are counted on the clicking thread and the job executor's threads.
 */
final class CycleControlProbe extends BenchProbe {

    private static final String EXECUTOR_THREADS = "camundaTaskExecutor";

    private ConfigurableApplicationContext context;
    private JdbcTemplate jdbc;
    private ManagementService management;
    private TaskService tasks;
    private long companyGoal;

    private CycleControlProbe() {
    }

    public static void main(String[] springArgs) {
        launch(CycleControlProbe::new, springArgs);
    }

    @Override
    protected void run(String[] springArgs) throws Exception {
        int size = Integer.getInteger("ladder.bench.size");
        int chunk = Integer.getInteger("ladder.bench.chunk", 500);
        boolean keepSql = Boolean.getBoolean("ladder.bench.keep-sql");
        StartupProbe.Started started = StartupProbe.start(CountingDataSource.install(), springArgs);
        context = started.context();
        try (ConfigurableApplicationContext closing = context) {
            jdbc = new JdbcTemplate(context.getBean(DataSource.class));
            management = context.getBean(ManagementService.class);
            tasks = context.getBean(TaskService.class);
            context.getBean(CycleControlChunks.class).setSize(chunk);
            context.getBean(OrgPlanWriter.class).write(DemoOrganisationGenerator.scaled(size, 42),
                    context.getBean(PasswordEncoder.class).encode("bench"));
            long active = jdbc.queryForObject("select count(*) from person where active = true", Long.class);
            String hr = username(jdbc, grantHrToFirstPerson(jdbc));
            signIn(context, hr);
            context.getBean(org.ladder.reviews.ReviewTemplates.class).create(
                    org.ladder.reviews.DefaultTemplate.draft("Benchmark review"));
            SecurityContextHolder.clearContext();
            long charterVersion = FaultApp.publish(context, "Benchmark mission");
            awaitCharter(charterVersion);

            // set-up, untimed: the cycle with every person's first task
            signIn(context, hr);
            CycleLaunches launches = context.getBean(CycleLaunches.class);
            LaunchRequest suggested = launches.suggestedRequest();
            LaunchRequest request = suggested.withName("Bench controls").withAcceptGaps(true);
            long s0 = System.nanoTime();
            LaunchedCycle launched = launches.launch(request);
            drive(launched, hr);
            long setupMs = (System.nanoTime() - s0) / 1_000_000;
            long cycleId = launched.cycleId();
            System.out.printf(Locale.ROOT, "[probe] set-up: %d units, %d people in %d ms%n", launched.units(),
                    launched.people(), setupMs);

            line("## " + active + " people on " + databaseVersion(context));
            line("");
            line("- context start " + Timings.ms(started.springMs()) + " ms; job executor on; chunk size " + chunk
                    + "; set-up (launch with gaps accepted, driven until every person's first task exists, untimed) "
                    + setupMs + " ms: " + launched.units() + " units, " + launched.people() + " people");
            line("");
            Table table = new Table("command", "instances", "click ms", "until all work ended ms", "instances/s",
                    "jobs (chunks)", "statements", "statements per instance", "others' CPU, cores");

            measure(table, "pause", cycleId, hr, () -> controls().pause(cycleId, version(cycleId)), false);
            measure(table, "resume", cycleId, hr, () -> controls().resume(cycleId, version(cycleId)), false);

            // untimed: on to check-ins and reviews
            long c0 = System.nanoTime();
            fireCycleTimer(cycleId, AlignmentCycleProcess.TIMER_CASCADE_DEADLINE);
            awaitUntil(() -> "CHECK_INS".equals(phase(cycleId)) || "REVIEW".equals(phase(cycleId)), 30);
            awaitNoJobsOf(CheckInCadenceProcess.LAUNCH_KEY, 60);
            long checkInsMs = (System.nanoTime() - c0) / 1_000_000;
            long r0 = System.nanoTime();
            fireCycleTimer(cycleId, AlignmentCycleProcess.TIMER_REVIEWS_OPEN);
            awaitUntil(() -> "REVIEW".equals(phase(cycleId)), 30);
            awaitNoJobsOf(ReviewProcess.LAUNCH_KEY, 60);
            long reviewsMs = (System.nanoTime() - r0) / 1_000_000;
            long cadences = runningCadences();
            long reviews = jdbc.queryForObject("select count(*) from review where round_key = ? and step not in "
                    + "('DONE', 'ENDED')", Long.class, "cycle-" + cycleId);
            line("- then, untimed: check-ins entered (" + cadences + " cadence instances running) in " + checkInsMs
                    + " ms, reviews started (" + reviews + " open reviews) in " + reviewsMs + " ms");
            line("");

            explainStopCorrelation();
            measure(table, "cancel", cycleId, hr,
                    () -> controls().cancel(cycleId, version(cycleId), "Benchmark over"), keepSql);
            table.appendTo(section);
            line("");
            long leftInstances = jdbc.queryForObject("select count(*) from ACT_RU_EXECUTION where BUSINESS_KEY_ = ? "
                    + "or BUSINESS_KEY_ like ?", Long.class, AlignmentCycleProcess.businessKey(cycleId),
                    AlignmentCycleProcess.businessKeyPrefix(cycleId) + "%");
            long leftReviews = jdbc.queryForObject("select count(*) from review where round_key = ? and step not in "
                    + "('DONE', 'ENDED')", Long.class, "cycle-" + cycleId);
            long incidents = jdbc.queryForObject("select count(*) from ACT_RU_INCIDENT", Long.class);
            line("- after the cancel: " + leftInstances + " executions of the cycle, " + runningCadences()
                    + " cadence instances, " + leftReviews + " open reviews, " + incidents + " incidents; "
                    + "failed job runs (rolled back and retried): " + failedJobRuns(jdbc));
            line("");
        }
    }

    /** One command: the click (timed on this thread), then until its work has ended. */
    private void measure(Table table, String name, long cycleId, String hr, Runnable click, boolean keepSql)
            throws Exception {
        signIn(context, hr);
        long failedBefore = failedJobRuns(jdbc);
        MachineLoad.Snapshot l0 = MachineLoad.Snapshot.now();
        CountingDataSource.startWithThreadsNamed(EXECUTOR_THREADS, keepSql);
        long t0 = System.nanoTime();
        click.run();
        long clickNanos = System.nanoTime() - t0;
        CountingDataSource.uncountCaller();
        SecurityContextHolder.clearContext();
        long controlId = jdbc.queryForObject("select max(id) from cycle_control where cycle_id = ?", Long.class,
                cycleId);
        awaitUntil(() -> jdbc.queryForObject("select count(*) from cycle_control where id = ? and finished_at is "
                + "not null", Long.class, controlId) > 0, 3600);
        if ("cancel".equals(name)) {
            // the cadences' own launch jobs end their instances; the cancel's work has ended when they have
            awaitNoJobsOf(CheckInCadenceProcess.LAUNCH_KEY, 3600);
        }
        long wall = System.nanoTime() - t0;
        long statements = CountingDataSource.stop();
        MachineLoad.Snapshot l1 = MachineLoad.Snapshot.now();
        Map<String, Object> run = jdbc.queryForMap("select instances_done, chunks, cadences_done, reviews_done from "
                + "cycle_control where id = ?", controlId);
        int instances = ((Number) run.get("instances_done")).intValue();
        int chunks = ((Number) run.get("chunks")).intValue();
        double perInstance = (double) statements / Math.max(1, instances);
        table.row(name, String.valueOf(instances), Timings.ms(clickNanos / 1e6), Timings.ms(wall / 1e6),
                String.format(Locale.ROOT, "%.0f", instances / (wall / 1e9)), String.valueOf(chunks + 1),
                String.valueOf(statements), String.format(Locale.ROOT, "%.1f", perInstance), l1.othersSince(l0, 0));
        System.out.printf(Locale.ROOT, "[probe] %s: %d instances, click %.1f ms, all %.1f ms, %d statements, %d "
                + "failed job runs, run %s%n", name, instances, clickNanos / 1e6, wall / 1e6, statements,
                failedJobRuns(jdbc) - failedBefore, run);
        if (keepSql) {
            topStatements(CountingDataSource.sql());
        }
    }

    private void topStatements(List<String> sql) {
        Map<String, Integer> kinds = new HashMap<>();
        for (String s : sql) {
            String text = s.substring(s.indexOf(' ') + 1).replaceAll("\\s+", " ").trim();
            kinds.merge(text.substring(0, Math.min(90, text.length())), 1, Integer::sum);
        }
        Map<String, Integer> top = new LinkedHashMap<>();
        kinds.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(15)
                .forEach(e -> top.put(e.getKey(), e.getValue()));
        line("Top statements of the cancel (first 90 characters, count):");
        line("");
        top.forEach((k, v) -> line("- " + v + " × `" + k.replace('`', '\'') + "`"));
        line("");
    }

    /**
     * How MariaDB runs the engine's statement that finds the execution a cadence's stop message goes to (the message
     * correlation by process instance), on one running cadence instance.
     */
    private void explainStopCorrelation() {
        String pi = jdbc.queryForObject("select e.ID_ from ACT_RU_EXECUTION e join ACT_RE_PROCDEF d on d.ID_ = "
                + "e.PROC_DEF_ID_ where e.PARENT_ID_ is null and d.KEY_ = ? limit 1", String.class,
                CheckInCadenceProcess.KEY);
        String sql = "select distinct RES.* from ACT_RU_EXECUTION RES inner join ACT_RE_PROCDEF P on RES.PROC_DEF_ID_ "
                + "= P.ID_ WHERE RES.PROC_INST_ID_ = ? and exists (select ID_ from ACT_RU_EVENT_SUBSCR EVT where "
                + "EVT.EXECUTION_ID_ = RES.ID_ and EVT.EVENT_TYPE_ = 'message' and EVT.EVENT_NAME_ = ?)";
        line("EXPLAIN of the stop message's correlation query (one cadence instance):");
        line("");
        jdbc.query("explain " + sql, rs -> {
            line("- " + rs.getString("table") + ": type " + rs.getString("type") + ", key " + rs.getString("key")
                    + ", rows " + rs.getString("rows") + ", " + rs.getString("Extra"));
        }, pi, CheckInCadenceProcess.MESSAGE_STOPPED);
        long t0 = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            jdbc.queryForList(sql, pi, CheckInCadenceProcess.MESSAGE_STOPPED);
        }
        line("- " + Timings.ms((System.nanoTime() - t0) / 20 / 1e6) + " ms per run (mean of 20)");
        line("");
    }

    private CycleControls controls() {
        return context.getBean(CycleControls.class);
    }

    private long version(long cycleId) {
        return context.getBean(CycleQueries.class).cycle(cycleId).version();
    }

    private String phase(long cycleId) {
        return jdbc.queryForObject("select phase from cycle where id = ?", String.class, cycleId);
    }

    private long runningCadences() {
        return jdbc.queryForObject("select count(*) from ACT_RU_EXECUTION e join ACT_RE_PROCDEF d on d.ID_ = "
                + "e.PROC_DEF_ID_ where e.PARENT_ID_ is null and d.KEY_ = ?", Long.class, CheckInCadenceProcess.KEY);
    }

    private void fireCycleTimer(long cycleId, String timer) {
        String pi = context.getBean(RuntimeService.class).createProcessInstanceQuery()
                .processInstanceBusinessKey(AlignmentCycleProcess.businessKey(cycleId)).singleResult().getId();
        Job job = management.createJobQuery().processInstanceId(pi).timers().activityId(timer).singleResult();
        management.setJobDuedate(job.getId(), new Date(System.currentTimeMillis() - 1000));
    }

    private void awaitNoJobsOf(String processKey, int minutes) throws InterruptedException {
        awaitUntil(() -> management.createJobQuery().processDefinitionKey(processKey).executable().count() == 0,
                minutes);
    }

    private static void awaitUntil(BooleanSupplier condition, int minutes) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(minutes);
        while (!holds(condition)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Not done within " + minutes + " minutes");
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
    }

    /** A poll that fails (the pool busy with the job executor's jobs a moment) counts as "not yet". */
    private static boolean holds(BooleanSupplier condition) {
        try {
            return condition.getAsBoolean();
        } catch (RuntimeException e) {
            System.out.println("[probe] poll failed, again: " + e.getMessage());
            return false;
        }
    }

    /** As {@link CycleLaunchProbe}: leadership confirms, each head sets the unit's goals as the task appears. */
    private void drive(LaunchedCycle launched, String hr) throws Exception {
        long cycleId = launched.cycleId();
        String prefix = AlignmentCycleProcess.businessKeyPrefix(cycleId);
        Task confirm = null;
        while (confirm == null) {
            confirm = tasks.createTaskQuery().processInstanceBusinessKey(AlignmentCycleProcess.businessKey(cycleId))
                    .taskDefinitionKey(AlignmentCycleProcess.TASK_CONFIRM_CHARTER).active().list().stream()
                    .findFirst().orElse(null);
            TimeUnit.MILLISECONDS.sleep(20);
        }
        String confirmId = confirm.getId();
        String leader = context.getBean(PeopleService.class).activeUsernamesWithRole(Role.LEADERSHIP).get(0);
        signIn(context, leader);
        context.getBean(CycleDecisions.class).confirmCharter(confirmId);
        companyGoal = activeGoal(context, companyGoalDraft());
        Map<Long, Long> unitGoals = new HashMap<>();
        Map<Long, Long> parents = new HashMap<>();
        jdbc.query("select id, parent_id from org_unit", rs -> {
            parents.put(rs.getLong(1), (Long) rs.getObject(2));
        });
        while (true) {
            awaitNoJobs(prefix);
            List<Task> open = tasks.createTaskQuery().processDefinitionKey(UnitCascadeProcess.KEY)
                    .processInstanceBusinessKeyLike(prefix + "unit-%")
                    .taskDefinitionKey(UnitCascadeProcess.TASK_SET_UNIT_GOALS).active().list();
            if (open.isEmpty()) {
                long people = tasks.createTaskQuery().processDefinitionKey(UnitCascadeProcess.PERSON_KEY)
                        .processInstanceBusinessKeyLike(prefix + "person-%").active().count();
                long unitsWaiting = jdbc.queryForObject("select count(*) from cycle_unit where cycle_id = ? "
                        + "and status <> 'READY'", Long.class, cycleId);
                if (people >= launched.people() && unitsWaiting == 0) {
                    SecurityContextHolder.clearContext();
                    return;
                }
                TimeUnit.MILLISECONDS.sleep(50);
                continue;
            }
            for (Task t : open) {
                String key = context.getBean(RuntimeService.class).createProcessInstanceQuery()
                        .processInstanceId(t.getProcessInstanceId()).singleResult().getBusinessKey();
                long unitId = Long.parseLong(key.substring(key.lastIndexOf("unit-") + "unit-".length()));
                Long parentUnit = parents.get(unitId);
                Long parentGoal = parentUnit == null ? null : unitGoals.get(parentUnit);
                signIn(context, hr);
                long goal = activeGoal(context,
                        unitGoalDraft(unitId, parentGoal == null ? companyGoal : parentGoal));
                unitGoals.put(unitId, goal);
                signIn(context, t.getAssignee());
                context.getBean(CycleDecisions.class).unitGoalsSet(t.getId());
            }
        }
    }

    private void awaitNoJobs(String prefix) throws InterruptedException {
        while (jdbc.queryForObject("select count(*) from ACT_RU_JOB j join ACT_RU_EXECUTION e on e.ID_ = "
                + "j.PROCESS_INSTANCE_ID_ where e.BUSINESS_KEY_ like ? and j.RETRIES_ > 0 and (j.DUEDATE_ is null "
                + "or j.DUEDATE_ <= current_timestamp(6)) and j.SUSPENSION_STATE_ = 1", Long.class, prefix + "%")
                > 0) {
            TimeUnit.MILLISECONDS.sleep(20);
        }
    }

    private void awaitCharter(long versionId) throws InterruptedException {
        CharterService charter = context.getBean(CharterService.class);
        awaitUntil(() -> charter.published().filter(p -> p.versionId() == versionId).isPresent(), 5);
    }
}
