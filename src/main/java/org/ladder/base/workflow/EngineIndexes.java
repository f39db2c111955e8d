package org.ladder.base.workflow;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Indexes the engine's own schema lacks at our scale (ADR 0036), created once the engine has created or checked its
 * tables and before its job executor runs. The engine's tables are made by the engine after Flyway has run, so a
 * migration cannot hold them.
 * <p>
 * {@code LADDER_IDX_JOB_DUEDATE}: the job executor's acquisition statement asks for jobs due now
 * ({@code DUEDATE_ is null or DUEDATE_ <= now}, retries left, not locked). Without an index on the due date it reads
 * every row of {@code ACT_RU_JOB}, and a cycle of 50,000 people keeps 100,000 timers there (each person's reminder and
 * escalation), due in days: 7–20 ms an acquisition at 5,000 people, growing with the table, many times a second while
 * a launch runs. With the index the statement reads the due rows only (0.2–0.4 ms, EXPLAIN: range on the index, the
 * exclusive-job subquery by process instance).
 */
@Component
class EngineIndexes extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(EngineIndexes.class);

    /** An index: its name, table (without the engine's prefix) and columns. */
    record Index(String name, String table, String columns) {
    }

    static final List<Index> INDEXES = List.of(new Index("LADDER_IDX_JOB_DUEDATE", "ACT_RU_JOB", "DUEDATE_"));

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        String prefix = configuration.getDatabaseTablePrefix() == null ? "" : configuration.getDatabaseTablePrefix();
        DataSource dataSource = configuration.getDataSource();
        try (Connection connection = dataSource.getConnection()) {
            for (Index index : INDEXES) {
                String table = prefix + index.table();
                if (!exists(connection, table, index.name())) {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("create index " + index.name() + " on " + table + " (" + index.columns()
                                + ")");
                    }
                    if (!connection.getAutoCommit()) {
                        connection.commit();
                    }
                    log.info("Created index {} on {} ({})", index.name(), table, index.columns());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the engine's indexes: " + e.getMessage(), e);
        }
    }

    static boolean exists(Connection connection, String table, String indexName) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        for (String name : List.of(table, table.toUpperCase(Locale.ROOT), table.toLowerCase(Locale.ROOT))) {
            try (ResultSet rs = meta.getIndexInfo(connection.getCatalog(), null, name, false, true)) {
                while (rs.next()) {
                    if (indexName.equalsIgnoreCase(rs.getString("INDEX_NAME"))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
