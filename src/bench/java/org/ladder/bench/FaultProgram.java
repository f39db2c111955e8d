package org.ladder.bench;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Faults against a real MariaDB and a real application process, checked by SQL (issue 13, RELIABILITY.md):
 * <ol>
 * <li><b>warm-up</b>: one publication without a fault, to measure the acknowledgement fan-out job (the longest
 * job; the job executor's lock time must fit it);</li>
 * <li><b>database stopped during the fan-out</b>: as soon as the job executor has locked the fan-out job, MariaDB is
 * shut down ({@code mariadb-admin shutdown}), kept down {@code --outage} seconds and started again;</li>
 * <li><b>application killed in the same place</b>: the application JVM gets SIGKILL ({@code kill -9}) as soon as
 * the fan-out job is locked, and is started again;</li>
 * <li><b>a timer due while the database is down</b>: the charter reminder timer (its delay shortened with
 * {@code --reminder-delay}) falls due during an outage of {@code --outage} seconds.</li>
 * </ol>
 * Each time it reports how long until the work was done after the fault, and checks: one campaign per version, one
 * request and one acknowledgement notification per active person, one reminder per pending person, no incident, no
 * job left failing. It runs its own MariaDB server ({@code mariadbd} on {@code --port}, data in {@code --datadir},
 * created with {@code mariadb-install-db}), so that stopping it disturbs nobody; nothing else uses it.
 */
public final class FaultProgram {

    private static final String DB = "ladder_fault_app";

    private final Map<String, String> options;
    private final Path work;
    private final Path datadir;
    private final Path socket;
    private final int port;
    private final String url;
    private final StringBuilder report = new StringBuilder();
    private Process mariadb;
    private Process app;
    private Writer appInput;
    private Path appLog;
    private int appStarts;
    private String classpath;
    private long people;
    private final List<String> problems = new ArrayList<>();

    private FaultProgram(Map<String, String> options) {
        this.options = options;
        this.work = Path.of("target/bench/faults").toAbsolutePath();
        this.datadir = Path.of(options.get("datadir")).toAbsolutePath();
        this.socket = datadir.resolve("mariadbd.sock");
        this.port = Integer.parseInt(options.get("port"));
        this.url = "jdbc:mariadb://127.0.0.1:" + port + "/" + DB
                + "?transactionIsolation=READ-COMMITTED&nullDatabaseMeansCurrent=true";
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = BenchLaunch.options(args, Map.of("people", "20000", "outage", "10",
                "port", "3407", "datadir", "/tmp/ladder-fault-mariadb", "reminder-delay", "PT90S",
                "out", "target/bench/faults.txt"));
        FaultProgram program = new FaultProgram(options);
        try {
            program.run();
        } finally {
            program.stopApp();
            program.stopDatabase();
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
        classpath = BenchLaunch.childClasspath(FaultProgram.class, work);
        line("# Fault program, " + Instant.now());
        line("");
        line("- options: " + options);
        startDatabase(true);
        try (Connection c = DriverManager.getConnection(serverUrl(), "root", "");
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + DB);
            s.execute("create database " + DB + " character set utf8mb4 collate utf8mb4_unicode_ci");
            line("- MariaDB: " + scalar(c, "select version()") + ", own server on port " + port + ", data in "
                    + datadir);
        }
        startApp(Integer.parseInt(options.get("people")));
        people = count("select count(*) from person where active = true");
        line("- organisation: " + people + " active people; every publication asks each of them");
        line("");

        // 1. warm-up: a publication without faults; the fan-out job's duration
        long warmupVersion = publishAndAwaitLock("A publication without faults");
        Instant locked = Instant.now();
        awaitFanOutDone(warmupVersion, Duration.ofMinutes(5));
        line("## 1. No fault");
        line("");
        line("- fan-out job (ask " + people + " people), from its lock to its commit as seen by SQL polling: "
                + ms(Duration.between(locked, Instant.now())) + " (the lock time is 30 s)");
        check(warmupVersion);

        // 2. MariaDB stopped during the fan-out
        long outageVersion = publishAndAwaitLock("MariaDB stops during the fan-out");
        Instant lockSeen = Instant.now();
        stopDatabase();
        Instant down = Instant.now();
        TimeUnit.SECONDS.sleep(Integer.parseInt(options.get("outage")));
        startDatabase(false);
        Instant up = Instant.now();
        Instant done = awaitFanOutDone(outageVersion, Duration.ofMinutes(5));
        line("");
        line("## 2. MariaDB stopped during the fan-out");
        line("");
        line("- fan-out job locked, MariaDB shut down " + ms(Duration.between(lockSeen, down)) + " later, down for "
                + ms(Duration.between(down, up)));
        line("- **work resumed and done " + ms(Duration.between(up, done)) + " after MariaDB was back** ("
                + ms(Duration.between(down, done)) + " after it stopped)");
        check(outageVersion);

        // 3. the application killed during the fan-out
        long crashVersion = publishAndAwaitLock("The application is killed during the fan-out");
        Instant killed = Instant.now();
        app.destroyForcibly().waitFor(); // SIGKILL, as kill -9
        Instant restartAt = Instant.now();
        startApp(0);
        Instant ready = Instant.now();
        done = awaitFanOutDone(crashVersion, Duration.ofMinutes(10));
        line("");
        line("## 3. Application killed (SIGKILL) during the fan-out, then started again");
        line("");
        line("- killed when the fan-out job was locked; the new process was ready "
                + ms(Duration.between(restartAt, ready)) + " after it was started");
        line("- **work resumed and done " + ms(Duration.between(killed, done)) + " after the kill** ("
                + ms(Duration.between(ready, done)) + " after the new process was ready)");
        check(crashVersion);

        // 4. a timer due while MariaDB is down: the reminder of the last publication
        Instant due = reminderDue(crashVersion);
        long remindersBefore = count("select count(*) from notification where kind = 'REMINDER'");
        Instant stopAt = due.minusSeconds(3);
        while (Instant.now().isBefore(stopAt)) {
            TimeUnit.MILLISECONDS.sleep(100);
        }
        stopDatabase();
        down = Instant.now();
        TimeUnit.SECONDS.sleep(Integer.parseInt(options.get("outage")));
        startDatabase(false);
        up = Instant.now();
        long pending = count("select count(*) from ack_request r join ack_campaign c on c.id = r.campaign_id "
                + "where c.subject_type = 'charter' and c.subject_id = " + crashVersion + " and r.acknowledged_at is null");
        done = await(Duration.ofMinutes(5), () -> count("select count(*) from notification where kind = 'REMINDER'")
                >= remindersBefore + pending && count(timerSql(crashVersion)) == 0);
        line("");
        line("## 4. The reminder timer due while MariaDB is down");
        line("");
        line("- reminder due at " + due + "; MariaDB down from " + ms(Duration.between(due, down)) + " to "
                + ms(Duration.between(due, up)) + " relative to it");
        line("- **reminder sent " + ms(Duration.between(up, done)) + " after MariaDB was back** ("
                + ms(Duration.between(due, done)) + " after it was due)");
        long reminders = count("select count(*) from notification where kind = 'REMINDER'") - remindersBefore;
        line("- reminders written: " + reminders + " for " + pending + " people pending"
                + (reminders == pending ? " (exactly once)" : " — NOT exactly once"));
        if (reminders != pending) {
            problems.add("reminders " + reminders + " for " + pending + " pending");
        }
        checkEngine();
        line("");
        line(problems.isEmpty() ? "All checks held." : "PROBLEMS: " + problems);
    }

    // --- the checks, by SQL ---------------------------------------------------------------------------------------

    private void check(long versionId) throws Exception {
        long campaigns = count("select count(*) from ack_campaign where subject_type = 'charter' and subject_id = "
                + versionId);
        long requests = count("select count(*) from ack_request r join ack_campaign c on c.id = r.campaign_id "
                + "where c.subject_type = 'charter' and c.subject_id = " + versionId);
        long distinct = count("select count(distinct r.person_id) from ack_request r join ack_campaign c "
                + "on c.id = r.campaign_id where c.subject_type = 'charter' and c.subject_id = " + versionId);
        long notified = count("select count(*) from notification n where n.kind = 'ACKNOWLEDGE' and n.created_at >= "
                + "(select created_at from ack_campaign where subject_type = 'charter' and subject_id = " + versionId
                + ") and n.title like (select concat('%', title) from ack_campaign where subject_type = 'charter' "
                + "and subject_id = " + versionId + ")");
        boolean once = campaigns == 1 && requests == people && distinct == people && notified == people;
        line("- version " + versionId + ": " + campaigns + " campaign, " + requests + " requests (" + distinct
                + " people), " + notified + " acknowledgement notifications" + (once ? " — exactly once" : " — WRONG"));
        if (!once) {
            problems.add("version " + versionId + ": campaigns " + campaigns + ", requests " + requests
                    + ", notifications " + notified);
        }
        checkEngine();
    }

    private void checkEngine() throws Exception {
        long incidents = count("select count(*) from ACT_RU_INCIDENT");
        long failing = count("select count(*) from ACT_RU_JOB where EXCEPTION_MSG_ is not null or RETRIES_ < 3");
        line("- engine: " + incidents + " incidents, " + failing + " jobs with a failure recorded");
        if (incidents > 0) {
            problems.add(incidents + " incidents");
        }
    }

    private long publishAndAwaitLock(String mission) throws Exception {
        long before = count("select coalesce(max(id), 0) from charter_version");
        appInput.write("publish " + mission + "\n");
        appInput.flush();
        await(Duration.ofMinutes(3), () -> count("select count(*) from charter_version where id > " + before) > 0);
        long version = count("select max(id) from charter_version");
        String key = "'charter-" + version + "'";
        String lockedJob = "select count(*) from ACT_RU_JOB j join ACT_RU_EXECUTION e on e.ID_ = j.PROCESS_INSTANCE_ID_ "
                + "where j.ACT_ID_ = 'Task_RequestAcknowledgements' and j.LOCK_OWNER_ is not null "
                + "and e.BUSINESS_KEY_ = " + key;
        try (Connection c = DriverManager.getConnection(url, "root", "");
                PreparedStatement s = c.prepareStatement(lockedJob)) {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (System.nanoTime() < deadline) {
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        return version;
                    }
                }
                if (count("select count(*) from ack_campaign where subject_type = 'charter' and subject_id = "
                        + version) > 0) {
                    throw new IllegalStateException("The fan-out of version " + version + " finished before its lock "
                            + "was seen: use more --people");
                }
            }
        }
        throw new IllegalStateException("The fan-out job of version " + version + " was never locked");
    }

    private Instant awaitFanOutDone(long versionId, Duration max) throws Exception {
        return await(max, () -> count("select count(*) from ack_request r join ack_campaign c on c.id = r.campaign_id "
                + "where c.subject_type = 'charter' and c.subject_id = " + versionId) >= people
                && count("select count(*) from ACT_RU_JOB j join ACT_RU_EXECUTION e on e.ID_ = j.PROCESS_INSTANCE_ID_ "
                        + "where j.ACT_ID_ = 'Task_RequestAcknowledgements' and e.BUSINESS_KEY_ = 'charter-"
                        + versionId + "'") == 0);
    }

    private Instant reminderDue(long versionId) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "root", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(timerSql(versionId).replace("count(*)", "j.DUEDATE_"))) {
            if (!rs.next()) {
                throw new IllegalStateException("No reminder timer for version " + versionId);
            }
            Timestamp due = rs.getTimestamp(1);
            return due.toInstant();
        }
    }

    private static String timerSql(long versionId) {
        return "select count(*) from ACT_RU_JOB j join ACT_RU_EXECUTION e on e.ID_ = j.PROCESS_INSTANCE_ID_ "
                + "where j.TYPE_ = 'timer' and j.ACT_ID_ = 'Timer_RemindPending' and e.BUSINESS_KEY_ = "
                + "'charter-" + versionId + "'";
    }

    // --- MariaDB, our own server ----------------------------------------------------------------------------------

    private void startDatabase(boolean fresh) throws Exception {
        if (fresh && !Files.exists(datadir.resolve("mysql"))) {
            Files.createDirectories(datadir);
            exec(List.of("chown", "mysql:mysql", datadir.toString()));
            exec(List.of("mariadb-install-db", "--no-defaults", "--datadir=" + datadir, "--user=mysql",
                    "--skip-test-db", "--auth-root-authentication-method=normal"));
        }
        mariadb = new ProcessBuilder("/usr/sbin/mariadbd", "--no-defaults", "--datadir=" + datadir,
                "--port=" + port, "--bind-address=127.0.0.1", "--socket=" + socket,
                "--pid-file=" + datadir.resolve("mariadbd.pid"), "--user=mysql", "--skip-grant-tables",
                "--innodb-buffer-pool-size=256M", "--log-error=" + datadir.resolve("error.log"))
                .redirectErrorStream(true).redirectOutput(work.resolve("mariadbd.out").toFile()).start();
        await(Duration.ofSeconds(60), () -> {
            try (Connection c = DriverManager.getConnection(serverUrl(), "root", "")) {
                return true;
            }
        });
    }

    private void stopDatabase() throws Exception {
        if (mariadb == null || !mariadb.isAlive()) {
            return;
        }
        exec(List.of("mariadb-admin", "--no-defaults", "--socket=" + socket, "-uroot", "shutdown"));
        if (!mariadb.waitFor(60, TimeUnit.SECONDS)) {
            mariadb.destroy();
            mariadb.waitFor();
        }
    }

    private String serverUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/";
    }

    // --- the application process ----------------------------------------------------------------------------------

    private void startApp(int seedPeople) throws Exception {
        appStarts++;
        appLog = work.resolve("app-" + appStarts + ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", classpath, "-Dladder.fault.people=" + seedPeople, FaultApp.class.getName(),
                "--spring.profiles.active=mariadb", "--spring.datasource.url=" + url,
                "--spring.datasource.username=root", "--spring.datasource.password=", "--ladder.demo.enabled=false",
                "--server.port=0", "--ladder.charter.reminder-delay=" + options.get("reminder-delay")));
        app = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(appLog.toFile()).start();
        appInput = new OutputStreamWriter(app.getOutputStream(), StandardCharsets.UTF_8);
        await(Duration.ofMinutes(5), () -> {
            if (!app.isAlive()) {
                throw new IllegalStateException("The application exited (" + app.exitValue() + "), see " + appLog);
            }
            return Files.readString(appLog).contains(FaultApp.READY);
        });
    }

    private void stopApp() throws InterruptedException {
        if (app != null && app.isAlive()) {
            app.destroy();
            if (!app.waitFor(60, TimeUnit.SECONDS)) {
                app.destroyForcibly().waitFor();
            }
        }
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    private interface Condition {
        boolean holds() throws Exception;
    }

    /** Polls every 50 ms until the condition holds (SQL failures while MariaDB is down count as "not yet"). */
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
            TimeUnit.MILLISECONDS.sleep(50);
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

    private void exec(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("commands.log").toFile())).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("Failed: " + String.join(" ", command) + " (see commands.log)");
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
