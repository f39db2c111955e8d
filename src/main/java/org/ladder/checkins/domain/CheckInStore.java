package org.ladder.checkins.domain;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ladder.base.persistence.UtcInstantConverter;
import org.ladder.goals.Confidence;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The reads of check-ins that lists and charts make, one statement each. */
@Repository
public class CheckInStore {

    private final NamedParameterJdbcTemplate jdbc;

    CheckInStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A goal's check-in, as a chart point, with whose check-in it was. */
    public record Point(long personId, Instant at, double progress, Confidence confidence) {
    }

    /** A goal's latest check-in of a person. */
    public record Latest(long goalId, Instant at, Confidence confidence, String blockers, String comment) {
    }

    /** A goal's check-ins, oldest first (at most {@code limit}, the newest ones). */
    public List<Point> pointsOf(long goalId, int limit) {
        List<Point> newest = jdbc.query("select c.person_id, c.submitted_at, cg.progress, cg.confidence "
                + "from check_in_goal cg join check_in c on c.id = cg.check_in_id where cg.goal_id = :goal "
                + "order by c.submitted_at desc, c.id desc limit :limit", Map.of("goal", goalId, "limit", limit),
                (rs, n) -> new Point(rs.getLong(1), instant(rs.getObject(2, LocalDateTime.class)), rs.getDouble(3),
                        Confidence.valueOf(rs.getString(4))));
        List<Point> oldestFirst = new java.util.ArrayList<>(newest);
        java.util.Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    /** Per goal the person checked in on, their latest check-in of it. */
    public Map<Long, Latest> latestByGoal(long personId) {
        Map<Long, Latest> latest = new LinkedHashMap<>();
        jdbc.query("select cg.goal_id, c.submitted_at, cg.confidence, cg.blockers, cg.comment "
                + "from check_in_goal cg join check_in c on c.id = cg.check_in_id "
                + "where c.person_id = :person and not exists (select 1 from check_in_goal n "
                + "join check_in nc on nc.id = n.check_in_id where n.goal_id = cg.goal_id and nc.person_id = :person "
                + "and (nc.submitted_at > c.submitted_at or (nc.submitted_at = c.submitted_at and nc.id > c.id)))",
                Map.of("person", personId), rs -> {
                    long goalId = rs.getLong(1);
                    latest.put(goalId, new Latest(goalId, instant(rs.getObject(2, LocalDateTime.class)),
                            Confidence.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5)));
                });
        return latest;
    }

    /** When the person last checked in. */
    public Optional<Instant> lastCheckInAt(long personId) {
        return Optional.ofNullable(jdbc.queryForObject("select max(submitted_at) from check_in where person_id = "
                + ":person", Map.of("person", personId), LocalDateTime.class)).map(CheckInStore::instant);
    }

    private static Instant instant(LocalDateTime utc) {
        return UtcInstantConverter.fromUtc(utc);
    }
}
