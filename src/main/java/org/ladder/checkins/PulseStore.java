package org.ladder.checkins;

import java.sql.Date;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads {@code pulse_answer} in aggregates only: counts per unit, month and score, the free-text lines of a group
 * (text alone, in alphabetical order) and a person's own answers. The table and its rows belong to the check-in
 * side of this module; nothing here writes.
 */
@Component
class PulseStore {

    private final NamedParameterJdbcTemplate jdbc;

    PulseStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Per month of {@code from..to}: the answers given in each unit itself, by score. One statement, read from the
     * index {@code (period_start, unit_id, score)} alone (V19).
     */
    Map<YearMonth, Map<Long, PulseSuppression.Tally>> ownTallies(YearMonth from, YearMonth to) {
        Map<YearMonth, Map<Long, PulseSuppression.Tally>> out = new HashMap<>();
        jdbc.query("select period_start, unit_id, count(*) as answers, "
                + "sum(case when score = 1 then 1 else 0 end) as s1, sum(case when score = 2 then 1 else 0 end) as s2, "
                + "sum(case when score = 3 then 1 else 0 end) as s3, sum(case when score = 4 then 1 else 0 end) as s4, "
                + "sum(case when score = 5 then 1 else 0 end) as s5 from pulse_answer "
                + "where period_start >= :from and period_start <= :to group by period_start, unit_id",
                new MapSqlParameterSource("from", Date.valueOf(from.atDay(1))).addValue("to", Date.valueOf(to.atDay(1))),
                rs -> {
                    YearMonth month = YearMonth.from(rs.getDate("period_start").toLocalDate());
                    int[] byScore = {rs.getInt("s1"), rs.getInt("s2"), rs.getInt("s3"), rs.getInt("s4"),
                        rs.getInt("s5")};
                    out.computeIfAbsent(month, m -> new HashMap<>())
                            .put(rs.getLong("unit_id"), new PulseSuppression.Tally(rs.getInt("answers"), byScore));
                });
        return out;
    }

    /**
     * The non-blank free-text lines given in these units (all units when null) in a month, in alphabetical order
     * (never in the order they were given), without names or dates; read in the order of the index
     * {@code (period_start, comment)} (V19).
     */
    List<String> lines(Collection<Long> unitIds, YearMonth month, long offset, int limit) {
        MapSqlParameterSource params = params(unitIds, month).addValue("limit", limit).addValue("offset", offset);
        return jdbc.queryForList("select trim(comment) as line from pulse_answer where period_start = :month"
                + unitClause(unitIds) + " and comment is not null and trim(comment) <> '' "
                + "order by comment limit :limit offset :offset", params, String.class);
    }

    long countLines(Collection<Long> unitIds, YearMonth month) {
        Long n = jdbc.queryForObject("select count(*) from pulse_answer where period_start = :month"
                + unitClause(unitIds) + " and comment is not null and trim(comment) <> ''", params(unitIds, month),
                Long.class);
        return n == null ? 0 : n;
    }

    /** A person's own answers, newest month first. */
    List<MyPulseAnswer> answersOf(long personId, int limit) {
        return jdbc.query("select period_start, score, comment from pulse_answer where person_id = :person "
                + "order by period_start desc limit :limit",
                new MapSqlParameterSource("person", personId).addValue("limit", limit),
                (rs, i) -> new MyPulseAnswer(YearMonth.from(rs.getDate("period_start").toLocalDate()),
                        rs.getInt("score"), rs.getString("comment")));
    }

    private static MapSqlParameterSource params(Collection<Long> unitIds, YearMonth month) {
        MapSqlParameterSource params = new MapSqlParameterSource("month", Date.valueOf(month.atDay(1)));
        if (unitIds != null) {
            params.addValue("units", unitIds);
        }
        return params;
    }

    private static String unitClause(Collection<Long> unitIds) {
        return unitIds == null ? "" : " and unit_id in (:units)";
    }
}
