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
 * Benchmark program (not a test), MariaDB only: starting the check-in cadence for everyone (time, statements per
 * person) against the engine's raw speed at starting one trivial process per person, interleaved; then the busiest
 * hour of the running cadences (jobs per second needed, and what the job executor manages). One fresh JVM
 * ({@link CadenceProbe}) on a freshly created database per size.
 *
 * <pre>
 * ./mvnw -B -q -Pbench verify -Dbench.main=org.ladder.bench.CadenceBenchmark -Dbench.args="--sizes=5000,50000"
 * </pre>
 *
 * Options (defaults): {@code --sizes=5000,50000 --repetitions=3 --quiet-wait=0
 * --drain-seconds=120 --out=target/bench/cadence.txt --jfr=false}; {@code --jfr=true} records a flight recording of
 * each probe next to its log. The database is {@code LADDER_BENCH_CADENCE_DB_URL}, default
 * {@value #DEFAULT_URL}; it is dropped and created before every size. See BENCHMARKS.md.
 */
public final class CadenceBenchmark {

    static final String SUMMARY_MARKER = "LADDER_CADENCE";
    static final String DEFAULT_URL = "jdbc:mariadb://127.0.0.1:3306/ladder_bench_cadence"
            + "?transactionIsolation=READ-COMMITTED&nullDatabaseMeansCurrent=true";

    private final Map<String, String> options;
    private final Path out;
    private final Path work;
    private final StringBuilder report = new StringBuilder();

    private CadenceBenchmark(Map<String, String> options) {
        this.options = options;
        this.out = Path.of(options.get("out"));
        this.work = out.toAbsolutePath().getParent();
    }

    public static void main(String[] args) throws Exception {
        new CadenceBenchmark(parse(args)).run();
    }

    private void run() throws Exception {
        Files.createDirectories(work.resolve("logs"));
        String classpath = BenchLaunch.childClasspath(getClass(), work);
        List<Integer> sizes = Arrays.stream(options.get("sizes").split(",")).map(String::trim)
                .filter(s -> !s.isEmpty()).map(Integer::valueOf).toList();
        int repetitions = Integer.parseInt(options.get("repetitions"));
        int quietWait = Integer.parseInt(options.get("quiet-wait"));
        String url = System.getenv("LADDER_BENCH_CADENCE_DB_URL");
        url = url == null || url.isBlank() ? DEFAULT_URL : url;

        line("# Ladder check-in cadence benchmark: starting the cadence for everyone, and the busiest hour");
        line("");
        line("- date: " + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        line("- machine: " + Runtime.getRuntime().availableProcessors() + " CPUs, Java "
                + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")");
        line("- options: --sizes=" + options.get("sizes") + " --repetitions=" + repetitions
                + " --drain-seconds=" + options.get("drain-seconds"));
        line("- A = CheckInCadences#start for everyone + every launch job on the calling thread; B = raw engine: N x "
                + "startProcessInstanceByKey of start -> user task -> end, 100 per transaction; ratio = A / B");
        line("");

        List<String[]> summary = new ArrayList<>();
        for (int size : sizes) {
            BenchDatabase db = BenchDatabase.freshMariaDb(url);
            Path log = work.resolve("logs").resolve("cadence-" + size + ".log");
            Path section = work.resolve("logs").resolve("cadence-" + size + ".md");
            Files.deleteIfExists(section);
            System.out.println("[bench] cadence, " + size + " people, log " + log);
            if (quietWait > 0) {
                double others = MachineLoad.waitUntilQuiet(0.2, quietWait);
                System.out.printf(Locale.ROOT, "[bench] others' CPU before this measurement: %.2f cores%n", others);
            }
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            if (Boolean.parseBoolean(options.get("jfr"))) {
                // a profile of the probe (CPU samples every 10-20 ms): jfr print --events jdk.ExecutionSample
                command.add("-XX:StartFlightRecording=settings=profile,filename="
                        + work.resolve("logs").resolve("cadence-" + size + ".jfr"));
            }
            command.addAll(List.of("-Dladder.bench.size=" + size, "-Dladder.bench.repetitions=" + repetitions,
                    "-Dladder.bench.drain-seconds=" + options.get("drain-seconds"),
                    "-Dladder.bench.section=" + section, "-cp", classpath, CadenceProbe.class.getName()));
            command.addAll(db.springArgs());
            command.add("--camunda.bpm.job-execution.enabled=false");
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                    .start();
            int exit = process.waitFor();
            if (exit != 0) {
                throw new IllegalStateException("CadenceProbe failed (exit " + exit + "), see " + log);
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
        Table table = new Table("N people", "cadence start ms", "people/s", "statements per person",
                "raw engine ms", "ratio cadence / engine");
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
        values.put("repetitions", "3");
        values.put("quiet-wait", "0");
        values.put("drain-seconds", "120");
        values.put("out", "target/bench/cadence.txt");
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
