package org.ladder.bench;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.ladder.people.OrgUnitNode;
import org.ladder.people.PeopleService;
import org.ladder.people.demo.DemoOrganisationGenerator;
import org.ladder.people.demo.OrgPlan;
import org.ladder.people.demo.OrgPlanWriter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * One organisation size, run in a fresh JVM by {@link StartupAndOrganisationBenchmark}: starts the application on
 * the empty database it is given (program arguments are Spring arguments), writes a generated organisation, and
 * times the server side of the first page of the organisation view and of the directory. Its settings come as
 * system properties {@code ladder.bench.size}, {@code .warmup}, {@code .iterations}, {@code .search}; it writes its
 * section of the report to the file {@code ladder.bench.section}.
 */
final class OrganisationProbe extends BenchProbe {

    private static final int PAGE = 50;


    private OrganisationProbe() {
    }

    public static void main(String[] springArgs) {
        launch(OrganisationProbe::new, springArgs);
    }

    @Override
    protected void run(String[] springArgs) {
        int size = Integer.getInteger("ladder.bench.size");
        StartupProbe.Started started = StartupProbe.start(springArgs);
        try (ConfigurableApplicationContext context = started.context()) {
            long t0 = System.nanoTime();
            OrgPlan plan = DemoOrganisationGenerator.scaled(size, 42);
            long generated = System.nanoTime() - t0;
            String hash = context.getBean(PasswordEncoder.class).encode("bench");
            MachineLoad.Snapshot before = MachineLoad.Snapshot.now();
            context.getBean(OrgPlanWriter.class).write(plan, hash);
            MachineLoad.Snapshot after = MachineLoad.Snapshot.now();
            long written = after.wallNanos() - before.wallNanos();

            line("## Organisation of " + size + " people on " + databaseVersion(context));
            line("");
            line("- context start in a fresh JVM on the empty database: " + Timings.ms(started.springMs()) + " ms");
            line(String.format(Locale.ROOT, "- plan: %d units, %d people, generated in %s ms; written with "
                    + "OrgPlanWriter in %s ms (%.0f people/s; others' CPU meanwhile %s cores)", plan.units().size(),
                    plan.people().size(), Timings.ms(generated / 1e6), Timings.ms(written / 1e6),
                    size / (written / 1e9), after.othersSince(before, 0)));

            // Sign in as an ordinary employee, the way a login does: the principal comes from the user details.
            String username = plan.people().get(plan.people().size() - 1).username();
            UserDetails user = context.getBean(UserDetailsService.class).loadUserByUsername(username);
            SecurityContext security = SecurityContextHolder.createEmptyContext();
            security.setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
            SecurityContextHolder.setContext(security);
            try {
                measure(size, context.getBean(PeopleService.class));
            } finally {
                SecurityContextHolder.clearContext();
            }
        }
    }

    private void measure(int size, PeopleService people) {
        int warmup = Integer.getInteger("ladder.bench.warmup");
        int iterations = Integer.getInteger("ladder.bench.iterations");
        String search = System.getProperty("ladder.bench.search");
        long directoryCount = people.countDirectory("", false);
        if (directoryCount != size) {
            throw new IllegalStateException("Expected " + size + " people in the directory, found " + directoryCount);
        }
        OrgUnitNode root = people.childUnits(null, 0, PAGE).get(0);
        OrgUnitNode team = biggestTeam(people);

        Map<String, Supplier<Object>> tree = new LinkedHashMap<>();
        tree.put("countChildUnits(null)", () -> people.countChildUnits(null));
        tree.put("childUnits(null, 0, 50)", () -> people.childUnits(null, 0, PAGE));
        tree.put("childUnits(root, 0, 50)", () -> people.childUnits(root.id(), 0, PAGE));
        tree.put("members(team, 0, 50)", () -> people.members(team.id(), 0, PAGE));
        tree.put("countMembers(team)", () -> people.countMembers(team.id()));
        Map<String, Supplier<Object>> directory = new LinkedHashMap<>();
        directory.put("countDirectory(\"\", false)", () -> people.countDirectory("", false));
        directory.put("directory(\"\", false, 0, 50)", () -> people.directory("", false, 0, PAGE));
        directory.put("countDirectory(\"" + search + "\", false)", () -> people.countDirectory(search, false));
        directory.put("directory(\"" + search + "\", false, 0, 50)", () -> people.directory(search, false, 0, PAGE));

        for (int i = 0; i < warmup; i++) {
            timeOnce(tree, null, null);
            timeOnce(directory, null, null);
        }
        MachineLoad.Snapshot before = MachineLoad.Snapshot.now();
        Map<String, Timings> treeTimings = timings(tree);
        Map<String, Timings> directoryTimings = timings(directory);
        Timings treeTotal = new Timings("= organisation view, first page (sum)");
        Timings directoryTotal = new Timings("= directory first page + search (sum)");
        for (int i = 0; i < iterations; i++) {
            timeOnce(tree, treeTimings, treeTotal);
            timeOnce(directory, directoryTimings, directoryTotal);
        }
        String others = MachineLoad.Snapshot.now().othersSince(before, 0);

        line("- root \"" + root.name() + "\": " + people.countChildUnits(root.id()) + " child units; biggest team \""
                + team.name() + "\": " + team.members() + " members; directory: " + directoryCount + " people, \""
                + search + "\" matches " + people.countDirectory(search, false));
        line("- signed in as an employee; " + warmup + " warm-up rounds, then " + iterations + " timed rounds; each "
                + "call is one service call (own read-only transaction); others' CPU during the timed rounds: "
                + others + " cores");
        line("");
        Table table = new Table("operation", "median ms", "p95 ms", "min ms", "max ms");
        treeTimings.values().forEach(table::row);
        table.row(treeTotal);
        directoryTimings.values().forEach(table::row);
        table.row(directoryTotal);
        table.appendTo(section);
        line("");
    }

    private static Map<String, Timings> timings(Map<String, Supplier<Object>> operations) {
        Map<String, Timings> timings = new LinkedHashMap<>();
        operations.keySet().forEach(name -> timings.put(name, new Timings(name)));
        return timings;
    }

    /** Runs each operation once, in order; records each time and their sum when asked to. */
    private static void timeOnce(Map<String, Supplier<Object>> operations, Map<String, Timings> timings,
            Timings total) {
        long sum = 0;
        for (var op : operations.entrySet()) {
            long t0 = System.nanoTime();
            Object result = op.getValue().get();
            long elapsed = System.nanoTime() - t0;
            if (result == null) {
                throw new IllegalStateException(op.getKey() + " returned null");
            }
            sum += elapsed;
            if (timings != null) {
                timings.get(op.getKey()).add(elapsed);
            }
        }
        if (total != null) {
            total.add(sum);
        }
    }

    /** Walks the whole tree through the service and returns the leaf unit with the most members. */
    private static OrgUnitNode biggestTeam(PeopleService people) {
        OrgUnitNode best = null;
        Deque<OrgUnitNode> todo = new ArrayDeque<>(allChildren(people, null));
        while (!todo.isEmpty()) {
            OrgUnitNode unit = todo.pop();
            if (unit.hasChildren()) {
                todo.addAll(allChildren(people, unit.id()));
            } else if (best == null || unit.members() > best.members()) {
                best = unit;
            }
        }
        if (best == null) {
            throw new IllegalStateException("The organisation has no units");
        }
        return best;
    }

    private static List<OrgUnitNode> allChildren(PeopleService people, Long parentId) {
        List<OrgUnitNode> all = new ArrayList<>();
        long count = people.countChildUnits(parentId);
        for (long offset = 0; offset < count; offset += 500) {
            all.addAll(people.childUnits(parentId, offset, 500));
        }
        return all;
    }


}
