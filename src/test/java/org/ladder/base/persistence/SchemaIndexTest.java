package org.ladder.base.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ladder.support.LadderIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every index of Ladder's own tables covers its columns whole. MariaDB silently turns an index on a too-long key
 * (over 3072 bytes, e.g. a utf8mb4 varchar(1000)) into a prefix index with only a warning ("Specified key was too
 * long"); the catalogue shows it as a SUB_PART. H2 has no prefix indexes: there the check finds ix_goal_path on
 * the whole path column.
 */
@LadderIntegrationTest
class SchemaIndexTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void noIndexOfOursIsCutToAPrefix() throws Exception {
        String product = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
        if ("MariaDB".equals(product) || "MySQL".equals(product)) {
            List<String> cut = jdbc.queryForList("select concat(table_name, '.', index_name, '(', column_name, ' ', "
                    + "sub_part, ')') from information_schema.statistics where table_schema = database() "
                    + "and sub_part is not null and lower(table_name) not like 'act\\_%'", String.class);
            assertThat(cut).as("prefix indexes").isEmpty();
            assertThat(jdbc.queryForList("select column_name from information_schema.statistics where "
                    + "table_schema = database() and table_name = 'goal' and index_name = 'ix_goal_path'",
                    String.class)).containsExactly("path");
            assertThat(jdbc.queryForObject("select character_set_name from information_schema.columns where "
                    + "table_schema = database() and table_name = 'goal' and column_name = 'path'", String.class))
                    .isEqualTo("ascii");
        } else {
            assertThat(jdbc.queryForList("select column_name from information_schema.index_columns where "
                    + "table_name = 'GOAL' and index_name = 'IX_GOAL_PATH'", String.class)).containsExactly("PATH");
        }
    }
}
