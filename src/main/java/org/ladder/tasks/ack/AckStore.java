package org.ladder.tasks.ack;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ladder.tasks.CampaignSummary;
import org.ladder.tasks.PendingAcknowledgement;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The acknowledgement tables, in plain SQL: campaigns fan out to tens of thousands of people in one statement,
 * and the pending count is a counter on the campaign row (its row lock serialises the last acknowledgements).
 * The fan-out reads the people module's {@code person} table directly, for speed (see ADR 0007).
 */
@Repository
public class AckStore {

    private static final String CAMPAIGN_COLUMNS = "id, subject_type, subject_id, title, link, started_at,"
            + " total_count, pending_count, completed_at, closed_at";
    private static final RowMapper<CampaignSummary> CAMPAIGN = (rs, i) -> new CampaignSummary(rs.getLong(1),
            rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5), instant(rs.getTimestamp(6)),
            rs.getInt(7), rs.getInt(8), instant(rs.getTimestamp(9)), instant(rs.getTimestamp(10)));

    private final NamedParameterJdbcTemplate jdbc;

    AckStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<CampaignSummary> campaign(long id) {
        return jdbc.query("select " + CAMPAIGN_COLUMNS + " from ack_campaign where id = :id",
                new MapSqlParameterSource("id", id), CAMPAIGN).stream().findFirst();
    }

    public Optional<CampaignSummary> campaignFor(String subjectType, long subjectId) {
        return jdbc.query("select " + CAMPAIGN_COLUMNS + " from ack_campaign where subject_type = :t and subject_id = :s",
                new MapSqlParameterSource("t", subjectType).addValue("s", subjectId), CAMPAIGN).stream().findFirst();
    }

    public List<CampaignSummary> campaigns(long offset, int limit) {
        return jdbc.query("select " + CAMPAIGN_COLUMNS + " from ack_campaign order by started_at desc, id desc"
                + " limit :limit offset :offset", new MapSqlParameterSource("limit", limit).addValue("offset", offset),
                CAMPAIGN);
    }

    public long countCampaigns() {
        return jdbc.queryForObject("select count(*) from ack_campaign", new MapSqlParameterSource(), Long.class);
    }

    public long insertCampaign(String subjectType, long subjectId, String title, String link, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update("insert into ack_campaign (version, subject_type, subject_id, title, link, started_at, total_count,"
                + " pending_count) values (0, :t, :s, :title, :link, :now, 0, 0)",
                new MapSqlParameterSource("t", subjectType).addValue("s", subjectId).addValue("title", title)
                        .addValue("link", link).addValue("now", Timestamp.from(now)),
                key, new String[] {"id"});
        return key.getKey().longValue();
    }

    /** Asks every active person but the excluded ones (e.g. the subject's authors); one statement. */
    public void requestEveryone(long campaignId, Instant now, Collection<Long> excluded) {
        List<Long> except = excluded.isEmpty() ? List.of(-1L) : List.copyOf(excluded);
        jdbc.update("insert into ack_request (campaign_id, person_id, unit_id, manager_id, requested_at)"
                + " select :c, p.id, p.unit_id, p.manager_id, :now from person p where p.active = true"
                + " and p.id not in (:except)",
                new MapSqlParameterSource("c", campaignId).addValue("now", Timestamp.from(now))
                        .addValue("except", except));
        recount(campaignId);
    }

    /** Asks these people (the active ones among them), in chunks. */
    public void requestPeople(long campaignId, Collection<Long> personIds, Instant now) {
        List<Long> ids = List.copyOf(personIds);
        for (int from = 0; from < ids.size(); from += 1000) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
            jdbc.update("insert into ack_request (campaign_id, person_id, unit_id, manager_id, requested_at)"
                    + " select :c, p.id, p.unit_id, p.manager_id, :now from person p where p.active = true"
                    + " and p.id in (:ids)",
                    new MapSqlParameterSource("c", campaignId).addValue("now", Timestamp.from(now)).addValue("ids", chunk));
        }
        recount(campaignId);
    }

    private void recount(long campaignId) {
        MapSqlParameterSource p = new MapSqlParameterSource("c", campaignId);
        jdbc.update("update ack_campaign set total_count = (select count(*) from ack_request where campaign_id = :c),"
                + " pending_count = (select count(*) from ack_request where campaign_id = :c and acknowledged_at is null),"
                + " version = version + 1 where id = :c", p);
        jdbc.update("update ack_campaign set completed_at = started_at where id = :c and pending_count = 0"
                + " and completed_at is null", p);
    }

    /** Marks the person's request acknowledged; true when it was pending. */
    public boolean acknowledge(long campaignId, long personId, String question, Instant now) {
        return jdbc.update("update ack_request set acknowledged_at = :now, question = :q where campaign_id = :c"
                + " and person_id = :p and acknowledged_at is null",
                new MapSqlParameterSource("c", campaignId).addValue("p", personId).addValue("q", question)
                        .addValue("now", Timestamp.from(now))) == 1;
    }

    public boolean isRequested(long campaignId, long personId) {
        return jdbc.queryForObject("select count(*) from ack_request where campaign_id = :c and person_id = :p",
                new MapSqlParameterSource("c", campaignId).addValue("p", personId), Long.class) > 0;
    }

    /** Decrements the pending counter (locking the campaign row) and returns what is left. */
    public int decrementPending(long campaignId) {
        MapSqlParameterSource p = new MapSqlParameterSource("c", campaignId);
        jdbc.update("update ack_campaign set pending_count = pending_count - 1, version = version + 1 where id = :c", p);
        return jdbc.queryForObject("select pending_count from ack_campaign where id = :c", p, Integer.class);
    }

    public boolean markCompleted(long campaignId, Instant now) {
        return jdbc.update("update ack_campaign set completed_at = :now where id = :c and completed_at is null",
                new MapSqlParameterSource("c", campaignId).addValue("now", Timestamp.from(now))) == 1;
    }

    public boolean markClosed(long campaignId, String by, Instant now) {
        return jdbc.update("update ack_campaign set closed_at = :now, closed_by = :by where id = :c"
                + " and closed_at is null and completed_at is null",
                new MapSqlParameterSource("c", campaignId).addValue("by", by).addValue("now", Timestamp.from(now))) == 1;
    }

    public List<PendingAcknowledgement> pendingFor(long personId) {
        return jdbc.query("select c.id, c.subject_type, c.subject_id, c.title, c.link, r.requested_at"
                + " from ack_request r join ack_campaign c on c.id = r.campaign_id"
                + " where r.person_id = :p and r.acknowledged_at is null and c.closed_at is null"
                + " order by r.requested_at, c.id", new MapSqlParameterSource("p", personId),
                (rs, i) -> new PendingAcknowledgement(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5), instant(rs.getTimestamp(6))));
    }

    /**
     * People not acknowledged yet, by name: in these units ({@code null}: everywhere), whose name contains
     * {@code text} (blank: everyone).
     */
    public List<Long> pendingPeople(long campaignId, Collection<Long> unitIds, String text, long offset, int limit) {
        if (unitIds != null && unitIds.isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource p = pendingParams(campaignId, unitIds, text).addValue("limit", limit)
                .addValue("offset", offset);
        return jdbc.queryForList("select r.person_id from ack_request r join person p on p.id = r.person_id"
                + pendingWhere(unitIds, text) + " order by p.display_name, r.person_id limit :limit offset :offset", p,
                Long.class);
    }

    public long countPendingPeople(long campaignId, Collection<Long> unitIds, String text) {
        if (unitIds != null && unitIds.isEmpty()) {
            return 0;
        }
        return jdbc.queryForObject("select count(*) from ack_request r join person p on p.id = r.person_id"
                + pendingWhere(unitIds, text), pendingParams(campaignId, unitIds, text), Long.class);
    }

    /** Everyone not acknowledged yet in these units ({@code null}: everywhere), for reminders. */
    public List<Long> allPendingPeople(long campaignId, Collection<Long> unitIds) {
        if (unitIds != null && unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.queryForList("select r.person_id from ack_request r where r.campaign_id = :c"
                + (unitIds == null ? "" : " and r.unit_id in (:u)") + " and r.acknowledged_at is null"
                + " order by r.person_id", pendingParams(campaignId, unitIds, null), Long.class);
    }

    private static String pendingWhere(Collection<Long> unitIds, String text) {
        return " where r.campaign_id = :c" + (unitIds == null ? "" : " and r.unit_id in (:u)")
                + (text == null || text.isBlank() ? "" : " and lower(p.display_name) like :text")
                + " and r.acknowledged_at is null";
    }

    private static MapSqlParameterSource pendingParams(long campaignId, Collection<Long> unitIds, String text) {
        MapSqlParameterSource p = new MapSqlParameterSource("c", campaignId);
        if (unitIds != null) {
            p.addValue("u", List.copyOf(unitIds));
        }
        if (text != null && !text.isBlank()) {
            String t = text.trim().toLowerCase(java.util.Locale.ROOT).replace("\\", "").replace("%", "").replace("_", "");
            p.addValue("text", "%" + t + "%");
        }
        return p;
    }

    /** Campaigns in which someone in these units was asked, newest first. */
    public List<CampaignSummary> campaignsIn(Collection<Long> unitIds, long offset, int limit) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query("select " + CAMPAIGN_COLUMNS + " from ack_campaign c where exists (select 1 from ack_request r"
                + " where r.campaign_id = c.id and r.unit_id in (:u)) order by started_at desc, id desc"
                + " limit :limit offset :offset", new MapSqlParameterSource("u", List.copyOf(unitIds))
                        .addValue("limit", limit).addValue("offset", offset), CAMPAIGN);
    }

    /** A reminder sent: by a person, or by the process when {@code byPersonId} is null. */
    public void insertReminder(long campaignId, Long unitId, Instant now, Long byPersonId, int people) {
        jdbc.update("insert into ack_reminder (campaign_id, unit_id, reminded_at, reminded_by, people_count)"
                + " values (:c, :u, :now, :by, :n)", new MapSqlParameterSource("c", campaignId).addValue("u", unitId)
                        .addValue("now", Timestamp.from(now)).addValue("by", byPersonId).addValue("n", people));
    }

    /** A reminder of a campaign; {@code unitId} null: everyone pending was reminded. */
    public record ReminderRow(Long unitId, Instant at, Long byPersonId, int people) {
    }

    /** The campaign's reminders, newest first. */
    public List<ReminderRow> reminders(long campaignId) {
        return jdbc.query("select unit_id, reminded_at, reminded_by, people_count from ack_reminder where campaign_id = :c"
                + " order by reminded_at desc, id desc", new MapSqlParameterSource("c", campaignId),
                (rs, i) -> new ReminderRow(rs.getObject(1) == null ? null : rs.getLong(1), instant(rs.getTimestamp(2)),
                        rs.getObject(3) == null ? null : rs.getLong(3), rs.getInt(4)));
    }

    public Map<Long, Long> pendingByManager(long campaignId) {
        Map<Long, Long> result = new LinkedHashMap<>();
        jdbc.query("select manager_id, count(*) from ack_request where campaign_id = :c and acknowledged_at is null"
                + " and manager_id is not null group by manager_id order by manager_id",
                new MapSqlParameterSource("c", campaignId), rs -> {
                    result.put(rs.getLong(1), rs.getLong(2));
                });
        return result;
    }

    /** Per unit: people asked, acknowledged, last acknowledgement; the duration once the unit is complete. */
    public record UnitRow(Long unitId, int total, int acknowledged, Instant last, Duration timeToComplete) {
    }

    public List<UnitRow> unitRows(long campaignId, Instant startedAt) {
        List<UnitRow> rows = new ArrayList<>();
        jdbc.query("select unit_id, count(*), count(acknowledged_at), max(acknowledged_at) from ack_request"
                + " where campaign_id = :c group by unit_id", new MapSqlParameterSource("c", campaignId), rs -> {
                    Long unit = rs.getObject(1) == null ? null : rs.getLong(1);
                    int total = rs.getInt(2);
                    int acked = rs.getInt(3);
                    Instant last = instant(rs.getTimestamp(4));
                    Duration done = acked == total && last != null ? Duration.between(startedAt, last) : null;
                    rows.add(new UnitRow(unit, total, acked, last, done));
                });
        return rows;
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
