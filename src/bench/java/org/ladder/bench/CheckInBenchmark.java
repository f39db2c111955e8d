package org.ladder.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Benchmark program (not a test), MariaDB only: check-ins ({@code CheckIns#submit}) submitted by concurrent
 * workers, each signed in as a different person, on goals whose roll-ups share parents; throughput, latency,
 * statements, optimistic-lock conflicts (each must reach its worker as {@code ConcurrentEditException}; the worker
 * reloads and resubmits), and at the end the check that nothing was lost. Interleaved with the raw baseline: the same
 * key-result updates through {@code GoalPlanning#updateProgress}. One fresh JVM ({@link CheckInProbe}).
 *
 * <pre>
 * ./mvnw -B -q -Pbench verify -Dbench.main=org.ladder.bench.CheckInBenchmark -Dbench.args="--checkins=5000 --workers=8"
 * </pre>
 *
 * Options (defaults): {@code --people=1000 --goals=3000 --checkins=5000 --workers=8 --rounds=2 --stale-every=20
 * --pool=0 --quiet-wait=0 --out=target/bench/checkins.txt}; {@code --pool} is the connection pool's size (0: the
 * application's). The database is {@code LADDER_BENCH_CHECKIN_DB_URL}, default {@value #DEFAULT_URL}, dropped and
 * created first. See BENCHMARKS.md.
 */
public final class CheckInBenchmark {

    static final String DEFAULT_URL = "jdbc:mariadb://127.0.0.1:3306/ladder_bench_checkin"
            + "?transactionIsolation=READ-COMMITTED&nullDatabaseMeansCurrent=true";

    private final Map<String, String> options;
    private final Path out;
    private final Path work;
    private final StringBuilder report = new StringBuilder();

    private CheckInBenchmark(Map<String, String> options) {
        this.options = options;
        this.out = Path.of(options.get("out"));
        this.work = out.toAbsolutePath().getParent();
    }

    public static void main(String[] args) throws Exception {
        new CheckInBenchmark(parse(args)).run();
    }

    private void run() throws Exception {
        Files.createDirectories(work.resolve("logs"));
        String classpath = BenchLaunch.childClasspath(getClass(), work);
        String url = System.getenv("LADDER_BENCH_CHECKIN_DB_URL");
        url = url == null || url.isBlank() ? DEFAULT_URL : url;
        line("# Ladder check-in benchmark: concurrent check-ins");
        line("");
        line("- date: " + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        line("- machine: " + Runtime.getRuntime().availableProcessors() + " CPUs, Java "
                + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")");
        StringBuilder opts = new StringBuilder("- options:");
        options.forEach((k, v) -> opts.append(" --").append(k).append('=').append(v));
        line(opts.toString());
        line("");
        BenchDatabase db = BenchDatabase.freshMariaDb(url);
        Path log = work.resolve("logs").resolve("checkins.log");
        Path section = work.resolve("logs").resolve("checkins.md");
        Files.deleteIfExists(section);
        System.out.println("[bench] check-ins, log " + log);
        int quietWait = Integer.parseInt(options.get("quiet-wait"));
        if (quietWait > 0) {
            double others = MachineLoad.waitUntilQuiet(0.2, quietWait);
            System.out.printf(java.util.Locale.ROOT, "[bench] others' CPU before: %.2f cores%n", others);
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String key : List.of("people", "goals", "checkins", "workers", "rounds", "stale-every")) {
            command.add("-Dladder.bench." + key + "=" + options.get(key));
        }
        command.addAll(List.of("-Dladder.bench.section=" + section, "-cp", classpath, CheckInProbe.class.getName()));
        command.addAll(db.springArgs());
        command.add("--camunda.bpm.job-execution.enabled=false");
        if (!options.get("pool").equals("0")) {
            command.add("--spring.datasource.hikari.maximum-pool-size=" + options.get("pool"));
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int exit = process.waitFor();
        if (exit != 0) {
            throw new IllegalStateException("CheckInProbe failed (exit " + exit + "), see " + log);
        }
        report.append(Files.readString(section));
        List<String> lines = Files.readAllLines(log);
        long retried = lines.stream().filter(l -> l.contains("lost a lock conflict (attempt")).count();
        long deadlocks = lines.stream().filter(l -> l.contains("lost a lock conflict (attempt")
                && l.contains("Deadlock")).count();
        long gaveUp = lines.stream().filter(l -> l.contains("giving up")).count();
        line("- lock conflicts retried by base.persistence.DeadlockRetry (from the probe's log, warm-up included): "
                + retried + " (" + deadlocks + " deadlocks, " + (retried - deadlocks) + " lock wait timeouts); "
                + "given up: " + gaveUp);
        long poolTimeouts = lines.stream().filter(l -> l.contains("Connection is not available")).count();
        long afterCompletion = lines.stream().filter(l -> l.contains("afterCompletion threw")
                || l.contains("afterCommit threw")).count();
        line("- connection pool time-outs (Hikari's \u201cConnection is not available\u201d in the probe's log): "
                + poolTimeouts + "; failures of after-commit work (Spring's \u201cafterCompletion threw\u201d): "
                + afterCompletion);
        line("");
        Files.writeString(out, report, StandardCharsets.UTF_8);
        System.out.println();
        System.out.println("=".repeat(100));
        System.out.print(report);
        System.out.println("=".repeat(100));
        System.out.println("[bench] written to " + out.toAbsolutePath());
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("people", "1000");
        defaults.put("goals", "3000");
        defaults.put("checkins", "5000");
        defaults.put("workers", "8");
        defaults.put("rounds", "2");
        defaults.put("stale-every", "20");
        defaults.put("pool", "0");
        defaults.put("quiet-wait", "0");
        defaults.put("out", "target/bench/checkins.txt");
        return BenchLaunch.options(args, defaults);
    }

    private void line(String text) {
        report.append(text).append('\n');
    }
}
