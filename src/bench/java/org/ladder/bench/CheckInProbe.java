package org.ladder.bench;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import java.time.LocalDate;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.ladder.base.ConcurrentEditException;
import org.ladder.checkins.CadenceCalendar;
import org.ladder.checkins.CadencePeriod;
import org.ladder.checkins.CadenceTasks;
import org.ladder.checkins.Frequency;
import org.ladder.checkins.workflow.CheckInCadenceProcess;
import org.ladder.checkins.CheckInDraft;
import org.ladder.checkins.CheckInForm;
import org.ladder.checkins.CheckInQueries;
import org.ladder.checkins.CheckIns;
import org.ladder.goals.Confidence;
import org.ladder.goals.GoalDetails;
import org.ladder.goals.GoalPlanning;
import org.ladder.goals.KeyResultType;
import org.ladder.goals.KeyResultView;
import org.ladder.goals.domain.GoalProgressStore;
import org.ladder.people.demo.DemoOrganisationGenerator;
import org.ladder.people.demo.OrgPlan;
import org.ladder.people.demo.OrgPlanWriter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Run in a fresh JVM by {@link CheckInBenchmark}: check-ins submitted by concurrent workers on MariaDB.
 * <ul>
 * <li>Data: {@code DemoOrganisationGenerator.scaled(people, 42)}, a published charter, and a generated goal tree
 * ({@link GoalTreeWriter}): personal goals with 1–3 key results, most of them below a goal of the person's team,
 * which ladders up to the department's, the division's and a company goal — so every check-in's roll-up climbs a
 * shared chain and concurrent check-ins of one team lock the same parents.</li>
 * <li>Jobs: the people with active personal goals, ordered by team, one job per check-in, taken in order from one
 * queue by {@code workers} threads: two workers running next to each other mostly hold two people of the same team
 * (same parents). A job signs its worker in as the person, opens the form ({@link CheckInQueries#form()}) and submits
 * every active goal with new key-result values ({@link CheckIns#submit}). Every {@code stale-every}-th job also has a
 * second, stale window: it opens the form twice, submits the first and then the second, which must fail with
 * {@link ConcurrentEditException}; the worker then reloads and resubmits. Any other exception fails the run.</li>
 * <li>A (check-ins) and B (the raw baseline: the same form load and the same key-result values through
 * {@link GoalPlanning#updateProgress}, one call per goal, no check-in record, no pulse) alternate in rounds.</li>
 * <li>At the end: stored check-ins = check-ins submitted successfully; per goal, check-in revisions = successful
 * check-ins on it and progress revisions = successful updates; and no goal's stored progress differs from a fresh
 * recomputation ({@link GoalProgressStore#progressDrift()}). Otherwise the probe fails.</li>
 * </ul>
 */
final class CheckInProbe extends BenchProbe {

    static final String SUMMARY_MARKER = "LADDER_CHECKINS";
    private static final String WORKER_PREFIX = "checkin-worker-";

    private ConfigurableApplicationContext context;
    private JdbcTemplate jdbc;
    private final Map<Long, String> usernames = new HashMap<>();

    /** Per goal: successful check-ins and progress updates on it. */
    private final Map<Long, AtomicInteger> checkInsPerGoal = new ConcurrentHashMap<>();
    private final Map<Long, AtomicInteger> updatesPerGoal = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();

    private CheckInProbe() {
    }

    public static void main(String[] springArgs) {
        launch(CheckInProbe::new, springArgs);
    }

    /** One phase's figures. */
    private static final class Phase {
        final Timings latency;
        final AtomicInteger done = new AtomicInteger();
        final AtomicInteger conflicts = new AtomicInteger();
        long wallNanos;
        long statements;
        String others;

        Phase(String name) {
            latency = new Timings(name);
        }

        final List<Long> samples = Collections.synchronizedList(new ArrayList<>());

        synchronized void add(long nanos) {
            latency.add(nanos);
            samples.add(nanos);
        }
    }

    @Override
    protected void run(String[] springArgs) throws Exception {
        int people = Integer.getInteger("ladder.bench.people");
        int goalCount = Integer.getInteger("ladder.bench.goals");
        int total = Integer.getInteger("ladder.bench.checkins");
        int workers = Integer.getInteger("ladder.bench.workers");
        int rounds = Integer.getInteger("ladder.bench.rounds");
        int staleEvery = Integer.getInteger("ladder.bench.stale-every");
        StartupProbe.Started started = StartupProbe.start(CountingDataSource.install(), springArgs);
        context = started.context();
        try (ConfigurableApplicationContext ignored = context) {
            jdbc = new JdbcTemplate(context.getBean(DataSource.class));
            OrgPlan plan = DemoOrganisationGenerator.scaled(people, 42);
            context.getBean(OrgPlanWriter.class).write(plan, context.getBean(PasswordEncoder.class).encode("bench"));
            insertPublishedCharter(jdbc, GoalProbe.PILLARS);
            GoalTreeWriter.clear(jdbc);
            GoalTreeWriter.Written w = new GoalTreeWriter(jdbc, 7).write(goalCount, GoalProbe.PILLARS);
            jdbc.execute("analyze table goal, key_result");
            jdbc.query("select id, username from person", rs -> {
                usernames.put(rs.getLong(1), rs.getString(2));
            });
            // people with active personal goals, all with key results, ordered by team: neighbours share parents
            List<Long> persons = jdbc.queryForList("select g.owner_person_id from goal g join person p on p.id = "
                    + "g.owner_person_id where g.level = 'PERSONAL' and g.status = 'ACTIVE' and p.active = true and "
                    + "p.unit_id is not null group by g.owner_person_id, p.unit_id having min((select count(*) from "
                    + "key_result k where k.goal_id = g.id)) > 0 order by p.unit_id, g.owner_person_id", Long.class);
            long sharedParents = jdbc.queryForObject("select count(*) from goal p where p.progress_from_children = "
                    + "true and (select count(*) from goal c where c.parent_id = p.id and c.level = 'PERSONAL' and "
                    + "c.status = 'ACTIVE') >= 2", Long.class);
            long personalActive = jdbc.queryForObject("select count(*) from goal g where g.level = 'PERSONAL' and "
                    + "g.status = 'ACTIVE' and g.owner_person_id in (" + String.join(",", persons.stream()
                            .map(String::valueOf).toList()) + ")", Long.class);
            long checkInsBefore = count("check_in");

            // untimed warm-up: a few check-ins and updates on one thread (JIT, connection pool)
            int warm = Math.min(100, persons.size());
            Phase warmA = new Phase("warm-up A");
            Phase warmB = new Phase("warm-up B");
            runPhase(persons.subList(0, warm), 1, true, 0, warmA);
            runPhase(persons.subList(0, warm), 1, false, 0, warmB);

            // every person runs a weekly cadence whose period has begun: an open check-in task each, which the first
            // timed check-in of the person must complete in its own transaction (and the manager's 1:1 follow)
            int cadences = startCadences(persons);
            long openBefore = openTasks(CadenceTasks.CHECK_IN_TASK);

            List<Phase> checkIns = new ArrayList<>();
            List<Phase> updates = new ArrayList<>();
            int perRound = total / rounds;
            int offset = warm;
            for (int r = 0; r < rounds; r++) {
                int n = r == rounds - 1 ? total - perRound * (rounds - 1) : perRound;
                List<Long> jobs = jobs(persons, offset, n);
                offset += n;
                Phase a = new Phase("check-in round " + (r + 1));
                runPhase(jobs, workers, true, staleEvery, a);
                checkIns.add(a);
                Phase b = new Phase("updateProgress round " + (r + 1));
                runPhase(jobs, workers, false, 0, b);
                updates.add(b);
                System.out.printf(Locale.ROOT, "[probe] round %d: %d check-ins in %.1f s (%d conflicts), %d updates "
                        + "in %.1f s%n", r + 1, a.done.get(), a.wallNanos / 1e9, a.conflicts.get(), b.done.get(),
                        b.wallNanos / 1e9);
            }

            // statements of one form load and one submit, sequentially, on this thread
            long[] single = singleStatements(persons.get(0));

            // the checks: nothing lost
            int submitted = warmA.done.get() + checkIns.stream().mapToInt(p -> p.done.get()).sum() + 1;
            long stored = count("check_in") - checkInsBefore;
            List<String> problems = new ArrayList<>();
            if (stored != submitted) {
                problems.add("stored check-ins " + stored + " != submitted " + submitted);
            }
            Map<Long, Long> checkInRevisions = revisions("CHECK_IN");
            Map<Long, Long> progressRevisions = revisions("PROGRESS");
            int revisionMismatches = 0;
            for (var e : checkInsPerGoal.entrySet()) {
                if (checkInRevisions.getOrDefault(e.getKey(), 0L) != e.getValue().get()) {
                    revisionMismatches++;
                }
            }
            for (var e : updatesPerGoal.entrySet()) {
                if (progressRevisions.getOrDefault(e.getKey(), 0L) != e.getValue().get()) {
                    revisionMismatches++;
                }
            }
            long checkInRevisionSum = checkInRevisions.values().stream().mapToLong(Long::longValue).sum();
            long expectedCheckInRevisions = checkInsPerGoal.values().stream().mapToLong(AtomicInteger::get).sum();
            if (revisionMismatches > 0 || checkInRevisionSum != expectedCheckInRevisions) {
                problems.add(revisionMismatches + " goals whose revisions do not match their successful writes ("
                        + checkInRevisionSum + " check-in revisions, " + expectedCheckInRevisions + " expected)");
            }
            var drift = context.getBean(GoalProgressStore.class).progressDrift();
            if (!drift.isEmpty()) {
                problems.add(drift.size() + " goals whose progress differs from a fresh recomputation, e.g. "
                        + drift.subList(0, Math.min(5, drift.size())));
            }
            if (!failures.isEmpty()) {
                problems.add(failures.size() + " submissions failed with something other than "
                        + "ConcurrentEditException, first: " + failures.peek());
                failures.peek().printStackTrace();
            }
            long goalsChecked = context.getBean(GoalProgressStore.class).countGoals();
            long openAfter = openTasks(CadenceTasks.CHECK_IN_TASK);
            long oneOnOnes = openTasks(CadenceTasks.ONE_ON_ONE_TASK);
            long withManager = jdbc.queryForObject("select count(*) from person p join person m on m.id = p.manager_id "
                    + "where m.active = true and p.id in (" + String.join(",", persons.stream().map(String::valueOf)
                            .toList()) + ")", Long.class);
            if (openAfter != 0 || oneOnOnes != withManager) {
                problems.add("cadence tasks: " + openAfter + " check-in tasks still open after every person checked "
                        + "in (0 expected), " + oneOnOnes + " 1:1 tasks (" + withManager + " expected)");
            }

            Phase a = merge("check-ins (A)", checkIns);
            Phase b = merge("updateProgress (B)", updates);
            line("## " + total + " check-ins by " + workers + " concurrent workers on " + databaseVersion(context));
            line("");
            line("- context start " + Timings.ms(started.springMs()) + " ms; organisation of " + people
                    + " people (OrgPlanWriter); " + w.goals() + " goals, " + w.keyResults() + " key results "
                    + "(GoalTreeWriter): " + persons.size() + " people with " + personalActive + " active personal "
                    + "goals with key results; " + sharedParents + " goals measured by their children have at least "
                    + "two active personal goals below them; jobs ordered by team, so neighbouring workers mostly "
                    + "roll up into the same parents");
            line("- every check-in covers all the person's active goals (new value for every key result), a "
                    + "confidence and a pulse answer; every " + staleEvery + "th job also submits a stale second window "
                    + "(must fail with ConcurrentEditException, then the worker reloads and resubmits)");
            line("- " + rounds + " rounds, each A (check-ins, " + workers + " workers) then B (the same people and "
                    + "values through GoalPlanning#updateProgress, one call per goal, " + workers + " workers); "
                    + "latency = one submit / one person's updateProgress calls, commit included (form load not "
                    + "included); throughput = people per second of wall time, form loads included");
            line("");
            Table t = new Table("phase", "check-ins (A) / people (B)", "wall s", "per s", "p50 ms", "p95 ms", "max ms",
                    "statements per check-in / person", "conflicts", "others' CPU, cores");
            for (int r = 0; r < rounds; r++) {
                row(t, checkIns.get(r));
                row(t, updates.get(r));
            }
            row(t, a);
            row(t, b);
            t.appendTo(section);
            line("");
            double ratio = (a.wallNanos / (double) a.done.get()) / (b.wallNanos / (double) b.done.get());
            double latencyRatio = a.latency.median() / b.latency.median();
            line(String.format(Locale.ROOT, "- ratio check-in / raw updateProgress: %.2f (wall time per person), "
                    + "%.2f (median latency)", ratio, latencyRatio));
            line("- statements, sequential, one person with " + single[2] + " goals: form " + single[0]
                    + ", submit " + single[1] + " (updateProgress per goal: " + single[3] + ")");
            line("- conflicts (ConcurrentEditException, reloaded and resubmitted): " + a.conflicts.get() + " in A, "
                    + b.conflicts.get() + " in B; other exceptions: " + failures.size());
            line("- cadences: " + cadences + " people on a weekly cadence whose period had begun, " + openBefore
                    + " open check-in tasks before round 1; after the rounds " + openAfter + " open, " + oneOnOnes
                    + " manager 1:1 tasks (" + withManager + " people with an active manager): every task was "
                    + "completed by its person's first check-in, in the check-in's transaction");
            line("- checked: " + stored + " check-ins stored = " + submitted + " submitted (warm-up and the sequential "
                    + "one included); check-in and progress revisions per goal = successful writes per goal ("
                    + checkInsPerGoal.size() + " and " + updatesPerGoal.size() + " goals); progress of all "
                    + goalsChecked + " goals recomputed: " + drift.size() + " differ");
            line("");
            if (!problems.isEmpty()) {
                throw new IllegalStateException("CHECK FAILED: " + String.join("; ", problems) + "\n" + section);
            }
            System.out.println(SUMMARY_MARKER + " " + a.done.get() + " " + a.wallNanos + " " + b.wallNanos + " "
                    + a.conflicts.get());
        }
    }

    /** A running weekly cadence per person, its current period begun (engine instances, 100 per transaction). */
    private int startCadences(List<Long> persons) {
        RuntimeService runtime = context.getBean(RuntimeService.class);
        CadenceCalendar calendar = context.getBean(CadenceCalendar.class);
        TransactionTemplate tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        Instant now = Instant.now();
        CadencePeriod period = calendar.containing(Frequency.WEEKLY, LocalDate.now(), 0);
        for (int from = 0; from < persons.size(); from += 100) {
            List<Long> chunk = persons.subList(from, Math.min(persons.size(), from + 100));
            tx.executeWithoutResult(s -> chunk.forEach(p -> runtime.startProcessInstanceByKey(
                    CheckInCadenceProcess.KEY, CheckInCadenceProcess.businessKey(p),
                    CheckInCadenceProcess.start(p, usernames.get(p), period, now.plusSeconds(7 * 86400)).asMap())));
        }
        return persons.size();
    }

    private long openTasks(String taskKey) {
        return context.getBean(TaskService.class).createTaskQuery().processDefinitionKey(CadenceTasks.PROCESS_KEY)
                .taskDefinitionKey(taskKey).count();
    }

    private List<Long> jobs(List<Long> persons, int offset, int n) {
        List<Long> jobs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            jobs.add(persons.get((offset + i) % persons.size()));
        }
        return jobs;
    }

    private void row(Table t, Phase p) {
        t.row(p.latency.name(), String.valueOf(p.done.get()), String.format(Locale.ROOT, "%.1f", p.wallNanos / 1e9),
                String.format(Locale.ROOT, "%.1f", p.done.get() / (p.wallNanos / 1e9)),
                Timings.ms(p.latency.median()), Timings.ms(p.latency.percentile(95)), Timings.ms(p.latency.max()),
                String.format(Locale.ROOT, "%.1f", p.statements / (double) p.done.get()),
                String.valueOf(p.conflicts.get()), p.others);
    }

    private static Phase merge(String name, List<Phase> phases) {
        Phase m = new Phase(name);
        for (Phase p : phases) {
            m.done.addAndGet(p.done.get());
            m.conflicts.addAndGet(p.conflicts.get());
            m.wallNanos += p.wallNanos;
            m.statements += p.statements;
            p.samples.forEach(m::add);
        }
        m.others = phases.stream().map(p -> p.others).reduce((x, y) -> x + "–" + y).orElse("?");
        return m;
    }

    /** Runs the jobs on {@code workers} threads; A: check-ins (with stale windows), B: updateProgress. */
    private void runPhase(List<Long> jobs, int workers, boolean checkIn, int staleEvery, Phase phase)
            throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        MachineLoad.Snapshot l0 = MachineLoad.Snapshot.now();
        CountingDataSource.startThreadsNamed(WORKER_PREFIX, false);
        long t0 = System.nanoTime();
        for (int i = 0; i < workers; i++) {
            Thread thread = new Thread(() -> {
                int j;
                while ((j = next.getAndIncrement()) < jobs.size()) {
                    long person = jobs.get(j);
                    signIn(context, usernames.get(person));
                    try {
                        if (checkIn) {
                            checkIn(phase, staleEvery > 0 && j % staleEvery == staleEvery - 1);
                        } else {
                            update(phase);
                        }
                    } catch (Throwable e) {
                        failures.add(e);
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }
            }, WORKER_PREFIX + i);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        phase.wallNanos = System.nanoTime() - t0;
        phase.statements = CountingDataSource.stop();
        phase.others = MachineLoad.Snapshot.now().othersSince(l0, 0);
    }

    /** One person's check-in; a stale second window first when asked; conflicts are reloaded and resubmitted. */
    private void checkIn(Phase phase, boolean staleWindow) {
        CheckInQueries queries = context.getBean(CheckInQueries.class);
        CheckIns service = context.getBean(CheckIns.class);
        CheckInForm form = queries.form();
        if (staleWindow) {
            CheckInForm stale = queries.form();
            submit(phase, service, form);
            try {
                service.submit(draft(stale));
                throw new IllegalStateException("A stale window's check-in was accepted");
            } catch (ConcurrentEditException expected) {
                phase.conflicts.incrementAndGet();
            }
            form = queries.form();
        }
        while (true) {
            try {
                submit(phase, service, form);
                return;
            } catch (ConcurrentEditException e) {
                phase.conflicts.incrementAndGet();
                form = queries.form();
            }
        }
    }

    private void submit(Phase phase, CheckIns service, CheckInForm form) {
        CheckInDraft draft = draft(form);
        long t0 = System.nanoTime();
        service.submit(draft);
        phase.add(System.nanoTime() - t0);
        phase.done.incrementAndGet();
        for (GoalDetails g : form.goals()) {
            checkInsPerGoal.computeIfAbsent(g.id(), k -> new AtomicInteger()).incrementAndGet();
        }
    }

    /** The raw baseline: the same form load, then the same new values through updateProgress, goal by goal. */
    private void update(Phase phase) {
        CheckInQueries queries = context.getBean(CheckInQueries.class);
        GoalPlanning planning = context.getBean(GoalPlanning.class);
        while (true) {
            CheckInForm form = queries.form();
            try {
                long t0 = System.nanoTime();
                List<Long> written = new ArrayList<>();
                for (GoalDetails g : form.goals()) {
                    planning.updateProgress(g.id(), g.version(), values(g), null);
                    written.add(g.id());
                    updatesPerGoal.computeIfAbsent(g.id(), k -> new AtomicInteger()).incrementAndGet();
                }
                phase.add(System.nanoTime() - t0);
                phase.done.incrementAndGet();
                return;
            } catch (ConcurrentEditException e) {
                phase.conflicts.incrementAndGet(); // the goals written before it stay written (own transactions)
            }
        }
    }

    private static CheckInDraft draft(CheckInForm form) {
        List<CheckInDraft.GoalEntry> entries = new ArrayList<>();
        int i = 0;
        for (GoalDetails g : form.goals()) {
            Confidence confidence = Confidence.values()[i++ % Confidence.values().length];
            entries.add(new CheckInDraft.GoalEntry(g.id(), g.version(), values(g), confidence, null, "Bench"));
        }
        return new CheckInDraft(entries, 4, null);
    }

    /** A new valid value for every key result: toggles between its baseline (0 for binary) and its target. */
    private static Map<Long, BigDecimal> values(GoalDetails g) {
        Map<Long, BigDecimal> values = new LinkedHashMap<>();
        for (KeyResultView kr : g.keyResults()) {
            BigDecimal lo = kr.type() == KeyResultType.BINARY || kr.baseline() == null ? BigDecimal.ZERO
                    : kr.baseline();
            BigDecimal hi = kr.type() == KeyResultType.BINARY || kr.target() == null ? BigDecimal.ONE : kr.target();
            values.put(kr.id(), kr.current() != null && kr.current().compareTo(hi) == 0 ? lo : hi);
        }
        return values;
    }

    /** Statements of one form load, one submit and one updateProgress, on this thread: {form, submit, goals, update}. */
    private long[] singleStatements(long person) {
        signIn(context, usernames.get(person));
        try {
            CheckInQueries queries = context.getBean(CheckInQueries.class);
            CountingDataSource.start(false);
            CheckInForm form = queries.form();
            long formStatements = CountingDataSource.stop();
            CountingDataSource.start(true);
            context.getBean(CheckIns.class).submit(draft(form));
            long submitStatements = CountingDataSource.stop();
            System.out.println("[sql] submit:\n  " + String.join("\n  ", CountingDataSource.sql()));
            for (GoalDetails g : form.goals()) {
                checkInsPerGoal.computeIfAbsent(g.id(), k -> new AtomicInteger()).incrementAndGet();
            }
            GoalDetails g = queries.form().goals().get(0);
            CountingDataSource.start(false);
            context.getBean(GoalPlanning.class).updateProgress(g.id(), g.version(), values(g), null);
            long update = CountingDataSource.stop();
            updatesPerGoal.computeIfAbsent(g.id(), k -> new AtomicInteger()).incrementAndGet();
            return new long[] {formStatements, submitStatements, form.goals().size(), update};
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private Map<Long, Long> revisions(String kind) {
        Map<Long, Long> result = new HashMap<>();
        jdbc.query("select goal_id, count(*) from goal_revision where kind = ? group by goal_id", rs -> {
            result.put(rs.getLong(1), rs.getLong(2));
        }, kind);
        return result;
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
