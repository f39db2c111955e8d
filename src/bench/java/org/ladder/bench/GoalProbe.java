package org.ladder.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.ladder.goals.GoalDetails;
import org.ladder.goals.GoalFilter;
import org.ladder.goals.GoalLevel;
import org.ladder.goals.GoalNode;
import org.ladder.goals.GoalQueries;
import org.ladder.goals.GoalPlanning;
import org.ladder.people.demo.DemoOrganisationGenerator;
import org.ladder.people.demo.OrgPlan;
import org.ladder.people.demo.OrgPlanWriter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Run in a fresh JVM by {@link GoalBenchmark}: starts the application on the empty database it is given (program
 * arguments are Spring arguments) with a statement-counting DataSource ({@link CountingDataSource}), writes a
 * generated organisation and a published charter, and then, per goal-tree size, writes a generated goal tree
 * ({@link GoalTreeWriter}), checks it, and measures the server side of the alignment tree, "My ladder" and the
 * roll-up after one key-result change. Settings: system properties {@code ladder.bench.people},
 * {@code .goal-sizes}, {@code .warmup}, {@code .iterations}, {@code .quiet-wait} (seconds to wait at most
 * for a quiet machine before each measurement), {@code .section}.
 */
final class GoalProbe extends BenchProbe {

    private static final int PAGE = 50;
    static final List<String> PILLARS = List.of("Delighted customers", "Operational excellence",
            "Sustainable growth", "Great place to work");

    private ConfigurableApplicationContext context;
    private JdbcTemplate jdbc;
    private int warmup;
    private int iterations;
    private int quietWait;

    private GoalProbe() {
    }

    public static void main(String[] springArgs) {
        launch(GoalProbe::new, springArgs);
    }

    @Override
    protected void run(String[] springArgs) {
        int headcount = Integer.getInteger("ladder.bench.people");
        List<Integer> sizes = Arrays.stream(System.getProperty("ladder.bench.goal-sizes").split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).map(Integer::valueOf).toList();
        warmup = Integer.getInteger("ladder.bench.warmup");
        quietWait = Integer.getInteger("ladder.bench.quiet-wait", 0);
        iterations = Integer.getInteger("ladder.bench.iterations");
        StartupProbe.Started started = StartupProbe.start(CountingDataSource.install(), springArgs);
        context = started.context();
        try (ConfigurableApplicationContext started0 = context) {
            jdbc = new JdbcTemplate(context.getBean(DataSource.class));
            OrgPlan plan = DemoOrganisationGenerator.scaled(headcount, 42);
            long t0 = System.nanoTime();
            context.getBean(OrgPlanWriter.class).write(plan, context.getBean(PasswordEncoder.class).encode("bench"));
            double orgMs = (System.nanoTime() - t0) / 1e6;
            insertPublishedCharter(jdbc, PILLARS);
            line("## Goals on " + databaseVersion(context) + ", organisation of " + headcount + " people");
            line("");
            line("- context start in a fresh JVM on the empty database: " + Timings.ms(started.springMs())
                    + " ms; organisation (" + plan.units().size() + " units) written with OrgPlanWriter in "
                    + Timings.ms(orgMs) + " ms; charter with " + PILLARS.size() + " pillars inserted with JDBC");
            line("- " + warmup + " warm-up rounds, then " + iterations + " timed rounds per measurement; each call is "
                    + "one service call in its own transaction, timed with System.nanoTime; \"SQL\" = JDBC "
                    + "statements the call executed on its thread (min–max over the timed rounds)");
            line("");
            for (int size : sizes) {
                measureSize(size);
            }
        }
    }

    private void measureSize(int size) {
        GoalTreeWriter.clear(jdbc);
        GoalTreeWriter.Written w = new GoalTreeWriter(jdbc, 7).write(size, PILLARS);
        if (databaseVersion(context).startsWith("MariaDB")) {
            jdbc.execute("analyze table goal, key_result");
        }
        String checks = checkTree();
        System.out.printf(Locale.ROOT, "[probe] %d goals written in %.0f ms; %s%n", w.goals(), w.millis(), checks);

        long employee = jdbc.queryForObject("select p.id from person p where p.manager_id is not null and not exists "
                + "(select 1 from person_role r where r.person_id = p.id and r.role = 'MANAGER') order by (select "
                + "count(*) from goal g where g.owner_person_id = p.id and g.status <> 'ABANDONED') desc, p.id "
                + "limit 1", Long.class);
        long manager = jdbc.queryForObject("select manager_id from person where id = ?", Long.class, employee);
        long team = jdbc.queryForObject("select unit_id from person where id = ?", Long.class, employee);
        long companyGoal = jdbc.queryForObject("select id from goal where level = 'COMPANY' and pillar = ? order by "
                + "child_count desc, id limit 1", Long.class, PILLARS.get(0));
        long unitGoal = jdbc.queryForObject("select id from goal where level = 'UNIT' and owner_unit_id = ? order by "
                + "child_count desc, id limit 1", Long.class, team);
        long companyChildren = childCount(companyGoal);
        long unitChildren = childCount(unitGoal);
        long orphans = jdbc.queryForObject("select count(*) from goal where orphan_since is not null", Long.class);
        long employeeGoals = ownGoals(employee);
        long managerGoals = ownGoals(manager) + jdbc.queryForObject("select count(*) from goal g join org_unit u on "
                + "u.id = g.owner_unit_id where u.head_id = ? and g.status <> 'ABANDONED'", Long.class, manager);

        line("### " + w.goals() + " goals");
        line("");
        line(String.format(Locale.ROOT, "- written with GoalTreeWriter (JDBC batches) in %s ms: %d goals, %d key "
                + "results; %s", Timings.ms(w.millis()), w.goals(), w.keyResults(), checks));
        line(String.format(Locale.ROOT, "- expanded: company goal %d (%d children), unit goal %d of the team of the "
                + "employee (%d children); %d orphan goals; employee %d owns %d goals (not abandoned), their "
                + "manager %d owns or leads %d", companyGoal, companyChildren, unitGoal, unitChildren, orphans,
                employee, employeeGoals, manager, managerGoals));
        line("");
        long ceo = jdbc.queryForObject("select head_id from org_unit where parent_id is null", Long.class);
        for (long person : new long[] {employee, manager, ceo}) {
            String who = person == employee ? "an employee" : person == manager ? "their manager (team lead)"
                    : "the CEO (everyone reports to them: " + context.getBean(org.ladder.people.PeopleService.class)
                            .subordinateIds(ceo).size() + " people in the visibility filter)";
            signIn(context, jdbc, person);
            try {
                measureQueries(who, companyGoal, unitGoal);
            } finally {
                SecurityContextHolder.clearContext();
            }
        }
        measureRollUp(w);
    }

    private void measureQueries(String who, long companyGoalId, long unitGoalId) {
        GoalQueries q = context.getBean(GoalQueries.class);
        GoalFilter none = GoalFilter.NONE;
        List<GoalNode> roots = q.children(null, none, 0, PAGE);
        GoalNode mission = roots.get(0);
        GoalNode orphansNode = roots.get(1);
        GoalNode pillar = q.children(mission, none, 0, PAGE).get(0);
        GoalNode company = node(companyGoalId, GoalLevel.COMPANY);
        GoalNode unit = node(unitGoalId, GoalLevel.UNIT);

        Map<String, Map<String, Supplier<Object>>> groups = new LinkedHashMap<>();
        Map<String, Supplier<Object>> first = new LinkedHashMap<>();
        first.put("countChildren(null)", () -> q.countChildren(null, none));
        first.put("children(null, 0, 50)", () -> q.children(null, none, 0, PAGE));
        first.put("countChildren(mission)", () -> q.countChildren(mission, none));
        first.put("children(mission, 0, 50)", () -> q.children(mission, none, 0, PAGE));
        first.put("countChildren(first pillar)", () -> q.countChildren(pillar, none));
        first.put("children(first pillar, 0, 50)", () -> q.children(pillar, none, 0, PAGE));
        groups.put("= tree, first level (sum)", first);
        Map<String, Supplier<Object>> expandCompany = new LinkedHashMap<>();
        expandCompany.put("countChildren(company goal)", () -> q.countChildren(company, none));
        expandCompany.put("children(company goal, 0, 50)", () -> q.children(company, none, 0, PAGE));
        groups.put("= expand a company goal (sum)", expandCompany);
        Map<String, Supplier<Object>> expandUnit = new LinkedHashMap<>();
        expandUnit.put("countChildren(unit goal)", () -> q.countChildren(unit, none));
        expandUnit.put("children(unit goal, 0, 50)", () -> q.children(unit, none, 0, PAGE));
        groups.put("= expand a unit goal (sum)", expandUnit);
        Map<String, Supplier<Object>> orphans = new LinkedHashMap<>();
        orphans.put("countChildren(orphans)", () -> q.countChildren(orphansNode, none));
        orphans.put("children(orphans, 0, 50)", () -> q.children(orphansNode, none, 0, PAGE));
        groups.put("= expand the orphans (sum)", orphans);
        Map<String, Supplier<Object>> ladder = new LinkedHashMap<>();
        ladder.put("myLadder()", q::myLadder);
        groups.put("= my ladder", ladder);

        // One call of each with its SQL, for the log (N+1 shows here).
        for (var group : groups.values()) {
            for (var op : group.entrySet()) {
                CountingDataSource.start(true);
                Object result = op.getValue().get();
                CountingDataSource.stop();
                System.out.println("[sql] " + who + " " + op.getKey() + " -> " + describe(result));
                CountingDataSource.sql().forEach(s -> System.out.println("[sql]     " + s.replaceAll("\\s+", " ")));
            }
        }
        Map<String, Measured> results = new LinkedHashMap<>();
        Map<String, Measured> sums = new LinkedHashMap<>();
        groups.forEach((sum, ops) -> {
            ops.keySet().forEach(name -> results.put(name, new Measured(name)));
            sums.put(sum, new Measured(sum));
        });
        Map<String, Object> lastResult = new LinkedHashMap<>();
        waitForQuiet(quietWait);
        MachineLoad.Snapshot before = null;
        for (int round = 0; round < warmup + iterations; round++) {
            boolean timed = round >= warmup;
            if (round == warmup) {
                before = MachineLoad.Snapshot.now();
            }
            for (var group : groups.entrySet()) {
                long sumNanos = 0;
                long sumStatements = 0;
                for (var op : group.getValue().entrySet()) {
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
                    sums.get(group.getKey()).add(sumNanos, sumStatements);
                }
            }
        }
        String others = MachineLoad.Snapshot.now().othersSince(before, 0);
        line("#### Signed in as " + who + " (others' CPU during the timed rounds: " + others + " cores)");
        line("");
        Table table = new Table("operation", "median ms", "p95 ms", "min ms", "max ms", "SQL statements", "result");
        groups.forEach((sum, ops) -> {
            ops.keySet().forEach(name -> results.get(name).row(table, describe(lastResult.get(name))));
            sums.get(sum).row(table, "");
        });
        table.appendTo(section);
        line("");
    }

    /**
     * The roll-up: {@code GoalPlanning.updateProgress} of the probe chain's personal goal at each level 1..5, signed
     * in as its owner, the key result toggling between 0 and 100.
     */
    private void measureRollUp(GoalTreeWriter.Written w) {
        GoalPlanning service = context.getBean(GoalPlanning.class);
        GoalQueries queries = context.getBean(GoalQueries.class);
        Measured[] measured = new Measured[6];
        long[] version = new long[6];
        int[] value = {0, 50, 50, 50, 50, 50};
        int[] updated = new int[6];
        for (int level = 1; level <= 5; level++) {
            measured[level] = new Measured("level " + level);
            signIn(context, jdbc, w.probeOwnerPersons()[level]);
            version[level] = queries.goal(w.probeGoals()[level]).version();
        }
        waitForQuiet(quietWait);
        MachineLoad.Snapshot before = null;
        for (int round = 0; round < warmup / 4 + iterations; round++) {
            boolean timed = round >= warmup / 4;
            if (round == warmup / 4) {
                before = MachineLoad.Snapshot.now();
            }
            for (int level = 1; level <= 5; level++) {
                long goal = w.probeGoals()[level];
                signIn(context, jdbc, w.probeOwnerPersons()[level]);
                value[level] = value[level] == 100 ? 0 : 100;
                Map<Long, Double> ancestorsBefore = ancestorProgress(goal);
                CountingDataSource.start(false);
                long t0 = System.nanoTime();
                GoalDetails d = service.updateProgress(goal, version[level],
                        Map.of(w.probeKeyResults()[level], BigDecimal.valueOf(value[level])), null);
                long elapsed = System.nanoTime() - t0;
                long statements = CountingDataSource.stop();
                version[level] = d.version();
                if (d.progress() != value[level]) {
                    throw new IllegalStateException("Level " + level + ": progress " + d.progress());
                }
                Map<Long, Double> ancestorsAfter = ancestorProgress(goal);
                updated[level] = (int) ancestorsAfter.keySet().stream()
                        .filter(id -> !ancestorsAfter.get(id).equals(ancestorsBefore.get(id))).count();
                if (updated[level] != level - 1) {
                    throw new IllegalStateException("Level " + level + ": " + updated[level] + " ancestors changed, "
                            + "expected " + (level - 1));
                }
                if (timed) {
                    measured[level].add(elapsed, statements);
                }
            }
        }
        SecurityContextHolder.clearContext();
        String others = MachineLoad.Snapshot.now().othersSince(before, 0);
        // One more call per level with its SQL, for the log.
        for (int level = 1; level <= 5; level++) {
            signIn(context, jdbc, w.probeOwnerPersons()[level]);
            value[level] = value[level] == 100 ? 0 : 100;
            CountingDataSource.start(true);
            GoalDetails d = service.updateProgress(w.probeGoals()[level], version[level],
                    Map.of(w.probeKeyResults()[level], BigDecimal.valueOf(value[level])), null);
            CountingDataSource.stop();
            version[level] = d.version();
            System.out.println("[sql] updateProgress at level " + level + ":");
            CountingDataSource.sql().forEach(s -> System.out.println("[sql]     " + s.replaceAll("\\s+", " ")));
        }
        SecurityContextHolder.clearContext();
        line("#### Roll-up after one key-result change (" + w.goals() + " goals; others' CPU: " + others + " cores)");
        line("");
        line("`GoalPlanning.updateProgress` of one person's personal goal at each level of the probe chain (1 = an "
                + "orphan, 2 = below the chain's company goal, … 5 = below company → division → department → team "
                + "goals, each of which has 4 active children), signed in as that person; the key result toggles "
                + "between 0 and 100, so every ancestor changes (checked after every call). The call includes the "
                + "access check, the optimistic-lock update, the revision and the returned goal page. "
                + (warmup / 4) + " warm-up rounds.");
        line("");
        Table table = new Table("level (ancestors updated)", "median ms", "p95 ms", "min ms", "max ms",
                "SQL statements", "result");
        for (int level = 1; level <= 5; level++) {
            measured[level].row(table, updated[level] + " ancestors updated");
        }
        table.appendTo(section);
        line("");
    }

    private Map<Long, Double> ancestorProgress(long goalId) {
        String path = jdbc.queryForObject("select path from goal where id = ?", String.class, goalId);
        Map<Long, Double> progress = new LinkedHashMap<>();
        jdbc.query("select id, progress from goal where ? like concat(path, '%') and id <> ?",
                rs -> {
                    progress.put(rs.getLong(1), rs.getDouble(2));
                }, path, goalId);
        return progress;
    }

    /** The consistency checks of the written tree (each must find nothing). */
    private String checkTree() {
        Map<String, String> checks = new LinkedHashMap<>();
        checks.put("child_count", "select count(*) from goal g where g.child_count <> (select count(*) from goal c "
                + "where c.parent_id = g.id)");
        checks.put("path", "select count(*) from goal g left join goal p on p.id = g.parent_id where (g.parent_id is "
                + "null and g.path <> concat('/', g.id, '/')) or (g.parent_id is not null and g.path <> "
                + "concat(p.path, g.id, '/'))");
        checks.put("depth", "select count(*) from goal g where g.depth <> length(g.path) - length(replace(g.path, "
                + "'/', '')) - 2");
        checks.put("roll-up", "select count(*) from goal g where g.progress_from_children = true and abs(g.progress - "
                + "coalesce((select round(avg(c.progress), 2) from goal c where c.parent_id = g.id and c.status in "
                + "('ACTIVE', 'ACHIEVED')), 0)) > 0.011");
        checks.put("key-result weights", "select count(*) from (select goal_id from key_result group by goal_id "
                + "having sum(weight) <> 100) x");
        List<String> out = new ArrayList<>();
        for (var c : checks.entrySet()) {
            long bad = jdbc.queryForObject(c.getValue(), Long.class);
            if (bad != 0) {
                throw new IllegalStateException("Inconsistent goal tree: " + bad + " rows fail the " + c.getKey()
                        + " check");
            }
            out.add(c.getKey());
        }
        return "checked in SQL, no row off: " + String.join(", ", out);
    }

    private long childCount(long goalId) {
        return jdbc.queryForObject("select child_count from goal where id = ?", Long.class, goalId);
    }

    private long ownGoals(long personId) {
        return jdbc.queryForObject("select count(*) from goal where owner_person_id = ? and status <> 'ABANDONED'",
                Long.class, personId);
    }

    /** A tree node for a goal: the queries only read its kind and goal id. */
    private static GoalNode node(long goalId, GoalLevel level) {
        return new GoalNode(GoalNode.Kind.GOAL, "goal:" + goalId, goalId, "goal " + goalId, level, null, null, null,
                null, null, 0, null, null, false, false, false, true);
    }

    private static String describe(Object result) {
        if (result instanceof List<?> list) {
            return list.size() + " rows";
        }
        return String.valueOf(result);
    }
}
