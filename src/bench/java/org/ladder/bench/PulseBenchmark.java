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
 * Benchmark program (not a test), MariaDB only: the alignment pulse's results (checkins.PulseResults) at 5,000 and
 * 50,000 people with 6 months of answers — server time and SQL statements of the pulse page for the company (signed
 * in as HR), a division and a department (signed in as their heads). One fresh JVM ({@link PulseProbe}) per size on
 * a freshly created database (BenchDatabase: LADDER_BENCH_DB_URL, default {@code ladder_bench}).
 *
 * <pre>
 * ./mvnw -B -q -Pbench verify -Dbench.main=org.ladder.bench.PulseBenchmark -Dbench.args="--sizes=5000,50000"
 * </pre>
 *
 * Options (defaults): {@code --sizes=5000,50000 --warmup=50 --iterations=30 --quiet-wait=0
 * --out=target/bench/pulse.txt}. See BENCHMARKS.md.
 */
public final class PulseBenchmark {

    private final Map<String, String> options;
    private final Path out;
    private final Path work;
    private final StringBuilder report = new StringBuilder();

    private PulseBenchmark(Map<String, String> options) {
        this.options = options;
        this.out = Path.of(options.get("out"));
        this.work = out.toAbsolutePath().getParent();
    }

    public static void main(String[] args) throws Exception {
        new PulseBenchmark(parse(args)).run();
    }

    private void run() throws Exception {
        Files.createDirectories(work.resolve("logs"));
        String classpath = BenchLaunch.childClasspath(getClass(), work);
        int quietWait = Integer.parseInt(options.get("quiet-wait"));
        line("# Ladder alignment pulse benchmark: trend per unit");
        line("");
        line("- date: " + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        line("- machine: " + Runtime.getRuntime().availableProcessors() + " CPUs, Java "
                + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")");
        StringBuilder opts = new StringBuilder("- options:");
        options.forEach((k, v) -> opts.append(" --").append(k).append('=').append(v));
        line(opts.toString());
        line("");
        for (String size : options.get("sizes").split(",")) {
            if (size.isBlank()) {
                continue;
            }
            BenchDatabase db = BenchDatabase.fresh("mariadb");
            Path log = work.resolve("logs").resolve("pulse-" + size.trim() + ".log");
            Path section = work.resolve("logs").resolve("pulse-" + size.trim() + ".md");
            Files.deleteIfExists(section);
            System.out.println("[bench] pulse at " + size.trim() + " people, log " + log);
            if (quietWait > 0) {
                double others = MachineLoad.waitUntilQuiet(0.2, quietWait);
                System.out.printf(Locale.ROOT, "[bench] others' CPU before this measurement: %.2f cores%n", others);
            }
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(List.of("-Dladder.bench.people=" + size.trim(),
                    "-Dladder.bench.warmup=" + options.get("warmup"),
                    "-Dladder.bench.iterations=" + options.get("iterations"),
                    "-Dladder.bench.quiet-wait=" + options.get("quiet-wait"),
                    "-Dladder.bench.section=" + section, "-cp", classpath, PulseProbe.class.getName()));
            command.addAll(db.springArgs());
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                    .start();
            int exit = process.waitFor();
            if (exit != 0) {
                throw new IllegalStateException("PulseProbe failed (exit " + exit + "), see " + log);
            }
            report.append(Files.readString(section));
        }
        Files.writeString(out, report, StandardCharsets.UTF_8);
        System.out.println();
        System.out.println("=".repeat(100));
        System.out.print(report);
        System.out.println("=".repeat(100));
        System.out.println("[bench] written to " + out.toAbsolutePath() + "; SQL of one call of each operation in "
                + work.resolve("logs"));
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("sizes", "5000,50000");
        defaults.put("warmup", "50");
        defaults.put("iterations", "30");
        defaults.put("quiet-wait", "0");
        defaults.put("out", "target/bench/pulse.txt");
        return BenchLaunch.options(args, defaults);
    }

    private void line(String text) {
        report.append(text).append('\n');
    }
}
