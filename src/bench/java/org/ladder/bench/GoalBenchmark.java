package org.ladder.bench;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Benchmark program (not a test), MariaDB only: the goals module at 5,000 and 50,000 goals in an organisation of
 * 5,000 people — server time and SQL statements of the alignment tree's first level, expanding a company and a unit
 * goal, "My ladder" (signed in as an employee, their manager and the CEO), and the roll-up after one key-result change
 * at depths 1–5. One fresh JVM ({@link GoalProbe}) on a freshly created database (BenchDatabase: LADDER_BENCH_DB_URL,
 * default {@code ladder_bench}); the tree sizes are measured one after the other in that JVM.
 *
 * <pre>
 * ./mvnw -B -q -Pbench verify -Dbench.main=org.ladder.bench.GoalBenchmark -Dbench.args="--goal-sizes=5000,50000"
 * </pre>
 *
 * Options (defaults): {@code --people=5000 --goal-sizes=5000,50000 --warmup=100 --iterations=30 --quiet-wait=0
 * --out=target/bench/goals.txt}. See BENCHMARKS.md.
 */
public final class GoalBenchmark {

    private final Map<String, String> options;
    private final Path out;
    private final Path work;
    private final StringBuilder report = new StringBuilder();

    private GoalBenchmark(Map<String, String> options) {
        this.options = options;
        this.out = Path.of(options.get("out"));
        this.work = out.toAbsolutePath().getParent();
    }

    public static void main(String[] args) throws Exception {
        new GoalBenchmark(parse(args)).run();
    }

    private void run() throws Exception {
        Files.createDirectories(work.resolve("logs"));
        String classpath = childClasspath();
        int quietWait = Integer.parseInt(options.get("quiet-wait"));
        line("# Ladder goals benchmark: alignment tree, my ladder, roll-up");
        line("");
        line("- date: " + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        line("- machine: " + Runtime.getRuntime().availableProcessors() + " CPUs, Java "
                + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")");
        StringBuilder opts = new StringBuilder("- options:");
        options.forEach((k, v) -> opts.append(" --").append(k).append('=').append(v));
        line(opts.toString());
        line("");

        BenchDatabase db = BenchDatabase.fresh("mariadb");
        Path log = work.resolve("logs").resolve("goals.log");
        Path section = work.resolve("logs").resolve("goals.md");
        Files.deleteIfExists(section);
        System.out.println("[bench] goals, log " + log);
        if (quietWait > 0) {
            double others = MachineLoad.waitUntilQuiet(0.2, quietWait);
            System.out.printf(Locale.ROOT, "[bench] others' CPU before this measurement: %.2f cores%n", others);
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-Dladder.bench.people=" + options.get("people"),
                "-Dladder.bench.goal-sizes=" + options.get("goal-sizes"),
                "-Dladder.bench.warmup=" + options.get("warmup"),
                "-Dladder.bench.iterations=" + options.get("iterations"),
                "-Dladder.bench.quiet-wait=" + options.get("quiet-wait"),
                "-Dladder.bench.section=" + section, "-cp", classpath, GoalProbe.class.getName()));
        command.addAll(db.springArgs());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int exit = process.waitFor();
        if (exit != 0) {
            throw new IllegalStateException("GoalProbe failed (exit " + exit + "), see " + log);
        }
        report.append(Files.readString(section));
        Files.writeString(out, report, StandardCharsets.UTF_8);
        System.out.println();
        System.out.println("=".repeat(100));
        System.out.print(report);
        System.out.println("=".repeat(100));
        System.out.println("[bench] written to " + out.toAbsolutePath() + "; SQL of one call of each operation: "
                + log);
    }

    /** As in {@link StartupAndOrganisationBenchmark}: the test class path without the test classes. */
    private String childClasspath() throws IOException, URISyntaxException {
        Path testClasses = Path.of(getClass().getProtectionDomain().getCodeSource().getLocation().toURI());
        Path benchClasses = work.resolve("classes");
        Path from = testClasses.resolve("org/ladder/bench");
        Path to = benchClasses.resolve("org/ladder/bench");
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        List<String> entries = new ArrayList<>();
        entries.add(benchClasses.toString());
        List<Path> parentEntries = new ArrayList<>();
        if (Thread.currentThread().getContextClassLoader() instanceof URLClassLoader loader) {
            for (URL u : loader.getURLs()) {
                parentEntries.add(Path.of(u.toURI()));
            }
        } else {
            Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(Path::of)
                    .forEach(parentEntries::add);
        }
        parentEntries.stream().filter(p -> !p.equals(testClasses)).map(Path::toString).forEach(entries::add);
        return String.join(File.pathSeparator, entries);
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("people", "5000");
        values.put("goal-sizes", "5000,50000");
        values.put("warmup", "100");
        values.put("iterations", "30");
        values.put("quiet-wait", "0");
        values.put("out", "target/bench/goals.txt");
        for (String arg : args) {
            if (arg.isBlank()) {
                continue;
            }
            int eq = arg.indexOf('=');
            String key = arg.startsWith("--") && eq > 2 ? arg.substring(2, eq) : null;
            if (key == null || !values.containsKey(key)) {
                throw new IllegalArgumentException("Unknown argument " + arg + "; known: --"
                        + String.join("=…, --", values.keySet()) + "=…");
            }
            values.put(key, arg.substring(eq + 1));
        }
        return values;
    }

    private void line(String text) {
        report.append(text).append('\n');
    }
}
