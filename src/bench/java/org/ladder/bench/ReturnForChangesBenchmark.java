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
 * Benchmark program (not a test), MariaDB: what a manager waits for when returning a goal for changes, against the
 * engine's raw loop completing the same task. One fresh JVM ({@link ReturnForChangesProbe}) on a freshly created
 * database; inside it the click in headless Chromium, the service call and the raw engine call alternate.
 *
 * <pre>
 * ./mvnw -B -q -Pbench verify -Dbench.main=org.ladder.bench.ReturnForChangesBenchmark -Dbench.args="--rounds=15"
 * </pre>
 *
 * Options (defaults): {@code --people=1000 --rounds=15 --warmup=5 --browser=true --jvm-args= --quiet-wait=0
 * --out=target/bench/return-for-changes.txt}. {@code --jvm-args} (separated by {@code ;}, JFR's options have commas) go to the probe JVM, e.g.
 * {@code -XX:StartFlightRecording=filename=target/bench/return.jfr,settings=profile}. The database is
 * {@code LADDER_BENCH_RETURN_DB_URL}, default {@value #DEFAULT_URL}; it is dropped and created first. See
 * BENCHMARKS.md.
 */
public final class ReturnForChangesBenchmark {

    static final String SUMMARY_MARKER = "LADDER_RETURN";
    static final String DEFAULT_URL = "jdbc:mariadb://127.0.0.1:3306/ladder_bench_return"
            + "?transactionIsolation=READ-COMMITTED&nullDatabaseMeansCurrent=true";

    private ReturnForChangesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("people", "1000");
        defaults.put("rounds", "15");
        defaults.put("warmup", "5");
        defaults.put("browser", "true");
        defaults.put("jvm-args", "");
        defaults.put("quiet-wait", "0");
        defaults.put("out", "target/bench/return-for-changes.txt");
        Map<String, String> options = BenchLaunch.options(args, defaults);
        Path out = Path.of(options.get("out"));
        Path work = out.toAbsolutePath().getParent();
        Files.createDirectories(work.resolve("logs"));
        String classpath = BenchLaunch.childClasspath(ReturnForChangesBenchmark.class, work);
        String url = System.getenv("LADDER_BENCH_RETURN_DB_URL");
        url = url == null || url.isBlank() ? DEFAULT_URL : url;

        StringBuilder report = new StringBuilder();
        report.append("# Ladder benchmark: \"Return for changes\" on a goal-approval task\n\n");
        report.append("- date: ").append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                .append('\n');
        report.append("- machine: ").append(Runtime.getRuntime().availableProcessors()).append(" CPUs, Java ")
                .append(System.getProperty("java.version")).append('\n');
        report.append("- options: ").append(String.join(" ", args)).append('\n');
        report.append("- others' CPU = what all other processes used during the round (cores; 2 = the whole "
                + "machine; the probe JVM, mariadbd and the headless Chromiums are not counted: Chromium's own share is its column)\n\n");

        BenchDatabase db = BenchDatabase.freshMariaDb(url);
        Path log = work.resolve("logs").resolve("return-for-changes.log");
        Path section = work.resolve("logs").resolve("return-for-changes.md");
        Files.deleteIfExists(section);
        int quietWait = Integer.parseInt(options.get("quiet-wait"));
        if (quietWait > 0) {
            double others = MachineLoad.waitUntilQuiet(0.2, quietWait);
            System.out.printf(Locale.ROOT, "[bench] others' CPU before the measurement: %.2f cores%n", others);
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Arrays.stream(options.get("jvm-args").split(";")).map(String::trim).filter(s -> !s.isEmpty())
                .forEach(command::add);
        command.addAll(List.of("-Dladder.bench.people=" + options.get("people"),
                "-Dladder.bench.rounds=" + options.get("rounds"), "-Dladder.bench.warmup=" + options.get("warmup"),
                "-Dladder.bench.browser=" + options.get("browser"), "-Dladder.bench.section=" + section,
                "-cp", classpath, ReturnForChangesProbe.class.getName()));
        command.addAll(db.springArgs());
        System.out.println("[bench] return for changes, log " + log);
        MachineLoad.Snapshot s0 = MachineLoad.Snapshot.now();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int exit = process.waitFor();
        MachineLoad.Snapshot s1 = MachineLoad.Snapshot.now();
        if (exit != 0) {
            throw new IllegalStateException("ReturnForChangesProbe failed (exit " + exit + "), see " + log);
        }
        report.append(Files.readString(section));
        report.append("- load average at the end (/proc/loadavg): ")
                .append(Files.readString(Path.of("/proc/loadavg")).trim()).append('\n');
        Files.writeString(out, report, StandardCharsets.UTF_8);
        System.out.println("=".repeat(100));
        System.out.print(report);
        System.out.println("=".repeat(100));
        System.out.println("[bench] written to " + out.toAbsolutePath());
    }
}
