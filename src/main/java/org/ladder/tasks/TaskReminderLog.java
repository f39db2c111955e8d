package org.ladder.tasks;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The last reminder a person sent about each task (table {@code task_reminder}), and the claim of the next one: a
 * reminder may go when the task has none newer than the cut-off. The claim is one conditional update, or the first
 * row's insert, so that two senders at once get one claim (the other waits for the row's lock, then sees it taken).
 */
@Repository
class TaskReminderLog {

    /** A reminder sent: when and by whom (a username). */
    record Sent(Instant at, String by) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    TaskReminderLog(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims the task's next reminder for {@code by} at {@code now} unless one was sent after {@code cutoff}.
     *
     * @return empty when claimed, else the reminder that was sent after the cut-off
     */
    Optional<Sent> claim(String taskId, String by, Instant now, Instant cutoff) {
        MapSqlParameterSource p = new MapSqlParameterSource("t", taskId).addValue("by", by)
                .addValue("now", Timestamp.from(now)).addValue("cutoff", Timestamp.from(cutoff));
        if (jdbc.update("update task_reminder set reminded_at = :now, reminded_by = :by"
                + " where task_id = :t and reminded_at <= :cutoff", p) == 1) {
            return Optional.empty();
        }
        try {
            jdbc.update("insert into task_reminder (task_id, reminded_at, reminded_by) values (:t, :now, :by)", p);
            return Optional.empty();
        } catch (DuplicateKeyException taken) {
            return last(taskId);
        }
    }

    /** The last reminder sent about the task, if any. */
    Optional<Sent> last(String taskId) {
        return jdbc.query("select reminded_at, reminded_by from task_reminder where task_id = :t",
                new MapSqlParameterSource("t", taskId),
                (rs, i) -> new Sent(rs.getTimestamp(1).toInstant(), rs.getString(2))).stream().findFirst();
    }
}
