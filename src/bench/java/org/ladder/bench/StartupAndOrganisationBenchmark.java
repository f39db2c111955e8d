package org.ladder.bench;

import java.io.IOException;
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
 * Benchmark program (not a test): how long the application takes to start, and how long the server takes to
 * answer the first page of the organisation view and of the directory, for generated organisations of a few
 * sizes. Every measurement runs in a fresh JVM on a fresh database ({@link StartupProbe},
 * {@link OrganisationProbe}); this program prepares the databases, starts those JVMs and prints the report.
 *
 * <pre>
 * ./mvnw -B -q -Pbench verify -Dbench.args="--db=h2 --sizes=5000,50000 --iterations=30"
 * </pre>
 *
 * Options (defaults): {@code --db=h2|mariadb (h2) --sizes=5000,50000 --startups=3 --warmup=100 --iterations=30
 * --search=an --jvm-args= --quiet-wait=0 --out=target/bench/startup-and-organisation.txt}. {@code --jvm-args}
 * (comma-separated) go to every measured JVM; {@code --quiet-wait=600} waits up to 600 s before each measurement
 * until other processes use less than 0.2 cores (other builds share this machine). See BENCHMARKS.md.
 */
public final class StartupAndOrganisationBenchmark {

    private final Options options;
    private final Path work;
    private final StringBuilder report = new StringBuilder();
    private String classpath;

    private StartupAndOrganisationBenchmark(Options options) {
        this.options = options;
        this.work = options.out().toAbsolutePath().getParent();
    }

    public static void main(String[] args) throws Exception {
        new StartupAndOrganisationBenchmark(Options.parse(args)).run();
    }

    private void run() throws Exception {
        Files.createDirectories(work.resolve("logs"));
        classpath = BenchLaunch.childClasspath(getClass(), work);
        line("# Ladder start-up and organisation benchmark");
        line("");
        line("- date: " + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        line("- machine: " + Runtime.getRuntime().availableProcessors() + " CPUs, Java "
                + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + "), "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        line("- options: " + options);
        line("- each measurement in a fresh JVM (JVM options: " + (options.jvmArgs().isEmpty() ? "none"
                : String.join(" ", options.jvmArgs())) + ") on the project's classes and dependencies (test classes "
                + "left out), full web context on a random port, Vaadin in development mode");
        line("- \"others' CPU\": CPU time other processes used meanwhile, in cores (2 = the whole machine); "
                + "figures taken while it is well above 0 are inflated");
        line("");
        if (options.startups() > 0) {
            startup();
        }
        for (int size : options.sizes()) {
            organisation(size);
        }
        Files.writeString(options.out(), report, StandardCharsets.UTF_8);
        System.out.println();
        System.out.println("=".repeat(100));
        System.out.print(report);
        System.out.println("=".repeat(100));
        System.out.println("[bench] written to " + options.out().toAbsolutePath());
    }

    // ---------------------------------------------------------------- 1. start-up

    private void startup() throws Exception {
        Timings spring = new Timings("SpringApplication.run → ready");
        Timings jvm = new Timings("JVM start → ready");
        Timings cpu = new Timings("CPU time to ready");
        Table table = new Table("run", "SpringApplication.run → ready ms", "JVM start → ready ms",
                "JVM CPU time to ready ms", "others' CPU, cores");
        for (int run = 1; run <= options.startups(); run++) {
            BenchDatabase db = BenchDatabase.fresh(options.db());
            Path log = work.resolve("logs").resolve("startup-" + options.db() + "-" + run + ".log");
            System.out.println("[bench] start-up run " + run + " of " + options.startups() + ", log " + log);
            waitForQuietMachine();
            MachineLoad.Snapshot before = MachineLoad.Snapshot.now();
            try {
                runChild(StartupProbe.class, List.of(), db.springArgs(), log);
            } finally {
                db.discard();
            }
            MachineLoad.Snapshot after = MachineLoad.Snapshot.now();
            String result = Files.readAllLines(log).stream().filter(l -> l.startsWith(StartupProbe.MARKER))
                    .findFirst().orElseThrow(() -> new IllegalStateException("No result in " + log));
            String[] ms = result.split(" ");
            spring.add((long) (Double.parseDouble(ms[1]) * 1e6));
            jvm.add((long) (Double.parseDouble(ms[2]) * 1e6));
            cpu.add((long) (Double.parseDouble(ms[3]) * 1e6));
            long childCpu = (long) (Double.parseDouble(ms[4]) * 1e6);
            table.row(String.valueOf(run), ms[1], ms[2], ms[3], after.othersSince(before, childCpu));
        }
        table.row("median", Timings.ms(spring.median()), Timings.ms(jvm.median()), Timings.ms(cpu.median()), "");
        table.row("min", Timings.ms(spring.min()), Timings.ms(jvm.min()), Timings.ms(cpu.min()), "");
        table.row("max", Timings.ms(spring.max()), Timings.ms(jvm.max()), Timings.ms(cpu.max()), "");
        line("## Start-up on a fresh, empty " + options.db() + " database");
        line("");
        line("- \"ready\": ApplicationReadyEvent (Tomcat listening, Flyway and engine schema created, runners done); "
                + "JVM CPU time counts all threads (JIT and GC included)");
        line("");
        table.appendTo(report);
        line("");
    }

    // ---------------------------------------------------------------- 2. one organisation size

    private void organisation(int size) throws Exception {
        BenchDatabase db = BenchDatabase.fresh(options.db());
        Path log = work.resolve("logs").resolve("organisation-" + options.db() + "-" + size + ".log");
        Path section = work.resolve("logs").resolve("organisation-" + options.db() + "-" + size + ".md");
        Files.deleteIfExists(section);
        System.out.println("[bench] organisation of " + size + " people on " + options.db() + ", log " + log);
        waitForQuietMachine();
        try {
            runChild(OrganisationProbe.class, List.of("-Dladder.bench.size=" + size,
                    "-Dladder.bench.warmup=" + options.warmup(), "-Dladder.bench.iterations=" + options.iterations(),
                    "-Dladder.bench.search=" + options.search(), "-Dladder.bench.section=" + section),
                    db.springArgs(), log);
        } finally {
            db.discard();
        }
        report.append(Files.readString(section));
    }

    // ---------------------------------------------------------------- child JVMs

    /** With {@code --quiet-wait}: lets another build on this machine finish before the next measurement. */
    private void waitForQuietMachine() throws InterruptedException {
        if (options.quietWait() > 0) {
            double others = MachineLoad.waitUntilQuiet(0.2, options.quietWait());
            System.out.printf(Locale.ROOT, "[bench] others' CPU before this measurement: %.2f cores%n", others);
        }
    }

    private void runChild(Class<?> main, List<String> properties, List<String> args, Path log)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options.jvmArgs());
        command.addAll(properties);
        command.addAll(List.of("-cp", classpath, main.getName()));
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int exit = process.waitFor();
        if (exit != 0) {
            throw new IllegalStateException(main.getSimpleName() + " failed (exit " + exit + "), see " + log);
        }
    }

    private void line(String text) {
        report.append(text).append('\n');
    }

    // ---------------------------------------------------------------- options

    record Options(String db, List<Integer> sizes, int startups, int warmup, int iterations, String search,
            List<String> jvmArgs, int quietWait, Path out) {

        static Options parse(String[] args) {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("db", "h2");
            values.put("sizes", "5000,50000");
            values.put("startups", "3");
            values.put("warmup", "100");
            values.put("iterations", "30");
            values.put("search", "an");
            values.put("jvm-args", "");
            values.put("quiet-wait", "0");
            values.put("out", "target/bench/startup-and-organisation.txt");
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
            String db = values.get("db").toLowerCase(Locale.ROOT);
            if (!db.equals("h2") && !db.equals("mariadb")) {
                throw new IllegalArgumentException("--db must be h2 or mariadb");
            }
            List<Integer> sizes = Arrays.stream(values.get("sizes").split(",")).map(String::trim)
                    .filter(s -> !s.isEmpty()).map(Integer::valueOf).toList();
            List<String> jvmArgs = Arrays.stream(values.get("jvm-args").split(",")).map(String::trim)
                    .filter(a -> !a.isEmpty()).toList();
            int iterations = Integer.parseInt(values.get("iterations"));
            if (iterations < 1) {
                throw new IllegalArgumentException("--iterations must be at least 1");
            }
            return new Options(db, sizes, Integer.parseInt(values.get("startups")),
                    Integer.parseInt(values.get("warmup")), iterations, values.get("search"), jvmArgs,
                    Integer.parseInt(values.get("quiet-wait")), Path.of(values.get("out")));
        }

        @Override
        public String toString() {
            return "--db=" + db + " --sizes=" + String.join(",", sizes.stream().map(String::valueOf).toList())
                    + " --startups=" + startups + " --warmup=" + warmup + " --iterations=" + iterations + " --search="
                    + search + (jvmArgs.isEmpty() ? "" : " --jvm-args=" + String.join(",", jvmArgs))
                    + (quietWait == 0 ? "" : " --quiet-wait=" + quietWait);
        }
    }
}
