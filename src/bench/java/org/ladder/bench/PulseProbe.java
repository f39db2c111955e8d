package org.ladder.bench;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.ladder.checkins.PulseFigure;
import org.ladder.checkins.PulseResults;
import org.ladder.checkins.PulseTrend;
import org.ladder.people.demo.DemoOrganisationGenerator;
import org.ladder.people.demo.OrgPlan;
import org.ladder.people.demo.OrgPlanWriter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Run in a fresh JVM by {@link PulseBenchmark}: starts the application on the empty database it is given (program
 * arguments are Spring arguments) with a statement-counting DataSource, writes a generated organisation of
 * {@code ladder.bench.people} people, makes one of them HR, inserts 6 months of pulse answers (85 % of the people
 * answer each month, a quarter with a line) with JDBC batches, and measures the pulse page's service calls for the
 * company (as HR), a division and a department (as their heads).
 */
final class PulseProbe extends BenchProbe {

    private static final int PAGE = 50;
    private static final String[] LINES = {"Clear priorities this month", "I do not see how my project fits",
        "Our team goals changed twice", "Good 1:1s with my manager", "Too many goals at once",
        "The company goals feel far away", "Our OKRs are finally connected", "Not sure who decides"};

    private ConfigurableApplicationContext context;
    private JdbcTemplate jdbc;
    private int warmup;
    private int iterations;
    private int quietWait;

    private PulseProbe() {
    }

    public static void main(String[] springArgs) {
        launch(PulseProbe::new, springArgs);
    }

    @Override
    protected void run(String[] springArgs) {
        int headcount = Integer.getInteger("ladder.bench.people");
        warmup = Integer.getInteger("ladder.bench.warmup");
        iterations = Integer.getInteger("ladder.bench.iterations");
        quietWait = Integer.getInteger("ladder.bench.quiet-wait", 0);
        StartupProbe.Started started = StartupProbe.start(CountingDataSource.install(), springArgs);
        context = started.context();
        try (ConfigurableApplicationContext started0 = context) {
            jdbc = new JdbcTemplate(context.getBean(DataSource.class));
            OrgPlan plan = DemoOrganisationGenerator.scaled(headcount, 42);
            long t0 = System.nanoTime();
            context.getBean(OrgPlanWriter.class).write(plan, context.getBean(PasswordEncoder.class).encode("bench"));
            double orgMs = (System.nanoTime() - t0) / 1e6;
            long hr = jdbc.queryForObject("select min(id) from person where job_title = 'Specialist'", Long.class);
            jdbc.update("insert into person_role (person_id, role) values (?, 'HR')", hr);
            PulseResults pulse = context.getBean(PulseResults.class);
            YearMonth last = pulse.lastClosedMonth();
            t0 = System.nanoTime();
            long written = writeAnswers(last.minusMonths(5), last);
            double answersMs = (System.nanoTime() - t0) / 1e6;
            if (databaseVersion(context).startsWith("MariaDB")) {
                jdbc.execute("analyze table pulse_answer, org_unit, person");
            }
            long company = jdbc.queryForObject("select id from org_unit where parent_id is null", Long.class);
            long division = jdbc.queryForObject("select min(id) from org_unit where parent_id = ?", Long.class,
                    company);
            long department = jdbc.queryForObject("select min(id) from org_unit where parent_id = ?", Long.class,
                    division);
            long units = jdbc.queryForObject("select count(*) from org_unit", Long.class);

            line("## Pulse at " + headcount + " people on " + databaseVersion(context));
            line("");
            line("- context start in a fresh JVM on the empty database: " + Timings.ms(started.springMs())
                    + " ms; organisation (" + units + " units) written with OrgPlanWriter in " + Timings.ms(orgMs)
                    + " ms; " + written + " pulse answers over 6 months (" + last.minusMonths(5) + " to " + last
                    + ") inserted with JDBC batches in " + Timings.ms(answersMs) + " ms");
            line("- " + warmup + " warm-up rounds, then " + iterations + " timed rounds; each call is one service "
                    + "call in its own transaction, timed with System.nanoTime; \"SQL\" = JDBC statements the call "
                    + "executed on its thread (min–max over the timed rounds); \"first call\" = the very first call "
                    + "of the operation in the JVM for that viewer (ended months not yet in memory for the first "
                    + "viewer's trend; one sample)");
            line("");
            measure("the company (" + people(company) + " people), signed in as HR", hr, company, last);
            measure("a division (" + people(division) + " people), signed in as its head", head(division), division,
                    last);
            measure("a department (" + people(department) + " people), signed in as its head", head(department),
                    department, last);
        }
    }

    private void measure(String who, long personId, long unitId, YearMonth last) {
        signIn(context, jdbc, personId);
        PulseResults pulse = context.getBean(PulseResults.class);
        Map<String, Supplier<Object>> ops = new LinkedHashMap<>();
        ops.put("trend(unit), 6 months", () -> pulse.trend(unitId));
        ops.put("subUnits(unit, last month)", () -> pulse.subUnits(unitId, last));
        ops.put("countLines(unit, last month)", () -> pulse.countLines(unitId, last));
        ops.put("lines(unit, last month, 0, 50)", () -> pulse.lines(unitId, last, 0, PAGE));
        Map<String, String> first = new LinkedHashMap<>();
        for (var op : ops.entrySet()) {
            CountingDataSource.start(true);
            long t0 = System.nanoTime();
            Object result = op.getValue().get();
            double ms = (System.nanoTime() - t0) / 1e6;
            long statements = CountingDataSource.stop();
            first.put(op.getKey(), Timings.ms(ms) + " ms, " + statements + " SQL");
            System.out.println("[sql] " + who + " " + op.getKey() + " -> " + describe(result));
            CountingDataSource.sql().forEach(s -> System.out.println("[sql]     " + s.replaceAll("\\s+", " ")));
        }
        Map<String, Measured> results = new LinkedHashMap<>();
        ops.keySet().forEach(k -> results.put(k, new Measured(k)));
        Measured sum = new Measured("= the pulse page (sum)");
        Map<String, Object> lastResult = new LinkedHashMap<>();
        waitForQuiet(quietWait);
        MachineLoad.Snapshot before = null;
        for (int round = 0; round < warmup + iterations; round++) {
            boolean timed = round >= warmup;
            if (round == warmup) {
                before = MachineLoad.Snapshot.now();
            }
            long sumNanos = 0;
            long sumStatements = 0;
            for (var op : ops.entrySet()) {
                CountingDataSource.start(false);
                long t0 = System.nanoTime();
                Object result = op.getValue().get();
                long elapsed = System.nanoTime() - t0;
                long statements = CountingDataSource.stop();
                if (timed) {
                    results.get(op.getKey()).add(elapsed, statements);
                    lastResult.put(op.getKey(), result);
                }
                sumNanos += elapsed;
                sumStatements += statements;
            }
            if (timed) {
                sum.add(sumNanos, sumStatements);
            }
        }
        String others = MachineLoad.Snapshot.now().othersSince(before, 0);
        SecurityContextHolder.clearContext();
        line("### " + who + " (others' CPU during the timed rounds: " + others + " cores)");
        line("");
        Table table = new Table("operation", "median ms", "p95 ms", "min ms", "max ms", "SQL statements", "result",
                "first call");
        ops.keySet().forEach(name -> results.get(name).row(table, describe(lastResult.get(name)), first.get(name)));
        sum.row(table, "", "");
        table.appendTo(section);
        line("");
    }

    /** 6 months of answers: each month 85 % of the active people answer (in their unit), a quarter with a line. */
    private long writeAnswers(YearMonth from, YearMonth to) {
        List<Object[]> people = jdbc.query("select id, unit_id from person where active = true and unit_id is not null"
                + " order by id", (rs, i) -> new Object[] {rs.getLong(1), rs.getLong(2)});
        Random random = new Random(42);
        long id = 1;
        long written = 0;
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            List<Object[]> batch = new ArrayList<>();
            for (Object[] p : people) {
                if (random.nextInt(100) >= 85) {
                    continue;
                }
                int score = Math.min(5, Math.max(1, (int) Math.round(3.6 + random.nextGaussian())));
                String line = random.nextInt(4) == 0 ? LINES[random.nextInt(LINES.length)] : null;
                batch.add(new Object[] {id++, p[0], p[1], Date.valueOf(m.atDay(1)), score, line,
                        Timestamp.valueOf(m.atDay(1 + random.nextInt(27)).atTime(9, 0))});
                if (batch.size() == 2000) {
                    written += insert(batch);
                }
            }
            written += insert(batch);
        }
        return written;
    }

    private int insert(List<Object[]> batch) {
        int n = batch.size();
        if (n > 0) {
            jdbc.batchUpdate("insert into pulse_answer (id, person_id, unit_id, period_start, score, comment, "
                    + "answered_at) values (?, ?, ?, ?, ?, ?, ?)", batch);
            batch.clear();
        }
        return n;
    }

    private long head(long unitId) {
        return jdbc.queryForObject("select head_id from org_unit where id = ?", Long.class, unitId);
    }

    /** People in the unit and the units below it (the generator's tree is at most 4 levels deep). */
    private long people(long unitId) {
        return jdbc.queryForObject("select count(*) from person p where p.unit_id in (select u.id from org_unit u "
                + "left join org_unit a on a.id = u.parent_id left join org_unit b on b.id = a.parent_id "
                + "left join org_unit c on c.id = b.parent_id where ? in (u.id, a.id, b.id, c.id))", Long.class,
                unitId);
    }

    private static String describe(Object result) {
        if (result instanceof PulseTrend t) {
            return t.months().size() + " months, " + t.months().stream().filter(PulseFigure::shown).count()
                    + " shown" + t.latestShown().map(f -> ", last " + f.answers() + " answers").orElse("");
        }
        if (result instanceof List<?> list) {
            long hidden = list.stream().filter(o -> o instanceof PulseFigure f && !f.shown()).count();
            return list.size() + " rows" + (hidden > 0 ? " (" + hidden + " hidden)" : "");
        }
        return String.valueOf(result);
    }
}
