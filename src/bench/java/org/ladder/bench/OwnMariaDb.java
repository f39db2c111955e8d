package org.ladder.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A MariaDB server of the fault programs' own: a second {@code mariadbd} on its own port, socket and data folder
 * (created once with {@code mariadb-install-db}), started as this program's child and stopped with
 * {@code mariadb-admin shutdown}, so that stopping it disturbs nobody else on the machine (the shared server on 3306
 * is never touched). Bound to 127.0.0.1, {@code --skip-grant-tables}: root without a password.
 */
final class OwnMariaDb {

    private final Path datadir;
    private final Path socket;
    private final int port;
    private final Path logs;
    private Process server;

    OwnMariaDb(Path datadir, int port, Path logs) {
        this.datadir = datadir.toAbsolutePath();
        this.socket = this.datadir.resolve("mariadbd.sock");
        this.port = port;
        this.logs = logs;
    }

    int port() {
        return port;
    }

    Path datadir() {
        return datadir;
    }

    /** The JDBC URL of a database on this server, with the settings the engine needs. */
    String url(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database
                + "?transactionIsolation=READ-COMMITTED&nullDatabaseMeansCurrent=true";
    }

    String serverUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/";
    }

    /** Starts the server (initialising the data folder the first time) and waits until it answers. */
    void start() throws Exception {
        if (!Files.exists(datadir.resolve("mysql"))) {
            Files.createDirectories(datadir);
            exec(List.of("chown", "mysql:mysql", datadir.toString()));
            exec(List.of("mariadb-install-db", "--no-defaults", "--datadir=" + datadir, "--user=mysql",
                    "--skip-test-db", "--auth-root-authentication-method=normal"));
        }
        server = new ProcessBuilder("/usr/sbin/mariadbd", "--no-defaults", "--datadir=" + datadir,
                "--port=" + port, "--bind-address=127.0.0.1", "--socket=" + socket,
                "--pid-file=" + datadir.resolve("mariadbd.pid"), "--user=mysql", "--skip-grant-tables",
                "--innodb-buffer-pool-size=512M", "--max-connections=400",
                "--log-error=" + datadir.resolve("error.log"))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(
                        logs.resolve("mariadbd.out").toFile())).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            try (Connection c = DriverManager.getConnection(serverUrl(), "root", "")) {
                return;
            } catch (SQLException notYet) {
                if (!server.isAlive()) {
                    throw new IllegalStateException("mariadbd exited (" + server.exitValue() + "), see "
                            + datadir.resolve("error.log"));
                }
                TimeUnit.MILLISECONDS.sleep(100);
            }
        }
        throw new IllegalStateException("mariadbd on port " + port + " did not answer within 60 s");
    }

    /** Shuts the server down cleanly (as an outage looks to clients: connections refused until it is back). */
    void stop() throws Exception {
        if (server == null || !server.isAlive()) {
            return;
        }
        exec(List.of("mariadb-admin", "--no-defaults", "--socket=" + socket, "-uroot", "shutdown"));
        if (!server.waitFor(60, TimeUnit.SECONDS)) {
            server.destroy();
            server.waitFor();
        }
    }

    boolean isRunning() {
        return server != null && server.isAlive();
    }

    /** Drops and creates the database. */
    void freshDatabase(String database) throws SQLException {
        try (Connection c = DriverManager.getConnection(serverUrl(), "root", "");
                var s = c.createStatement()) {
            s.execute("drop database if exists " + database);
            s.execute("create database " + database + " character set utf8mb4 collate utf8mb4_unicode_ci");
        }
    }

    private void exec(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve("commands.log").toFile())).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("Failed: " + String.join(" ", command) + " (see "
                    + logs.resolve("commands.log") + ")");
        }
    }
}
