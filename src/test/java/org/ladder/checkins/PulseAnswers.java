package org.ladder.checkins;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Pulse answers for tests, inserted with SQL (the check-in form writes them in the application) in months long
 * past, so that no other test's answers mix in: each answer in a month from another demo person.
 */
public final class PulseAnswers {

    /** Months before this one belong to the pulse tests. */
    static final String BEFORE = "2020-01-01";

    private static final AtomicLong IDS = new AtomicLong(7_000_000_000L);

    private final JdbcTemplate jdbc;
    private final PulseResults results;
    private final List<Long> people;
    private final Map<YearMonth, Integer> used = new HashMap<>();

    public PulseAnswers(JdbcTemplate jdbc, PulseResults results) {
        this.jdbc = jdbc;
        this.results = results;
        this.people = jdbc.queryForList("select id from person where username <> 'employee' order by id",
                Long.class); // the employee's own answers are added one by one (addFor)
        clear();
    }

    /** {@code n} answers in a unit and month, all with this score and comment (null: none). */
    public PulseAnswers add(long unitId, YearMonth month, int n, int score, String comment) {
        for (int i = 0; i < n; i++) {
            int at = used.merge(month, 1, Integer::sum) - 1;
            jdbc.update("insert into pulse_answer (id, person_id, unit_id, period_start, score, comment, answered_at) "
                    + "values (?, ?, ?, ?, ?, ?, ?)", IDS.incrementAndGet(), people.get(at), unitId,
                    Date.valueOf(month.atDay(1)), score, comment,
                    Timestamp.valueOf(month.atDay(1).atTime(9, 0).plusMinutes(at)));
        }
        results.forgetKeptMonths(); // the application never writes an ended month; this test does
        return this;
    }

    /** One answer of this person (who must not have answered in that month through {@link #add}). */
    public PulseAnswers addFor(long personId, long unitId, YearMonth month, int score, String comment) {
        jdbc.update("insert into pulse_answer (id, person_id, unit_id, period_start, score, comment, answered_at) "
                + "values (?, ?, ?, ?, ?, ?, ?)", IDS.incrementAndGet(), personId, unitId,
                Date.valueOf(month.atDay(1)), score, comment, Timestamp.valueOf(month.atDay(2).atTime(9, 0)));
        results.forgetKeptMonths();
        return this;
    }

    /** A demo unit's id, by its (unique) name. */
    public long unit(String name) {
        return jdbc.queryForObject("select id from org_unit where name = ?", Long.class, name);
    }

    /** Removes every answer of these months (for tests that need months the view shows by default). */
    public void clear(YearMonth... months) {
        for (YearMonth m : months) {
            jdbc.update("delete from pulse_answer where period_start = ?", Date.valueOf(m.atDay(1)));
            used.remove(m);
        }
        results.forgetKeptMonths();
    }

    public void clear() {
        jdbc.update("delete from pulse_answer where period_start < ?", Date.valueOf(BEFORE));
        used.clear();
        results.forgetKeptMonths();
    }
}
