package org.ladder.bench;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.ladder.checkins.CadenceScope;
import org.ladder.checkins.CheckInCadences;
import org.ladder.checkins.Frequency;
import org.ladder.checkins.workflow.CheckInCadenceProcess;
import org.ladder.people.demo.DemoOrganisationGenerator;
import org.ladder.people.demo.OrgPlan;
import org.ladder.people.demo.OrgPlanWriter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One organisation size, run in a fresh JVM by {@link CadenceBenchmark}, with the job executor off
 * ({@code camunda.bpm.job-execution.enabled=false}) and a statement-counting DataSource:
 * <ul>
 * <li>A, cadence start: HR's {@code CheckInCadences#start} for everyone (the top units with everything below),
 * then every launch job run on this thread through {@code ManagementService#executeJob}, as one job-executor thread
 * would; time and statements (this thread only) from the call to the last job. Between rounds the cadences are
 * stopped (untimed) so the next round starts them again.</li>
 * <li>B, raw engine: N {@code startProcessInstanceByKey} of a trivial process (start → user task → end), 100 per
 * transaction, interleaved with A (A B A B …).</li>
 * <li>C, the busiest hour: the timer jobs of the running cadences grouped by the hour they fall due; then the
 * engine clock is moved to the end of the busiest hour, the engine's job executor started, and the jobs that are
 * due drained for at most {@code ladder.bench.drain-seconds}: jobs per second it manages, against the jobs per second
 * the busiest hour needs.</li>
 * </ul>
 */
final class CadenceProbe extends BenchProbe {

    private Table statementShapes = new Table("statement", "count", "per person");

    private static final java.util.regex.Pattern TABLE = java.util.regex.Pattern.compile(
            "(?is)^\\s*(select|insert|delete)\\b.*?\\b(from|into)\\s+([A-Za-z_0-9]+)|^\\s*(update)\\s+([A-Za-z_0-9]+)");

    /** The statements grouped by kind and first table ("[batch] insert into ACT_RU_TASK"), most frequent first. */
    private static Table shapes(List<String> sql, long people) {
        return shapes(sql, people, "per person");
    }

    /** As {@link #shapes(List, long)}, per {@code per} (the column's heading, e.g. “per review”). */
    static Table shapes(List<String> sql, long people, String per) {
        Map<String, Long> counts = new java.util.HashMap<>();
        for (String text : sql) {
            String key = "(other)";
            if (text != null) {
                java.util.regex.Matcher m = TABLE.matcher(text.startsWith("[batch]") ? text.substring(7) : text);
                if (m.find()) {
                    String verb = m.group(1) != null ? m.group(1) : m.group(4);
                    String table = m.group(1) != null ? m.group(3) : m.group(5);
                    key = (text.startsWith("[batch]") ? "[batch] " : "") + verb.toLowerCase(Locale.ROOT) + " "
                            + table;
                }
            }
            counts.merge(key, 1L, Long::sum);
        }
        Table t = new Table("statement", "count", per);
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(15)
                .forEach(e -> t.row(e.getKey(), String.valueOf(e.getValue()),
                        String.format(Locale.ROOT, "%.2f", e.getValue() / (double) people)));
        return t;
    }

    private CadenceProbe() {
    }

    public static void main(String[] springArgs) {
        launch(CadenceProbe::new, springArgs);
    }

    @Override
    protected void run(String[] springArgs) throws Exception {
        int size = Integer.getInteger("ladder.bench.size");
        int repetitions = Integer.getInteger("ladder.bench.repetitions");
        int drainSeconds = Integer.getInteger("ladder.bench.drain-seconds", 120);
        StartupProbe.Started started = StartupProbe.start(CountingDataSource.install(), springArgs);
        try (ConfigurableApplicationContext context = started.context()) {
            OrgPlan plan = DemoOrganisationGenerator.scaled(size, 42);
            context.getBean(OrgPlanWriter.class).write(plan, context.getBean(PasswordEncoder.class).encode("bench"));
            JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
            long active = jdbc.queryForObject("select count(*) from person where active = true", Long.class);
            List<Long> tops = jdbc.queryForList("select id from org_unit where parent_id is null", Long.class);

            RawEngine raw = RawEngine.deploy(context, "BENCH_NO_ROLE");
            RuntimeService runtime = context.getBean(RuntimeService.class);
            ManagementService management = context.getBean(ManagementService.class);
            CheckInCadences cadences = context.getBean(CheckInCadences.class);
            TransactionTemplate tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
            // the generated organisation has no HR person: the top unit's head (person with the smallest id) gets HR
            signIn(context, jdbc, grantHrToFirstPerson(jdbc));

            raw.start(Math.min(1000, size)); // untimed warm-up of the engine

            Timings cadence = new Timings("cadence");
            Timings engine = new Timings("engine");
            Table rounds = new Table("round", "cadence start ms", "statements per person", "launch jobs",
                    "raw engine ms", "ratio cadence / engine", "others' CPU, cores");
            double statementsPerPerson = 0;
            for (int round = 1; round <= repetitions; round++) {
                if (round > 1) {
                    for (long top : tops) {
                        cadences.stop(CadenceScope.unit(top, true));
                    }
                    drainExecutableJobs(management, CheckInCadenceProcess.LAUNCH_KEY);
                }
                MachineLoad.Snapshot l0 = MachineLoad.Snapshot.now();
                CountingDataSource.start(round == 1);
                long t0 = System.nanoTime();
                int startedPeople = 0;
                for (long top : tops) {
                    startedPeople += cadences.start(CadenceScope.unit(top, true), Frequency.WEEKLY,
                            cadences.defaultEnd().plusMonths(6)).started();
                }
                int jobs = drainExecutableJobs(management, CheckInCadenceProcess.LAUNCH_KEY);
                long a = System.nanoTime() - t0;
                long statements = CountingDataSource.stop();
                if (round == 1) {
                    statementShapes = shapes(CountingDataSource.sql(), active);
                }
                long instances = runtime.createProcessInstanceQuery().processDefinitionKey(CheckInCadenceProcess.KEY)
                        .active().count();
                if (startedPeople != active || instances != active) {
                    throw new IllegalStateException("Started " + startedPeople + ", " + instances + " instances, expected "
                            + active);
                }
                long b = raw.start(size);
                MachineLoad.Snapshot l1 = MachineLoad.Snapshot.now();
                cadence.add(a);
                engine.add(b);
                statementsPerPerson = (double) statements / active;
                rounds.row(String.valueOf(round), Timings.ms(a / 1e6), String.format(Locale.ROOT, "%.1f",
                        statementsPerPerson), String.valueOf(jobs), Timings.ms(b / 1e6),
                        String.format(Locale.ROOT, "%.2f", (double) a / b), l1.othersSince(l0, 0));
                System.out.printf(Locale.ROOT, "[probe] size %d round %d: cadence %.1f ms (%d statements), engine %.1f ms%n",
                        size, round, a / 1e6, statements, b / 1e6);
            }

            line("## " + active + " people on " + databaseVersion(context));
            line("");
            line("- context start " + Timings.ms(started.springMs()) + " ms; " + active + " active people in "
                    + tops.size() + " top unit(s); job executor off; " + repetitions + " rounds A (cadence start, "
                    + "launch jobs run on the calling thread) then B (raw engine, 100 per transaction)");
            line("");
            rounds.appendTo(section);
            line("");
            // Timings report milliseconds
            line("Median: cadence start " + Timings.ms(cadence.median()) + " ms ("
                    + String.format(Locale.ROOT, "%.0f", active / (cadence.median() / 1e3)) + " people/s), raw engine "
                    + Timings.ms(engine.median()) + " ms ("
                    + String.format(Locale.ROOT, "%.0f", size / (engine.median() / 1e3)) + " instances/s), ratio "
                    + String.format(Locale.ROOT, "%.2f", cadence.median() / engine.median()) + ".");
            line("");
            line("Statements of round 1's cadence start by kind and table (per person; the 15 most frequent):");
            line("");
            statementShapes.appendTo(section);
            line("");
            busiestHour(context, jdbc, management, active, drainSeconds);
            System.out.println(CadenceBenchmark.SUMMARY_MARKER + " " + active + " " + cadence.median() * 1e6 + " "
                    + engine.median() * 1e6 + " " + statementsPerPerson); // nanoseconds, as the benchmark reads them
        }
    }

    /** C: timer jobs by due hour, then the job executor on the busiest hour's backlog. */
    private void busiestHour(ConfigurableApplicationContext context, JdbcTemplate jdbc, ManagementService management,
            long people, int drainSeconds) throws InterruptedException {
        List<Map<String, Object>> hours = jdbc.queryForList("select date_format(DUEDATE_, '%Y-%m-%d %H:00') as hour, "
                + "count(*) as jobs from ACT_RU_JOB where DUEDATE_ is not null group by 1 order by 2 desc limit 3");
        long max = jdbc.queryForObject("select count(*) from ACT_RU_JOB where DUEDATE_ is not null group by DUEDATE_ "
                + "order by 1 desc limit 1", Long.class);
        Map<String, Object> top = hours.get(0);
        long peakJobs = ((Number) top.get("jobs")).longValue();
        line("### The busiest hour (" + people + " people on a weekly cadence)");
        line("");
        Table t = new Table("hour (UTC)", "timer jobs due");
        hours.forEach(h -> t.row(String.valueOf(h.get("hour")), String.valueOf(h.get("jobs"))));
        t.appendTo(section);
        line("");
        line("- most timer jobs due in one second: " + max + " (without the per-person offset: " + people + ")");
        line("- needed in the busiest hour: " + String.format(Locale.ROOT, "%.2f", peakJobs / 3600.0) + " jobs/s");

        Instant hourEnd = Instant.parse(String.valueOf(top.get("hour")).replace(' ', 'T') + ":00Z")
                .plus(1, ChronoUnit.HOURS);
        ClockUtil.setCurrentTime(Date.from(hourEnd));
        long due = management.createJobQuery().executable().duedateLowerThan(Date.from(hourEnd)).count();
        long successesBefore = successes(jdbc);
        JobExecutor executor = ((ProcessEngineConfigurationImpl) context.getBean(ProcessEngine.class)
                .getProcessEngineConfiguration()).getJobExecutor();
        MachineLoad.Snapshot l0 = MachineLoad.Snapshot.now();
        long t0 = System.nanoTime();
        executor.start();
        long deadline = t0 + drainSeconds * 1_000_000_000L;
        long left = due;
        while (System.nanoTime() < deadline) {
            left = management.createJobQuery().executable().duedateLowerThan(Date.from(hourEnd)).count();
            if (left == 0) {
                break;
            }
            Thread.sleep(200);
        }
        long elapsed = System.nanoTime() - t0;
        executor.shutdown();
        MachineLoad.Snapshot l1 = MachineLoad.Snapshot.now();
        long done = successes(jdbc) - successesBefore;
        double perSecond = done / (elapsed / 1e9);
        line("- engine clock moved to " + hourEnd + ": " + due + " jobs due at once (the busiest hour and every "
                + "earlier one, i.e. more than one hour's work); the job executor (" + executor.getClass()
                .getSimpleName() + ", " + threads(executor) + ") ran " + done + " jobs in "
                + Timings.ms(elapsed / 1e6) + " ms" + (left > 0 ? " (stopped after " + drainSeconds + " s, " + left
                + " left)" : "") + ": " + String.format(Locale.ROOT, "%.1f", perSecond) + " jobs/s, "
                + String.format(Locale.ROOT, "%.0f", perSecond / (peakJobs / 3600.0))
                + "× what the busiest hour needs; others' CPU " + l1.othersSince(l0, 0) + " cores");
        line("- without the offset, " + people + " period ends in one second would take "
                + String.format(Locale.ROOT, "%.0f", people / perSecond) + " s at that rate");
        line("");
    }

    private static String threads(JobExecutor executor) {
        return executor.getMaxJobsPerAcquisition() + " jobs per acquisition";
    }

    private static long successes(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from ACT_HI_JOB_LOG where JOB_STATE_ = 2", Long.class);
    }
}
