package org.ladder.bench;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Faults in the middle of a cycle launch, against a MariaDB server of its own ({@link OwnMariaDb}: a second
 * {@code mariadbd} on {@code --port}, so the machine's shared server is never stopped) and real application nodes
 * ({@link CycleFaultApp}, separate JVMs with their job executors on), checked by SQL:
 * <ol>
 * <li><b>MariaDB stopped</b> for {@code --outage} seconds once {@code --at} of the people's instances exist, then
 * started again: the launch must finish without restarting the application;</li>
 * <li><b>two nodes, one killed</b>: a second node on the same database; the node that launched is killed with
 * SIGKILL ({@code kill -9}) once {@code --at} of the people's instances exist; the other node finishes it (its job
 * executor takes over the killed node's jobs once their lock expires; the people's actions go on there).</li>
 * </ol>
 * Each time it checks: exactly one unit instance per unit and one person instance per person of the cycle (by
 * business key, running or ended), every person's first task there, no incident, no job left failing, and no job
 * that succeeded twice (the engine's job log). Options (defaults): {@code --people=5000 --outage=20 --at=0.5
 * --port=3337 --datadir=/tmp/ladder-onboarding-mariadb --out=target/bench/cycle-faults.txt}.
 *
 * <pre>
 * ./mvnw -B -q -Pbench verify -Dbench.main=org.ladder.bench.CycleFaultProgram -Dbench.args="--people=5000 --outage=20"
 * </pre>
 */
public final class CycleFaultProgram {

    private static final String DB = "ladder_onboarding_fault";

    private final Map<String, String> options;
    private final Path work;
    private final OwnMariaDb db;
    private final String url;
    private final StringBuilder report = new StringBuilder();
    private final List<String> problems = new ArrayList<>();
    private final List<Node> nodes = new ArrayList<>();
    private String classpath;

    private CycleFaultProgram(Map<String, String> options) {
        this.options = options;
        this.work = Path.of("target/bench/cycle-faults").toAbsolutePath();
        this.db = new OwnMariaDb(Path.of(options.get("datadir")), Integer.parseInt(options.get("port")), work);
        this.url = db.url(DB);
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = BenchLaunch.options(args, Map.of("people", "5000", "outage", "20", "at", "0.5",
                "port", "3337", "datadir", "/tmp/ladder-onboarding-mariadb", "out", "target/bench/cycle-faults.txt",
                "faults", "outage,kill"));
        CycleFaultProgram program = new CycleFaultProgram(options);
        try {
            program.run();
        } finally {
            for (Node n : program.nodes) {
                n.stop();
            }
            program.db.stop();
        }
        Path out = Path.of(options.get("out"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, program.report, StandardCharsets.UTF_8);
        System.out.println(program.report);
        if (!program.problems.isEmpty()) {
            throw new IllegalStateException("Faults left problems: " + program.problems);
        }
    }

    private void run() throws Exception {
        Files.createDirectories(work);
        classpath = BenchLaunch.childClasspath(CycleFaultProgram.class, work);
        int people = Integer.parseInt(options.get("people"));
        double at = Double.parseDouble(options.get("at"));
        int outage = Integer.parseInt(options.get("outage"));
        List<String> faults = List.of(options.get("faults").split(","));
        line("# Cycle fault program, " + Instant.now());
        line("");
        line("- options: " + options);
        db.start();
        try (Connection c = DriverManager.getConnection(db.serverUrl(), "root", "")) {
            line("- MariaDB " + scalar(c, "select version()") + ", a server of its own on port " + db.port()
                    + ", data in " + db.datadir() + " (the shared server is not touched)");
        }

        if (faults.contains("outage")) {
            db.freshDatabase(DB);
            Node a = start("a", people);
            long active = count("select count(*) from person where active = true");
            line("");
            line("## 1. MariaDB stopped for " + outage + " s in the middle of a launch of " + active + " people");
            line("");
            Launched launched = a.launch("Fault cycle outage");
            Instant reached = awaitPersonInstances(launched, at);
            db.stop();
            Instant down = Instant.now();
            TimeUnit.SECONDS.sleep(outage);
            db.start();
            Instant up = Instant.now();
            Instant done = awaitFirstTasks(launched, Duration.ofMinutes(30));
            line("- launched cycle " + launched.cycleId + " (" + launched.units + " units, " + launched.people
                    + " people); MariaDB shut down when " + Math.round(at * 100)
                    + " % of the people's instances existed (" + ms(Duration.between(reached, down))
                    + " after that was seen), down for " + ms(Duration.between(down, up)));
            line("- **launch finished " + ms(Duration.between(up, done)) + " after MariaDB was back**, the "
                    + "application never restarted: " + (a.alive() ? "node a still running" : "NODE A DIED"));
            if (!a.alive()) {
                problems.add("node a died during the outage");
            }
            check(launched);
            a.stop();
        }

        if (faults.contains("kill")) {
            db.freshDatabase(DB);
            Node a = start("a", people);
            Node b = start("b", 0);
            long active = count("select count(*) from person where active = true");
            line("");
            line("## 2. Two nodes on one MariaDB, the launching node killed (SIGKILL) in the middle of a launch of "
                    + active + " people");
            line("");
            Launched launched = a.launch("Fault cycle kill");
            Instant reached = awaitPersonInstances(launched, at);
            long lockedByA = count("select count(*) from ACT_RU_JOB where LOCK_OWNER_ is not null");
            a.kill();
            Instant killed = Instant.now();
            b.drive(launched.cycleId);
            Instant done = awaitFirstTasks(launched, Duration.ofMinutes(30));
            line("- launched cycle " + launched.cycleId + " on node a (" + launched.units + " units, "
                    + launched.people + " people); node a killed " + ms(Duration.between(reached, killed))
                    + " after " + Math.round(at * 100) + " % of the people's instances existed, with " + lockedByA
                    + " jobs locked");
            line("- **node b finished the launch " + ms(Duration.between(killed, done)) + " after the kill** (the "
                    + "job executor's lock time is 30 s: the killed node's locked jobs wait that long)");
            check(launched);
            b.stop();
        }
        line("");
        line(problems.isEmpty() ? "All checks held." : "PROBLEMS: " + problems);
    }

    // --- the checks, by SQL ---------------------------------------------------------------------------------------

    private void check(Launched l) throws Exception {
        String prefix = "'cycle-" + l.cycleId + "/%'";
        long unitInstances = count("select count(*) from ACT_HI_PROCINST p join ACT_RE_PROCDEF d on d.ID_ = "
                + "p.PROC_DEF_ID_ where d.KEY_ = 'unit-cascade' and p.BUSINESS_KEY_ like " + prefix);
        long personInstances = count("select count(*) from ACT_HI_PROCINST p join ACT_RE_PROCDEF d on d.ID_ = "
                + "p.PROC_DEF_ID_ where d.KEY_ = 'cycle-personal-goals' and p.BUSINESS_KEY_ like " + prefix);
        long duplicates = count("select count(*) from (select BUSINESS_KEY_ from ACT_HI_PROCINST where BUSINESS_KEY_ "
                + "like " + prefix + " group by BUSINESS_KEY_, PROC_DEF_KEY_ having count(*) > 1) d");
        long firstTasks = firstTasks(l);
        long incidents = count("select count(*) from ACT_RU_INCIDENT");
        long failing = count("select count(*) from ACT_RU_JOB where EXCEPTION_MSG_ is not null");
        long twice = count("select count(*) from (select JOB_ID_ from ACT_HI_JOB_LOG where JOB_STATE_ = 2 "
                + "group by JOB_ID_ having count(*) > 1) t");
        long failedRuns = count("select count(*) from ACT_HI_JOB_LOG where JOB_STATE_ = 1");
        boolean ok = unitInstances == l.units && personInstances == l.people && duplicates == 0
                && firstTasks >= l.people && incidents == 0 && failing == 0 && twice == 0;
        line("- " + unitInstances + " unit instances for " + l.units + " units, " + personInstances
                + " person instances for " + l.people + " people, " + duplicates + " business keys twice, "
                + firstTasks + " people with their first task; " + incidents + " incidents, " + failing
                + " jobs failing, " + twice + " jobs that succeeded twice; " + failedRuns + " job runs rolled back "
                + "and run again" + (ok ? " — exactly once, nothing lost" : " — WRONG"));
        if (!ok) {
            problems.add("cycle " + l.cycleId + ": units " + unitInstances + "/" + l.units + ", people "
                    + personInstances + "/" + l.people + ", duplicates " + duplicates + ", first tasks " + firstTasks
                    + ", incidents " + incidents + ", failing " + failing + ", twice " + twice);
        }
    }

    private long personInstances(Launched l) throws SQLException {
        return count("select count(*) from ACT_HI_PROCINST p join ACT_RE_PROCDEF d on d.ID_ = p.PROC_DEF_ID_ where "
                + "d.KEY_ = 'cycle-personal-goals' and p.BUSINESS_KEY_ like 'cycle-" + l.cycleId + "/person-%'");
    }

    private long firstTasks(Launched l) throws SQLException {
        return count("select count(*) from ACT_RU_TASK t join ACT_RU_EXECUTION e on e.ID_ = t.PROC_INST_ID_ where "
                + "t.TASK_DEF_KEY_ = 'Task_DraftPersonalGoals' and e.BUSINESS_KEY_ like 'cycle-" + l.cycleId
                + "/person-%'");
    }

    private Instant awaitPersonInstances(Launched l, double fraction) throws Exception {
        return await(Duration.ofMinutes(30), () -> personInstances(l) >= Math.max(1, Math.round(fraction * l.people)));
    }

    private Instant awaitFirstTasks(Launched l, Duration max) throws Exception {
        return await(max, () -> firstTasks(l) >= l.people && count("select count(*) from ACT_RU_JOB j join "
                + "ACT_RU_EXECUTION e on e.ID_ = j.PROCESS_INSTANCE_ID_ where e.BUSINESS_KEY_ like 'cycle-" + l.cycleId
                + "/%' and j.TYPE_ = 'message'") == 0);
    }

    // --- the application nodes ------------------------------------------------------------------------------------

    private record Launched(long cycleId, long units, long people) {
    }

    private Node start(String name, int seedPeople) throws Exception {
        Node node = new Node(name, work.resolve("node-" + name + "-" + (nodes.size() + 1) + ".log"));
        nodes.add(node);
        node.start(seedPeople);
        return node;
    }

    private final class Node {

        private final String name;
        private final Path log;
        private Process process;
        private Writer input;

        Node(String name, Path log) {
            this.name = name;
            this.log = log;
        }

        void start(int seedPeople) throws Exception {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-Xmx1500m", "-cp", classpath, "-Dladder.fault.people=" + seedPeople,
                    CycleFaultApp.class.getName(), "--spring.profiles.active=mariadb", "--spring.datasource.url=" + url,
                    "--spring.datasource.username=root", "--spring.datasource.password=",
                    "--ladder.demo.enabled=false", "--server.port=0"));
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            input = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
            await(Duration.ofMinutes(30), () -> {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Node " + name + " exited (" + process.exitValue() + "), see "
                            + log);
                }
                return Files.readString(log).contains(CycleFaultApp.READY);
            });
        }

        Launched launch(String cycleName) throws Exception {
            input.write("launch " + cycleName + "\n");
            input.flush();
            String[] found = new String[1];
            await(Duration.ofMinutes(10), () -> {
                for (String line : Files.readAllLines(log)) {
                    if (line.startsWith(CycleFaultApp.LAUNCHED)) {
                        found[0] = line.substring(CycleFaultApp.LAUNCHED.length());
                        return true;
                    }
                    if (line.startsWith("CYCLE-FAULT-APP FAILED")) {
                        throw new IllegalStateException("Node " + name + ": " + line);
                    }
                }
                return false;
            });
            String[] f = found[0].trim().split(" ");
            return new Launched(Long.parseLong(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2]));
        }

        void drive(long cycleId) throws Exception {
            input.write("drive " + cycleId + "\n");
            input.flush();
        }

        boolean alive() {
            return process != null && process.isAlive();
        }

        /** SIGKILL, as {@code kill -9}: no shutdown hook runs, locked jobs stay locked until their lock expires. */
        void kill() throws Exception {
            Process kill = new ProcessBuilder("kill", "-9", Long.toString(process.pid())).inheritIO().start();
            if (kill.waitFor() != 0) {
                throw new IllegalStateException("kill -9 " + process.pid() + " failed");
            }
            process.waitFor();
        }

        void stop() throws InterruptedException {
            if (alive()) {
                process.destroy();
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            }
        }
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    private interface Condition {
        boolean holds() throws Exception;
    }

    /** Polls every 100 ms until the condition holds (SQL failures while MariaDB is down count as “not yet”). */
    private static Instant await(Duration max, Condition condition) throws Exception {
        long deadline = System.nanoTime() + max.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (condition.holds()) {
                    return Instant.now();
                }
            } catch (SQLException notYet) {
                // the database is not back yet
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        throw new IllegalStateException("Not done within " + max);
    }

    private long count(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "root", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String scalar(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private void line(String text) {
        report.append(text).append('\n');
        System.out.println(text);
    }

    private static String ms(Duration d) {
        return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }
}
