package org.ladder.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.ladder.people.demo.DemoOrganisationGenerator;
import org.ladder.people.demo.OrgPlan;
import org.ladder.people.demo.OrgPlanWriter;
import org.ladder.reviews.DefaultTemplate;
import org.ladder.reviews.RatingDistributions;
import org.ladder.reviews.ReviewCalibrations;
import org.ladder.reviews.ReviewLaunches;
import org.ladder.reviews.ReviewOverview;
import org.ladder.reviews.ReviewRoundRequest;
import org.ladder.reviews.ReviewRoundStarted;
import org.ladder.reviews.ReviewTemplates;
import org.ladder.reviews.workflow.ReviewProcess;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One organisation size, run in a fresh JVM by {@link ReviewBenchmark}, with the job executor off
 * ({@code camunda.bpm.job-execution.enabled=false}) and a statement-counting DataSource:
 * <ul>
 * <li>A, review start: HR's {@code ReviewLaunches#startRound} for everyone (a new round key per round), then every
 * launch job run on this thread through {@code ManagementService#executeJob}, as one job-executor thread would;
 * timed until every self-review task of the round exists (checked: one per review started); statements of this
 * thread counted.</li>
 * <li>B, raw engine: as many {@code startProcessInstanceByKey} of a trivial process (start → user task → end) as
 * reviews were started, 100 per transaction, interleaved with A (A B A B …).</li>
 * <li>C, reading at N reviews: the last round's reviews are moved to calibration with ratings (in SQL, untimed: the
 * steps before it are not what is measured here), then as HR the calibration grid of the largest and of a median
 * calibration group ({@code ReviewCalibrations#grid}) and HR's distributions for everyone and for the first top
 * unit's subtree ({@code ReviewOverview#distributions}): server time (median of the timed calls after warm-up
 * calls) and statements per call.</li>
 * </ul>
 */
final class ReviewProbe extends BenchProbe {

    private static final int READ_WARMUPS = 3;
    private static final int READ_CALLS = 10;

    private Table statementShapes = new Table("statement", "count", "per review");

    private ReviewProbe() {
    }

    public static void main(String[] springArgs) {
        launch(ReviewProbe::new, springArgs);
    }

    @Override
    protected void run(String[] springArgs) throws Exception {
        int size = Integer.getInteger("ladder.bench.size");
        int repetitions = Integer.getInteger("ladder.bench.repetitions");
        StartupProbe.Started started = StartupProbe.start(CountingDataSource.install(), springArgs);
        try (ConfigurableApplicationContext context = started.context()) {
            OrgPlan plan = DemoOrganisationGenerator.scaled(size, 42);
            context.getBean(OrgPlanWriter.class).write(plan, context.getBean(PasswordEncoder.class).encode("bench"));
            JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
            long active = jdbc.queryForObject("select count(*) from person where active = true", Long.class);
            long withManager = jdbc.queryForObject("select count(*) from person where active = true "
                    + "and manager_id is not null", Long.class);

            RawEngine raw = RawEngine.deploy(context, "BENCH_NO_ROLE");
            RuntimeService runtime = context.getBean(RuntimeService.class);
            TaskService tasks = context.getBean(TaskService.class);
            ManagementService management = context.getBean(ManagementService.class);
            ReviewLaunches launches = context.getBean(ReviewLaunches.class);
            TransactionTemplate tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
            // the generated organisation has no HR person: the top unit's head (person with the smallest id) gets HR
            signIn(context, jdbc, grantHrToFirstPerson(jdbc));
            long templateId = context.getBean(ReviewTemplates.class)
                    .create(DefaultTemplate.draft("Benchmark template")).templateId();

            raw.start(Math.min(1000, size)); // untimed warm-up of the engine

            Timings review = new Timings("review");
            Timings engine = new Timings("engine");
            Table rounds = new Table("round", "review start ms", "reviews started", "reviews/s", "statements per review",
                    "launch jobs", "raw engine ms", "instances/s", "ratio review / engine", "others' CPU, cores");
            double statementsPerReview = 0;
            String roundKey = null;
            int reviews = 0;
            LocalDate end = LocalDate.now().withDayOfMonth(1).minusDays(1);
            for (int round = 1; round <= repetitions; round++) {
                roundKey = "bench-" + round;
                long selfTasksBefore = selfReviewTasks(tasks);
                MachineLoad.Snapshot l0 = MachineLoad.Snapshot.now();
                CountingDataSource.start(round == 1);
                long t0 = System.nanoTime();
                ReviewRoundStarted start = launches.startRound(new ReviewRoundRequest(roundKey, "Benchmark round "
                        + round, end.minusMonths(6).plusDays(1), end, templateId, null, "Benchmark"));
                int jobs = drainExecutableJobs(management, ReviewProcess.LAUNCH_KEY);
                long a = System.nanoTime() - t0;
                long statements = CountingDataSource.stop();
                reviews = start.started();
                if (round == 1) {
                    statementShapes = CadenceProbe.shapes(CountingDataSource.sql(), reviews, "per review");
                }
                long selfTasks = selfReviewTasks(tasks) - selfTasksBefore;
                if (reviews == 0 || selfTasks != reviews) {
                    throw new IllegalStateException("Started " + reviews + " reviews with " + selfTasks
                            + " self-review tasks: expected one each (" + withManager + " active people have a "
                            + "manager)");
                }
                long b = raw.start(reviews);
                MachineLoad.Snapshot l1 = MachineLoad.Snapshot.now();
                review.add(a);
                engine.add(b);
                statementsPerReview = (double) statements / reviews;
                rounds.row(String.valueOf(round), Timings.ms(a / 1e6), String.valueOf(reviews),
                        String.format(Locale.ROOT, "%.0f", reviews / (a / 1e9)),
                        String.format(Locale.ROOT, "%.1f", statementsPerReview), String.valueOf(jobs),
                        Timings.ms(b / 1e6), String.format(Locale.ROOT, "%.0f", reviews / (b / 1e9)),
                        String.format(Locale.ROOT, "%.2f", (double) a / b), l1.othersSince(l0, 0));
                System.out.printf(Locale.ROOT, "[probe] size %d round %d: review start %.1f ms (%d statements, %d "
                        + "reviews), engine %.1f ms%n", size, round, a / 1e6, statements, reviews, b / 1e6);
            }

            line("## " + active + " people on " + databaseVersion(context));
            line("");
            line("- context start " + Timings.ms(started.springMs()) + " ms; " + active + " active people, "
                    + withManager + " with a manager, " + reviews + " reviews per round; job executor off; " + repetitions
                    + " rounds A (review start, a new round each, launch jobs run on the calling thread) then B (raw "
                    + "engine, as many trivial instances, 100 per transaction)");
            line("");
            rounds.appendTo(section);
            line("");
            line("Median: review start " + Timings.ms(review.median()) + " ms ("
                    + String.format(Locale.ROOT, "%.0f", reviews / (review.median() / 1e3)) + " reviews/s), raw engine "
                    + Timings.ms(engine.median()) + " ms ("
                    + String.format(Locale.ROOT, "%.0f", reviews / (engine.median() / 1e3)) + " instances/s), ratio "
                    + String.format(Locale.ROOT, "%.2f", review.median() / engine.median()) + ".");
            line("");
            line("Statements of round 1's review start by kind and table (per review; the 15 most frequent):");
            line("");
            statementShapes.appendTo(section);
            line("");
            reads(context, jdbc, roundKey, reviews);
            System.out.println(ReviewBenchmark.SUMMARY_MARKER + " " + reviews + " " + review.median() * 1e6 + " "
                    + engine.median() * 1e6 + " " + statementsPerReview); // nanoseconds, as the benchmark reads them
        }
    }

    /** C: the calibration grid and HR's distributions with {@code reviews} reviews in the round. */
    private void reads(ConfigurableApplicationContext context, JdbcTemplate jdbc, String roundKey, int reviews) {
        int moved = jdbc.update("update review set step = 'CALIBRATION', performance_rating = 1 + mod(person_id, 5), "
                + "alignment_rating = 1 + mod(person_id * 7, 5), performance_justification = 'Benchmark', "
                + "alignment_justification = 'Benchmark', manager_submitted_at = started_at where round_key = ?",
                roundKey);
        List<Map<String, Object>> groups = jdbc.queryForList("select c.id, c.unit_id, count(r.id) as reviews "
                + "from review_calibration c join review r on r.round_key = c.round_key "
                + "and r.calibration_unit_id = c.unit_id where c.round_key = ? group by c.id, c.unit_id "
                + "order by 3 desc, 1", roundKey);
        if (groups.isEmpty()) {
            line("- no calibration groups in the round: grid not measured");
            return;
        }
        Map<String, Object> largest = groups.get(0);
        Map<String, Object> median = groups.get(groups.size() / 2);
        Long top = jdbc.queryForObject("select min(id) from org_unit where parent_id is null", Long.class);
        Long firstDivision = jdbc.queryForObject("select min(id) from org_unit where parent_id = ?", Long.class, top);
        ReviewCalibrations calibrations = context.getBean(ReviewCalibrations.class);
        ReviewOverview overview = context.getBean(ReviewOverview.class);

        line("### Reading with " + reviews + " reviews in the round (signed in as HR)");
        line("");
        line("- " + moved + " reviews moved to calibration with ratings (SQL, untimed); " + groups.size()
                + " calibration groups, the largest " + largest.get("reviews") + " reviews, the median "
                + median.get("reviews"));
        line("");
        Table t = new Table("read", "rows / cells", "median ms", "p90 ms", "max ms", "statements per call");
        long largestId = ((Number) largest.get("id")).longValue();
        long medianId = ((Number) median.get("id")).longValue();
        read(t, "calibration grid, largest group (" + largest.get("reviews") + " reviews)",
                () -> calibrations.grid(largestId), g -> g.rows().size() + " rows");
        read(t, "calibration grid, median group (" + median.get("reviews") + " reviews)",
                () -> calibrations.grid(medianId), g -> g.rows().size() + " rows");
        read(t, "HR distributions, everyone", () -> overview.distributions(roundKey, null), ReviewProbe::rated);
        read(t, "HR distributions, first division's subtree (unit " + firstDivision + ")",
                () -> overview.distributions(roundKey, firstDivision), ReviewProbe::rated);
        t.appendTo(section);
        line("");
    }

    private static String rated(RatingDistributions d) {
        return java.util.Arrays.stream(d.performance()).sum() + " rated";
    }

    private <T> void read(Table table, String name, Supplier<T> call, java.util.function.Function<T, String> size) {
        for (int i = 0; i < READ_WARMUPS; i++) {
            call.get();
        }
        Timings timings = new Timings(name);
        long statements = 0;
        T last = null;
        for (int i = 0; i < READ_CALLS; i++) {
            CountingDataSource.start(false);
            long t0 = System.nanoTime();
            last = call.get();
            timings.add(System.nanoTime() - t0);
            statements += CountingDataSource.stop();
        }
        table.row(name, size.apply(last), Timings.ms(timings.median()), Timings.ms(timings.percentile(90)),
                Timings.ms(timings.max()), String.format(Locale.ROOT, "%.1f", (double) statements / READ_CALLS));
        System.out.printf(Locale.ROOT, "[probe] %s: %.1f ms median%n", name, timings.median());
    }

    private static long selfReviewTasks(TaskService tasks) {
        return tasks.createTaskQuery().processDefinitionKey(ReviewProcess.KEY)
                .taskDefinitionKey(ReviewProcess.TASK_SELF_REVIEW).count();
    }
}
