package org.ladder.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A fresh, empty database for one Spring context, and the command-line arguments that point the application at
 * it. H2: a new file database in a new temporary folder. MariaDB: the {@code mariadb} profile and the database of
 * {@code LADDER_BENCH_DB_URL}, dropped and created again (root, empty password, unless LADDER_BENCH_DB_USER and
 * LADDER_BENCH_DB_PASSWORD say otherwise).
 */
final class BenchDatabase {

    static final String DEFAULT_MARIADB_URL = "jdbc:mariadb://127.0.0.1:3306/ladder_bench"
            + "?transactionIsolation=READ-COMMITTED&nullDatabaseMeansCurrent=true";

    private final String kind;
    private final String url;
    private final String user;
    private final String password;
    private final Path folder;

    private BenchDatabase(String kind, String url, String user, String password, Path folder) {
        this.kind = kind;
        this.url = url;
        this.user = user;
        this.password = password;
        this.folder = folder;
    }

    /** Creates (or, for MariaDB, drops and re-creates) an empty database of the given kind. */
    static BenchDatabase fresh(String kind) throws IOException, SQLException {
        switch (kind) {
            case "h2" -> {
                Path folder = Files.createTempDirectory("ladder-bench-h2-");
                String url = "jdbc:h2:file:" + folder.toAbsolutePath() + "/bench;MODE=MariaDB";
                return new BenchDatabase(kind, url, "sa", "", folder);
            }
            case "mariadb" -> {
                String url = env("LADDER_BENCH_DB_URL", DEFAULT_MARIADB_URL);
                String user = env("LADDER_BENCH_DB_USER", "root");
                String password = env("LADDER_BENCH_DB_PASSWORD", "");
                recreate(url, user, password);
                return new BenchDatabase(kind, url, user, password, null);
            }
            default -> throw new IllegalArgumentException("Unknown database kind " + kind);
        }
    }

    /** Drops and re-creates the MariaDB database of this URL (user and password as for {@link #fresh}). */
    static BenchDatabase freshMariaDb(String url) throws SQLException {
        String user = env("LADDER_BENCH_DB_USER", "root");
        String password = env("LADDER_BENCH_DB_PASSWORD", "");
        recreate(url, user, password);
        return new BenchDatabase("mariadb", url, user, password, null);
    }

    /** Spring command-line arguments (highest precedence) for a benchmark context on this database. */
    List<String> springArgs() {
        List<String> args = new ArrayList<>();
        if (kind.equals("mariadb")) {
            args.add("--spring.profiles.active=mariadb");
        }
        args.add("--spring.datasource.url=" + url);
        args.add("--spring.datasource.username=" + user);
        args.add("--spring.datasource.password=" + password);
        args.add("--ladder.demo.enabled=false");
        args.add("--server.port=0");
        return args;
    }

    /** Deletes the H2 folder; the context using it must be closed. MariaDB keeps the last database. */
    void discard() throws IOException {
        if (folder == null) {
            return;
        }
        try (var files = Files.walk(folder)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static void recreate(String url, String user, String password) throws SQLException {
        int slash = url.indexOf('/', "jdbc:mariadb://".length());
        int query = url.indexOf('?', slash);
        String database = url.substring(slash + 1, query < 0 ? url.length() : query);
        if (!database.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("Unexpected database name in " + url);
        }
        String serverUrl = url.substring(0, slash + 1);
        try (Connection c = DriverManager.getConnection(serverUrl, user, password);
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + database);
            s.execute("create database " + database); // server defaults (here utf8mb4)
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
