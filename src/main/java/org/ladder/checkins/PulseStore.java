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

    /** Per month of {@code from..to}: the answers given in each unit itself, by score. One statement. */
    Map<YearMonth, Map<Long, PulseSuppression.Tally>> ownTallies(YearMonth from, YearMonth to) {
        Map<YearMonth, Map<Long, PulseSuppression.Tally>> out = new HashMap<>();
        jdbc.query("select unit_id, period_start, score, count(*) as answers from pulse_answer "
                + "where period_start >= :from and period_start <= :to group by unit_id, period_start, score",
                new MapSqlParameterSource("from", Date.valueOf(from.atDay(1))).addValue("to", Date.valueOf(to.atDay(1))),
                rs -> {
                    YearMonth month = YearMonth.from(rs.getDate("period_start").toLocalDate());
                    long unit = rs.getLong("unit_id");
                    int score = rs.getInt("score");
                    int answers = rs.getInt("answers");
                    var units = out.computeIfAbsent(month, m -> new HashMap<>());
                    PulseSuppression.Tally t = units.getOrDefault(unit, PulseSuppression.Tally.empty());
                    int[] byScore = t.byScore().clone();
                    byScore[score - 1] += answers;
                    units.put(unit, new PulseSuppression.Tally(t.answers() + answers, byScore));
                });
        return out;
    }

    /**
     * The non-blank free-text lines given in these units (all units when null) in a month, in alphabetical order
     * (never in the order they were given), without names or dates.
     */
    List<String> lines(Collection<Long> unitIds, YearMonth month, long offset, int limit) {
        MapSqlParameterSource params = params(unitIds, month).addValue("limit", limit).addValue("offset", offset);
        return jdbc.queryForList("select trim(comment) as line from pulse_answer where period_start = :month"
                + unitClause(unitIds) + " and comment is not null and trim(comment) <> '' "
                + "order by trim(comment), id limit :limit offset :offset", params, String.class);
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
