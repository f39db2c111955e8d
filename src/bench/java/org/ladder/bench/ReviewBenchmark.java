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
 * Benchmark program (not a test), MariaDB only: starting a review round for everyone (time until every self-review
 * task exists, reviews per second, statements per review) against the engine's raw speed at starting as many
 * trivial processes, interleaved; then the calibration grid and HR's rating distributions with all those reviews in
 * the round (server time, statements). One fresh JVM ({@link ReviewProbe}) on a freshly created database per size.
 *
 * <pre>
 * ./mvnw -B -q -Pbench verify -Dbench.main=org.ladder.bench.ReviewBenchmark -Dbench.args="--sizes=5000,50000"
 * </pre>
 *
 * Options (defaults): {@code --sizes=5000,50000 --repetitions=2 --quiet-wait=0 --out=target/bench/reviews.txt
 * --jfr=false}; {@code --jfr=true} records a flight recording of each probe next to its log. The database is {@code LADDER_BENCH_REVIEW_DB_URL}, default
 * {@value #DEFAULT_URL}; it is dropped and created before every size. See BENCHMARKS.md.
 */
public final class ReviewBenchmark {

    static final String SUMMARY_MARKER = "LADDER_REVIEWS";
    static final String DEFAULT_URL = "jdbc:mariadb://127.0.0.1:3306/ladder_bench_review"
            + "?transactionIsolation=READ-COMMITTED&nullDatabaseMeansCurrent=true";

    private final Map<String, String> options;
    private final Path out;
    private final Path work;
    private final StringBuilder report = new StringBuilder();

    private ReviewBenchmark(Map<String, String> options) {
        this.options = options;
        this.out = Path.of(options.get("out"));
        this.work = out.toAbsolutePath().getParent();
    }

    public static void main(String[] args) throws Exception {
        new ReviewBenchmark(parse(args)).run();
    }

    private void run() throws Exception {
        Files.createDirectories(work.resolve("logs"));
        String classpath = BenchLaunch.childClasspath(getClass(), work);
        List<Integer> sizes = Arrays.stream(options.get("sizes").split(",")).map(String::trim)
                .filter(s -> !s.isEmpty()).map(Integer::valueOf).toList();
        int repetitions = Integer.parseInt(options.get("repetitions"));
        int quietWait = Integer.parseInt(options.get("quiet-wait"));
        String url = System.getenv("LADDER_BENCH_REVIEW_DB_URL");
        url = url == null || url.isBlank() ? DEFAULT_URL : url;

        line("# Ladder reviews benchmark: starting a review round for everyone, and reading it at that size");
        line("");
        line("- date: " + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        line("- machine: " + Runtime.getRuntime().availableProcessors() + " CPUs, Java "
                + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")");
        line("- options: --sizes=" + options.get("sizes") + " --repetitions=" + repetitions);
        line("- A = ReviewLaunches#startRound for everyone + every launch job on the calling thread, until every "
                + "self-review task exists; B = raw engine: as many startProcessInstanceByKey of start -> user task "
                + "-> end, 100 per transaction; ratio = A / B");
        line("");

        List<String[]> summary = new ArrayList<>();
        for (int size : sizes) {
            BenchDatabase db = BenchDatabase.freshMariaDb(url);
            Path log = work.resolve("logs").resolve("reviews-" + size + ".log");
            Path section = work.resolve("logs").resolve("reviews-" + size + ".md");
            Files.deleteIfExists(section);
            System.out.println("[bench] reviews, " + size + " people, log " + log);
            if (quietWait > 0) {
                double others = MachineLoad.waitUntilQuiet(0.2, quietWait);
                System.out.printf(Locale.ROOT, "[bench] others' CPU before this measurement: %.2f cores%n", others);
            }
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            if (Boolean.parseBoolean(options.get("jfr"))) {
                // a profile of the probe (CPU samples every 10-20 ms): jfr print --events jdk.ExecutionSample
                command.add("-XX:StartFlightRecording=settings=profile,filename="
                        + work.resolve("logs").resolve("reviews-" + size + ".jfr"));
            }
            command.addAll(List.of("-Dladder.bench.size=" + size, "-Dladder.bench.repetitions=" + repetitions,
                    "-Dladder.bench.section=" + section, "-cp", classpath, ReviewProbe.class.getName()));
            command.addAll(db.springArgs());
            command.add("--camunda.bpm.job-execution.enabled=false");
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                    .start();
            int exit = process.waitFor();
            if (exit != 0) {
                throw new IllegalStateException("ReviewProbe failed (exit " + exit + "), see " + log);
            }
            report.append(Files.readString(section));
            String result = Files.readAllLines(log).stream().filter(l -> l.startsWith(SUMMARY_MARKER)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No result in " + log));
            String[] f = result.split(" ");
            double a = Double.parseDouble(f[2]);
            double b = Double.parseDouble(f[3]);
            summary.add(new String[] { f[1], Timings.ms(a / 1e6), String.format(Locale.ROOT, "%.0f",
                    Integer.parseInt(f[1]) / (a / 1e9)), f[4].substring(0, Math.min(5, f[4].length())),
                    Timings.ms(b / 1e6), String.format(Locale.ROOT, "%.2f", a / b) });
        }
        line("## Summary (medians)");
        line("");
        Table table = new Table("reviews", "review start ms", "reviews/s", "statements per review",
                "raw engine ms", "ratio review / engine");
        summary.forEach(table::row);
        table.appendTo(report);

        Files.writeString(out, report, StandardCharsets.UTF_8);
        System.out.println();
        System.out.println("=".repeat(100));
        System.out.print(report);
        System.out.println("=".repeat(100));
        System.out.println("[bench] written to " + out.toAbsolutePath());
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("sizes", "5000,50000");
        values.put("repetitions", "2");
        values.put("quiet-wait", "0");
        values.put("out", "target/bench/reviews.txt");
        values.put("jfr", "false");
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
