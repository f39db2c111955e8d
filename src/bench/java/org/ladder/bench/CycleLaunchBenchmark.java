package org.ladder.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Benchmark program (not a test), MariaDB only: launching an alignment cycle for a generated organisation until
 * every person's first task exists — time, instances per second, statements and commits per person, lock conflicts
 * — against the engine's raw speed at starting trivial instances, interleaved; then the cycle page's diagram counts
 * on the last cycle. One fresh JVM ({@link CycleLaunchProbe}) on a freshly created database per size.
 *
 * <pre>
 * LADDER_DB_URL='jdbc:mariadb://127.0.0.1:3306/ladder_onboarding?transactionIsolation=READ-COMMITTED&amp;nullDatabaseMeansCurrent=true' \
 *   ./mvnw -B -q -Pbench verify -Dbench.main=org.ladder.bench.CycleLaunchBenchmark -Dbench.args="--sizes=5000,50000"
 * </pre>
 *
 * Options (defaults): {@code --sizes=5000,50000 --repetitions=2 --page-rounds=20 --quiet-wait=0
 * --out=target/bench/cycle-launch.txt}. The database is {@code LADDER_DB_URL} (or
 * {@code LADDER_BENCH_CYCLE_DB_URL}), default {@value #DEFAULT_URL}; it is dropped and created before every size.
 * See BENCHMARKS.md.
 */
public final class CycleLaunchBenchmark {

    static final String SUMMARY_MARKER = "LADDER_CYCLE_LAUNCH";
    static final String DEFAULT_URL = "jdbc:mariadb://127.0.0.1:3306/ladder_onboarding"
            + "?transactionIsolation=READ-COMMITTED&nullDatabaseMeansCurrent=true";

    private final Map<String, String> options;
    private final Path out;
    private final Path work;
    private final StringBuilder report = new StringBuilder();

    private CycleLaunchBenchmark(Map<String, String> options) {
        this.options = options;
        this.out = Path.of(options.get("out"));
        this.work = out.toAbsolutePath().getParent();
    }

    public static void main(String[] args) throws Exception {
        new CycleLaunchBenchmark(parse(args)).run();
    }

    private void run() throws Exception {
        Files.createDirectories(work.resolve("logs"));
        String classpath = BenchLaunch.childClasspath(getClass(), work);
        List<Integer> sizes = Arrays.stream(options.get("sizes").split(",")).map(String::trim)
                .filter(s -> !s.isEmpty()).map(Integer::valueOf).toList();
        int repetitions = Integer.parseInt(options.get("repetitions"));
        int quietWait = Integer.parseInt(options.get("quiet-wait"));
        String url = firstSet(System.getenv("LADDER_BENCH_CYCLE_DB_URL"), System.getenv("LADDER_DB_URL"),
                DEFAULT_URL);

        line("# Ladder cycle launch benchmark: every person's first task, and the cycle page's counts");
        line("");
        line("- date: " + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        line("- machine: " + Runtime.getRuntime().availableProcessors() + " CPUs, Java "
                + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")");
        line("- options: --sizes=" + options.get("sizes") + " --repetitions=" + repetitions + " --page-rounds="
                + options.get("page-rounds"));
        line("- A = CycleLaunches#launch for the whole organisation, the job executor starting the unit and person "
                + "instances, leadership and every head acting as soon as their task is there (their own time taken "
                + "out), until every person's first task exists; B = raw engine: as many startProcessInstanceByKey "
                + "of start -> user task, 100 per transaction; ratio = engine time of A / B");
        line("");

        List<String[]> summary = new ArrayList<>();
        for (int size : sizes) {
            BenchDatabase db = BenchDatabase.freshMariaDb(url);
            Path log = work.resolve("logs").resolve("cycle-launch-" + size + ".log");
            Path section = work.resolve("logs").resolve("cycle-launch-" + size + ".md");
            Files.deleteIfExists(section);
            System.out.println("[bench] cycle launch, " + size + " people, log " + log);
            if (quietWait > 0) {
                double others = MachineLoad.waitUntilQuiet(0.2, quietWait);
                System.out.printf(Locale.ROOT, "[bench] others' CPU before this measurement: %.2f cores%n", others);
            }
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(List.of("-Xmx2g", "-Dladder.bench.size=" + size, "-Dladder.bench.repetitions="
                    + (size >= 50_000 ? 1 : repetitions), "-Dladder.bench.page-rounds=" + options.get("page-rounds"),
                    "-Dladder.bench.section=" + section, "-cp", classpath, CycleLaunchProbe.class.getName()));
            command.addAll(db.springArgs());
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                    .start();
            int exit = process.waitFor();
            if (exit != 0) {
                throw new IllegalStateException("CycleLaunchProbe failed (exit " + exit + "), see " + log);
            }
            report.append(Files.readString(section));
            List<String> lines = Files.readAllLines(log);
            long optimistic = lines.stream().filter(l -> l.contains("OptimisticLockingException")).count();
            long deadlocks = lines.stream().filter(l -> l.toLowerCase(Locale.ROOT).contains("deadlock")).count();
            line("- log lines naming an OptimisticLockingException: " + optimistic + "; naming a deadlock: "
                    + deadlocks + " (each one a rolled-back job the executor ran again; the checks above found "
                    + "nothing lost)");
            line("");
            String result = lines.stream().filter(l -> l.startsWith(SUMMARY_MARKER)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No result in " + log));
            String[] f = result.split(" ");
            double wall = Double.parseDouble(f[2]);
            double engine = Double.parseDouble(f[3]);
            long instances = Long.parseLong(f[6]);
            summary.add(new String[] { f[1], Timings.ms(wall / 1e6), Timings.ms(engine / 1e6),
                    String.format(Locale.ROOT, "%.0f", instances / (engine / 1e9)), trim(f[4]), trim(f[5]) });
        }
        line("## Summary (medians)");
        line("");
        Table table = new Table("N people", "wall ms", "engine ms", "instances/s", "statements per person",
                "commits per person");
        summary.forEach(table::row);
        table.appendTo(report);

        Files.writeString(out, report, StandardCharsets.UTF_8);
        System.out.println();
        System.out.println("=".repeat(100));
        System.out.print(report);
        System.out.println("=".repeat(100));
        System.out.println("[bench] written to " + out.toAbsolutePath());
    }

    private static String trim(String number) {
        return number.substring(0, Math.min(5, number.length()));
    }

    private static String firstSet(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        throw new IllegalStateException("No database URL");
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("sizes", "5000,50000");
        values.put("repetitions", "2");
        values.put("page-rounds", "20");
        values.put("quiet-wait", "0");
        values.put("out", "target/bench/cycle-launch.txt");
        values = BenchLaunch.options(args, values);
        if (Integer.parseInt(values.get("repetitions")) < 1) {
            throw new IllegalArgumentException("--repetitions must be at least 1");
        }
        return values;
    }

    private void line(String text) {
        report.append(text).append('\n');
    }
}
