package db.migration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Goals and charter move from IDENTITY (auto_increment) ids to pooled sequences, so that Hibernate batches their
 * inserts (as people, audit and notifications already do). A sequence cannot start at a sub-query's value in
 * either database, so this migration reads each table's highest id and creates the sequence above it: a fresh
 * database starts at 1, one with rows at max + 51, so the first pooled block (value - 49 .. value) lies wholly
 * above every id in use. The columns lose auto_increment: an insert that does not take its id from the sequence
 * fails instead of colliding later. Runs on MariaDB and on H2 (MODE=MariaDB) alike.
 */
public class V8__sequence_ids extends BaseJavaMigration {

    /** Table → sequence, in the order the tables reference each other (none is referenced by an earlier one). */
    private static final Map<String, String> SEQUENCES = new java.util.LinkedHashMap<>();

    static {
        SEQUENCES.put("goal", "goal_seq");
        SEQUENCES.put("key_result", "key_result_seq");
        SEQUENCES.put("goal_revision", "goal_revision_seq");
        SEQUENCES.put("charter_version", "charter_version_seq");
        SEQUENCES.put("charter_review", "charter_review_seq");
    }

    /** The sequences' increment: Hibernate's {@code allocationSize} on the entities must be the same. */
    static final int INCREMENT = 50;

    @Override
    public void migrate(Context context) throws SQLException {
        try (Statement st = context.getConnection().createStatement()) {
            for (Map.Entry<String, String> e : SEQUENCES.entrySet()) {
                long max;
                try (ResultSet rs = st.executeQuery("select coalesce(max(id), 0) from " + e.getKey())) {
                    rs.next();
                    max = rs.getLong(1);
                }
                long start = max == 0 ? 1 : max + INCREMENT + 1;
                st.execute("alter table " + e.getKey() + " modify id bigint not null");
                st.execute("create sequence " + e.getValue() + " start with " + start + " increment by " + INCREMENT);
            }
        }
    }
}
