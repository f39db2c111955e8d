package org.ladder.bench;

import java.util.Locale;

import javax.sql.DataSource;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.ladder.people.demo.DemoOrganisationGenerator;
import org.ladder.people.demo.OrgPlan;
import org.ladder.people.demo.OrgPlanWriter;
import org.ladder.tasks.AcknowledgementCampaigns;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One organisation size, run in a fresh JVM by {@link PublicationBenchmark}: starts the application on the empty
 * database it is given (program arguments are Spring arguments), writes a generated organisation of N people, then
 * alternates (A B A B …) two timed operations:
 * <ul>
 * <li>A, publication: {@code AcknowledgementCampaigns#startForEveryone("charter", id, title, "")}, one transaction
 * (its own {@code @Transactional}), commit included: one INSERT…SELECT for the N requests, and the notifications
 * module's BEFORE_COMMIT listener inserting one notification per person. A new fake subject id each time, so that
 * the idempotency check does not skip it;</li>
 * <li>B, raw engine: N {@code startProcessInstanceByKey} of a trivial process (start → user task for candidate group
 * {@value #CANDIDATE_GROUP} → end), 100 per transaction ({@link TransactionTemplate}).</li>
 * </ul>
 * Settings: system properties {@code ladder.bench.size}, {@code .repetitions}, {@code .section} (the file its part of
 * the report goes to).
 */
final class PublicationProbe extends BenchProbe {

    /**
     * Not "EMPLOYEE": for a task offered to a group that is one of the application's roles, the application's
     * global task listener (TaskEventsListener) publishes TaskAssigned and NotificationListeners then writes one
     * notification per member of the role, i.e. per employee: N instances would write N × N notifications (seen:
     * 2,500,000 notifications after 500 instances at 5,000 people). A group that is no role keeps the engine's own
     * work (task and candidate identity link) and leaves that out.
     */
    static final String CANDIDATE_GROUP = "BENCH_NO_ROLE";
    private static final long FIRST_SUBJECT_ID = 900_000_000L;

    private long nextSubjectId = FIRST_SUBJECT_ID;

    private PublicationProbe() {
    }

    public static void main(String[] springArgs) {
        launch(PublicationProbe::new, springArgs);
    }

    @Override
    protected void run(String[] springArgs) {
        int size = Integer.getInteger("ladder.bench.size");
        int repetitions = Integer.getInteger("ladder.bench.repetitions");
        StartupProbe.Started started = StartupProbe.start(springArgs);
        try (ConfigurableApplicationContext context = started.context()) {
            OrgPlan plan = DemoOrganisationGenerator.scaled(size, 42);
            String hash = context.getBean(PasswordEncoder.class).encode("bench");
            long t0 = System.nanoTime();
            context.getBean(OrgPlanWriter.class).write(plan, hash);
            long written = System.nanoTime() - t0;

            JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
            long active = jdbc.queryForObject("select count(*) from person where active = true", Long.class);

            RawEngine raw = RawEngine.deploy(context, CANDIDATE_GROUP);

            AcknowledgementCampaigns campaigns = context.getBean(AcknowledgementCampaigns.class);
            RuntimeService runtime = context.getBean(RuntimeService.class);
            TaskService tasks = context.getBean(TaskService.class);
            TransactionTemplate tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));

            // Untimed warm-up of both code paths (a small engine batch and one publication), then the timed rounds.
            raw.start(1000);
            publish(campaigns, jdbc, (int) active);

            Timings publication = new Timings("publication");
            Timings engine = new Timings("engine");
            Table rounds = new Table("round", "publication ms", "raw engine ms", "ratio engine / publication",
                    "others' CPU during A, cores", "others' CPU during B, cores");
            for (int round = 1; round <= repetitions; round++) {
                MachineLoad.Snapshot a0 = MachineLoad.Snapshot.now();
                long p = publish(campaigns, jdbc, (int) active);
                MachineLoad.Snapshot a1 = MachineLoad.Snapshot.now();
                long tasksBefore = tasks.createTaskQuery().processDefinitionKey(RawEngine.PROCESS_KEY).count();
                MachineLoad.Snapshot b0 = MachineLoad.Snapshot.now();
                long e = raw.start(size);
                MachineLoad.Snapshot b1 = MachineLoad.Snapshot.now();
                long tasksAfter = tasks.createTaskQuery().processDefinitionKey(RawEngine.PROCESS_KEY).count();
                if (tasksAfter - tasksBefore != size) {
                    throw new IllegalStateException("Expected " + size + " new user tasks, found "
                            + (tasksAfter - tasksBefore));
                }
                publication.add(p);
                engine.add(e);
                rounds.row(String.valueOf(round), Timings.ms(p / 1e6), Timings.ms(e / 1e6),
                        String.format(Locale.ROOT, "%.1f", (double) e / p), a1.othersSince(a0, 0),
                        b1.othersSince(b0, 0));
                System.out.printf(Locale.ROOT, "[probe] size %d round %d: publication %.1f ms, engine %.1f ms%n",
                        size, round, p / 1e6, e / 1e6);
            }

            line("## " + size + " people on " + databaseVersion(context));
            line("");
            line("- context start in a fresh JVM on the empty database: " + Timings.ms(started.springMs()) + " ms; "
                    + "organisation written with OrgPlanWriter in " + Timings.ms(written / 1e6) + " ms; "
                    + active + " active people");
            line("- untimed warm-up: 1000 engine instances and one publication; then " + repetitions
                    + " rounds, each A (publication) then B (raw engine)");
            line("- every publication was checked: " + active + " acknowledgement requests and " + active
                    + " notifications; every engine batch: " + size + " new user tasks");
            line("");
            rounds.appendTo(section);
            line("");
            Table summary = new Table("N people", "publication ms (median)", "publication people/s",
                    "raw engine ms (median)", "raw engine instances/s", "ratio engine / publication");
            summary.row(String.valueOf(size), Timings.ms(publication.median()),
                    String.format(Locale.ROOT, "%.0f", size / (publication.median() / 1e3)),
                    Timings.ms(engine.median()), String.format(Locale.ROOT, "%.0f", size / (engine.median() / 1e3)),
                    String.format(Locale.ROOT, "%.1f", engine.median() / publication.median()));
            summary.appendTo(section);
            line("");
            System.out.println(PublicationBenchmark.SUMMARY_MARKER + " " + size + " " + publication.median() + " "
                    + engine.median() + " " + repetitions);
        }
    }

    /** A: one publication, timed from the call to its commit; checks that every request and notification exists. */
    private long publish(AcknowledgementCampaigns campaigns, JdbcTemplate jdbc, int size) {
        long subjectId = nextSubjectId++;
        long notificationsBefore = jdbc.queryForObject("select count(*) from notification", Long.class);
        long t0 = System.nanoTime();
        long campaignId = campaigns.startForEveryone("charter", subjectId, "Bench charter version " + subjectId, "");
        long elapsed = System.nanoTime() - t0;
        long requests = jdbc.queryForObject("select count(*) from ack_request where campaign_id = ?", Long.class,
                campaignId);
        long notifications = jdbc.queryForObject("select count(*) from notification", Long.class)
                - notificationsBefore;
        if (requests != size || notifications != size) {
            throw new IllegalStateException("Publication " + subjectId + ": " + requests + " requests and "
                    + notifications + " notifications, expected " + size + " each");
        }
        return elapsed;
    }
}
