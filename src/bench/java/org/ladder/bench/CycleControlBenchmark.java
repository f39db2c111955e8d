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
 * Benchmark program (not a test), MariaDB only: HR's pause, resume and cancel of a cycle of a generated organisation
 * (ADR 0034) — the time of HR's click, the time until all of the command's work has ended, instances per second,
 * statements per instance. One fresh JVM ({@link CycleControlProbe}) on a freshly created database per size.
 *
 * <pre>
 * LADDER_DB_URL='jdbc:mariadb://127.0.0.1:3306/ladder_controls?transactionIsolation=READ-COMMITTED&amp;nullDatabaseMeansCurrent=true' \
 *   ./mvnw -B -q -o -Pbench verify -Dbench.main=org.ladder.bench.CycleControlBenchmark -Dbench.args="--sizes=5000"
 * </pre>
 *
 * Options (defaults): {@code --sizes=5000 --chunk=500 --keep-sql=false --quiet-wait=0
 * --out=target/bench/cycle-control.txt}. The database is {@code LADDER_DB_URL} (or
 * {@code LADDER_BENCH_CYCLE_DB_URL}), default {@value #DEFAULT_URL}; it is dropped and created before every size.
 * See BENCHMARKS.md.
 */
public final class CycleControlBenchmark {

    static final String DEFAULT_URL = "jdbc:mariadb://127.0.0.1:3306/ladder_controls"
            + "?transactionIsolation=READ-COMMITTED&nullDatabaseMeansCurrent=true";

    private final Map<String, String> options;
    private final Path out;
    private final Path work;
    private final StringBuilder report = new StringBuilder();

    private CycleControlBenchmark(Map<String, String> options) {
        this.options = options;
        this.out = Path.of(options.get("out"));
        this.work = out.toAbsolutePath().getParent();
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("sizes", "5000");
        values.put("chunk", "500");
        values.put("keep-sql", "false");
        values.put("quiet-wait", "0");
        values.put("out", "target/bench/cycle-control.txt");
        new CycleControlBenchmark(BenchLaunch.options(args, values)).run();
    }

    private void run() throws Exception {
        Files.createDirectories(work.resolve("logs"));
        String classpath = BenchLaunch.childClasspath(getClass(), work);
        List<Integer> sizes = Arrays.stream(options.get("sizes").split(",")).map(String::trim)
                .filter(s -> !s.isEmpty()).map(Integer::valueOf).toList();
        int quietWait = Integer.parseInt(options.get("quiet-wait"));
        String url = firstSet(System.getenv("LADDER_BENCH_CYCLE_DB_URL"), System.getenv("LADDER_DB_URL"),
                DEFAULT_URL);
        line("# Ladder cycle control benchmark: HR's pause, resume and cancel of a cycle");
        line("");
        line("- date: " + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        line("- machine: " + Runtime.getRuntime().availableProcessors() + " CPUs, Java "
                + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")");
        line("- options: --sizes=" + options.get("sizes") + " --chunk=" + options.get("chunk") + " --keep-sql="
                + options.get("keep-sql"));
        line("- click = CycleControls#pause / #resume / #cancel on the caller's thread; until all work ended = from "
                + "the click until the command's cycle-control run has finished (for the cancel also every cadence "
                + "launch job that ends the cadence instances); statements on the caller and the job executor");
        line("");
        for (int size : sizes) {
            BenchDatabase db = BenchDatabase.freshMariaDb(url);
            Path log = work.resolve("logs").resolve("cycle-control-" + size + ".log");
            Path section = work.resolve("logs").resolve("cycle-control-" + size + ".md");
            Files.deleteIfExists(section);
            System.out.println("[bench] cycle control, " + size + " people, log " + log);
            if (quietWait > 0) {
                double others = MachineLoad.waitUntilQuiet(0.2, quietWait);
                System.out.printf(Locale.ROOT, "[bench] others' CPU before this measurement: %.2f cores%n", others);
            }
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(List.of("-Xmx2g", "-Dladder.bench.size=" + size, "-Dladder.bench.chunk="
                    + options.get("chunk"), "-Dladder.bench.keep-sql=" + options.get("keep-sql"),
                    "-Dladder.bench.section=" + section, "-cp", classpath, CycleControlProbe.class.getName()));
            command.addAll(db.springArgs());
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                    .start();
            int exit = process.waitFor();
            if (exit != 0) {
                throw new IllegalStateException("CycleControlProbe failed (exit " + exit + "), see " + log);
            }
            report.append(Files.readString(section));
            List<String> lines = Files.readAllLines(log);
            long optimistic = lines.stream().filter(l -> l.contains("OptimisticLockingException")).count();
            long deadlocks = lines.stream().filter(l -> l.toLowerCase(Locale.ROOT).contains("deadlock")).count();
            line("- log lines naming an OptimisticLockingException: " + optimistic + "; naming a deadlock: "
                    + deadlocks);
            line("");
        }
        Files.writeString(out, report, StandardCharsets.UTF_8);
        System.out.println("=".repeat(100));
        System.out.print(report);
        System.out.println("=".repeat(100));
        System.out.println("[bench] written to " + out.toAbsolutePath());
    }

    private static String firstSet(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        throw new IllegalStateException("No database URL");
    }

    private void line(String text) {
        report.append(text).append('\n');
    }
}
