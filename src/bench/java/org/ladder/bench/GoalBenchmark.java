package org.ladder.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
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
        String classpath = BenchLaunch.childClasspath(getClass(), work);
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

    private static Map<String, String> parse(String[] args) {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("people", "5000");
        defaults.put("goal-sizes", "5000,50000");
        defaults.put("warmup", "100");
        defaults.put("iterations", "30");
        defaults.put("quiet-wait", "0");
        defaults.put("out", "target/bench/goals.txt");
        return BenchLaunch.options(args, defaults);
    }

    private void line(String text) {
        report.append(text).append('\n');
    }
}
