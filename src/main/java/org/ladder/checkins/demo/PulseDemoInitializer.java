package org.ladder.checkins.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.ladder.checkins.PulseResults;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo only: pulse answers for the 6 months that have ended, so that the alignment pulse page has a trend on the
 * first start (about 85 % of the demo people answer each month, a quarter of them with a line). Runs once, when no
 * answer of an ended month exists; on when {@code ladder.demo.enabled} and {@code ladder.demo.goals} are both true.
 * The current month is left to the people's own check-ins.
 */
@Component
@ConditionalOnProperty(name = {"ladder.demo.enabled", "ladder.demo.goals"}, havingValue = "true")
@Order(30)
class PulseDemoInitializer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PulseDemoInitializer.class);
    private static final String[] LINES = {"Clear priorities this month", "I see where my work goes",
        "Not sure how the new pillar affects my team", "Too many goals at once", "Good 1:1s, clear direction",
        "The company goals feel far away", "Our team goals finally connect to the strategy",
        "Unclear who decides on priorities"};

    private final JdbcTemplate jdbc;
    private final PulseResults pulse;
    private final Clock clock;

    PulseDemoInitializer(JdbcTemplate jdbc, PulseResults pulse, Clock clock) {
        this.jdbc = jdbc;
        this.pulse = pulse;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        YearMonth last = pulse.lastClosedMonth();
        YearMonth first = last.minusMonths(PulseResults.DEFAULT_MONTHS - 1L);
        Long existing = jdbc.queryForObject("select count(*) from pulse_answer where period_start <= ?", Long.class,
                Date.valueOf(last.atDay(1)));
        if (existing != null && existing > 0) {
            return;
        }
        List<Object[]> people = jdbc.query("select id, unit_id from person where active = true and unit_id is not null "
                + "order by id", (rs, i) -> new Object[] {rs.getLong(1), rs.getLong(2)});
        Random random = new Random(11);
        List<Object[]> rows = new ArrayList<>();
        int month = 0;
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1), month++) {
            for (Object[] p : people) {
                if (random.nextInt(100) >= 85) {
                    continue;
                }
                // a slow rise over the half year
                int score = Math.min(5, Math.max(1, (int) Math.round(3.1 + 0.12 * month + random.nextGaussian())));
                String line = random.nextInt(4) == 0 ? LINES[random.nextInt(LINES.length)] : null;
                LocalDate day = m.atDay(1 + random.nextInt(m.lengthOfMonth()));
                rows.add(new Object[] {p[0], p[1], Date.valueOf(m.atDay(1)), score, line,
                    Timestamp.from(day.atTime(10, 0).atZone(clock.getZone()).toInstant())});
            }
        }
        List<Object[]> batch = new ArrayList<>();
        for (Object[] r : rows) {
            // one sequence value per answer, used as its id: never inside a block the entity's pooled ids take
            long id = jdbc.queryForObject("select next value for pulse_answer_seq", Long.class);
            batch.add(new Object[] {id, r[0], r[1], r[2], r[3], r[4], r[5]});
        }
        jdbc.batchUpdate("insert into pulse_answer (id, person_id, unit_id, period_start, score, comment, "
                + "answered_at) values (?, ?, ?, ?, ?, ?, ?)", batch);
        log.info("Demo pulse: {} answers from {} to {}", rows.size(), first, last);
    }
}
