package org.ladder.goals.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ladder.base.persistence.UtcInstantConverter;
import org.ladder.goals.ApprovalState;
import org.ladder.goals.Confidence;
import org.ladder.goals.GoalFilter;
import org.ladder.goals.GoalLevel;
import org.ladder.goals.GoalStatus;
import org.ladder.goals.Visibility;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The goal table's set-based side, in SQL: tree rows (one statement per page), ancestors from the id path, subtree
 * moves, child counters, the team list. Progress (the roll-up and its reconciliation) is {@link GoalProgressStore}.
 * Callers flush JPA first.
 */
@Repository
public class GoalStore {

    /** Above this many matching goals a filtered tree checks each row's subtree in SQL instead. */
    static final int MATCH_LIMIT = 10_000;

    private static final String COLUMNS = "g.id, g.level, g.title, g.owner_unit_id, g.owner_person_id, g.parent_id, "
            + "g.path, g.pillar, g.period_start, g.period_end, g.status, g.approval, g.visibility, g.progress, "
            + "g.child_count, g.orphan_since, g.justification, g.confidence";

    private final NamedParameterJdbcTemplate jdbc;

    GoalStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A goal row as lists and the tree use it (no key results, no text). */
    public record Row(long id, GoalLevel level, String title, Long ownerUnitId, Long ownerPersonId, Long parentId,
            String path, String pillar, LocalDate periodStart, LocalDate periodEnd, GoalStatus status,
            ApprovalState approval, Visibility visibility, double progress, int childCount, Instant orphanSince,
            String justification, Confidence confidence) {

        /** Ids on the path above this goal, top first. */
        public List<Long> ancestorIds() {
            return GoalStore.idsOf(path).stream().filter(i -> i != id).toList();
        }
    }

    /**
     * Who is asking: everything ({@code all}, HR), or public goals plus private goals owned by {@code owners}
     * (the viewer and everyone reporting to them).
     */
    public record Viewer(boolean all, Set<Long> owners, boolean ownersExcluded) {

        /** Sees public goals plus the private goals of {@code owners}. */
        public static Viewer privateOf(Set<Long> owners) {
            return new Viewer(false, owners, false);
        }

        /**
         * Sees every goal except the private goals of {@code others} (for a viewer most people report to: the
         * shorter list).
         */
        public static Viewer allBut(Set<Long> others) {
            return new Viewer(false, others, true);
        }

        public static Viewer everything() {
            return new Viewer(true, Set.of(), false);
        }

        /** Whether a private goal of this owner is visible. */
        public boolean seesPrivateOf(Long ownerPersonId) {
            return all || (ownerPersonId != null && owners.contains(ownerPersonId) != ownersExcluded);
        }
    }

    /**
     * Which rows of the tree: children of a goal, company goals of a pillar (both by title), or the orphans (those
     * orphaned longest first, which an index gives in order without sorting them all).
     */
    public record Where(String sql, Map<String, Object> params, boolean byOrphanAge) {

        public static Where childrenOf(long goalId) {
            return new Where("g.parent_id = :parentId", Map.of("parentId", goalId), false);
        }

        public static Where pillar(String pillar) {
            return new Where("g.level = 'COMPANY' and g.pillar = :pillar", Map.of("pillar", pillar), false);
        }

        public static Where orphans() {
            return new Where("g.orphan_since is not null", Map.of(), true);
        }

        public Where and(String condition, String name, Object value) {
            Map<String, Object> all = new HashMap<>(params);
            all.put(name, value);
            return new Where(sql + " and " + condition, all, byOrphanAge);
        }

        String order() {
            return byOrphanAge ? "g.orphan_since, g.id" : "g.title, g.id";
        }
    }

    /**
     * What the tree shows: goals the viewer may see that match the filter or hold a match below them; a unit filter
     * needs the unit's members ({@code unitMembers}).
     */
    public record Scope(Viewer viewer, GoalFilter filter, Collection<Long> unitMembers) {
    }

    public List<Row> rows(Where where, Scope scope, long offset, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource(where.params());
        String sql = "select " + COLUMNS + " from goal g where " + where.sql() + " and "
                + visible("g", scope.viewer(), params) + matching(scope, params)
                + " order by " + where.order() + " limit :limit offset :offset";
        params.addValue("limit", limit).addValue("offset", offset);
        return jdbc.query(sql, params, GoalStore::row);
    }

    public long count(Where where, Scope scope) {
        MapSqlParameterSource params = new MapSqlParameterSource(where.params());
        String sql = "select count(*) from goal g where " + where.sql() + " and " + visible("g", scope.viewer(), params)
                + matching(scope, params);
        Long n = jdbc.queryForObject(sql, params, Long.class);
        return n == null ? 0 : n;
    }

    /** How many rows the tree shows before this goal among its siblings (in the order of {@link Where}). */
    public long countBefore(Where where, Scope scope, Row row) {
        MapSqlParameterSource params = new MapSqlParameterSource(where.params());
        String before;
        if (where.byOrphanAge()) {
            before = "(g.orphan_since < :beforeKey or (g.orphan_since = :beforeKey and g.id < :beforeId))";
            params.addValue("beforeKey", UtcInstantConverter.toUtc(row.orphanSince()));
        } else {
            before = "(g.title < :beforeKey or (g.title = :beforeKey and g.id < :beforeId))";
            params.addValue("beforeKey", row.title());
        }
        params.addValue("beforeId", row.id());
        String sql = "select count(*) from goal g where " + where.sql() + " and " + visible("g", scope.viewer(), params)
                + matching(scope, params) + " and " + before;
        Long n = jdbc.queryForObject(sql, params, Long.class);
        return n == null ? 0 : n;
    }

    /** The pillars company goals name (including pillars that left the charter), that hold a matching goal. */
    public List<String> pillarsInUse(Scope scope) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String sql = "select distinct g.pillar from goal g where g.level = 'COMPANY' and "
                + visible("g", scope.viewer(), params) + matching(scope, params) + " order by g.pillar";
        return jdbc.queryForList(sql, params, String.class);
    }

    public List<Row> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.query("select " + COLUMNS + " from goal g where g.id in (:ids)", Map.of("ids", ids),
                GoalStore::row);
    }

    /** The person's own goals (not abandoned), newest period first. */
    public List<Row> ownedBy(long personId, Collection<Long> headedUnits) {
        MapSqlParameterSource params = new MapSqlParameterSource("person", personId);
        String units = "";
        if (!headedUnits.isEmpty()) {
            units = " or g.owner_unit_id in (:units)";
            params.addValue("units", headedUnits);
        }
        return jdbc.query("select " + COLUMNS + " from goal g where (g.owner_person_id = :person" + units
                + ") and g.status <> 'ABANDONED' order by g.level desc, g.period_end desc, g.title limit 200", params,
                GoalStore::row);
    }

    /** Active goals a new goal may ladder up to, by title. */
    public List<Row> candidates(Collection<GoalLevel> levels, Collection<Long> unitIds, boolean anyUnit, String text,
            Viewer viewer, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource("levels", levels.stream().map(Enum::name).toList());
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from goal g where g.status = 'ACTIVE' and "
                + "g.level in (:levels) and " + visible("g", viewer, params));
        if (!anyUnit) {
            sql.append(" and (g.level = 'COMPANY'");
            if (!unitIds.isEmpty()) {
                sql.append(" or g.owner_unit_id in (:units)");
                params.addValue("units", unitIds);
            }
            sql.append(")");
        }
        if (text != null && !text.isBlank()) {
            sql.append(" and lower(g.title) like :text");
            params.addValue("text", "%" + text.trim().toLowerCase() + "%");
        }
        sql.append(" order by g.level, g.title limit :limit");
        params.addValue("limit", limit);
        return jdbc.query(sql.toString(), params, GoalStore::row);
    }

    /** Goals that list {@code goalId} as one they contribute to. */
    public List<Row> contributors(long goalId, Viewer viewer) {
        MapSqlParameterSource params = new MapSqlParameterSource("id", goalId);
        return jdbc.query("select " + COLUMNS + " from goal g join goal_contribution c on c.goal_id = g.id "
                + "where c.contributes_to = :id and " + visible("g", viewer, params) + " order by g.title limit 200",
                params, GoalStore::row);
    }

    /** The owners to tell about a change: people owning a goal below, and heads of units owning one (by unit). */
    public record Owners(Set<Long> people, Set<Long> units) {
    }

    public Owners ownersBelow(String path, long goalId) {
        Map<String, Object> params = Map.of("prefix", path + "%", "id", goalId);
        Set<Long> people = new LinkedHashSet<>(jdbc.queryForList("select distinct owner_person_id from goal "
                + "where path like :prefix and id <> :id and status <> 'ABANDONED' and owner_person_id is not null",
                params, Long.class));
        Set<Long> units = new LinkedHashSet<>(jdbc.queryForList("select distinct owner_unit_id from goal "
                + "where path like :prefix and id <> :id and status <> 'ABANDONED' and owner_unit_id is not null",
                params, Long.class));
        return new Owners(people, units);
    }

    /** The goals below {@code path} (any depth) owned by this person or by units they head. */
    public List<Row> ownedBelow(String path, long personId, Collection<Long> headedUnits) {
        MapSqlParameterSource params = new MapSqlParameterSource("prefix", path + "%").addValue("person", personId);
        String units = "";
        if (!headedUnits.isEmpty()) {
            units = " or g.owner_unit_id in (:units)";
            params.addValue("units", headedUnits);
        }
        return jdbc.query("select " + COLUMNS + " from goal g where g.path like :prefix and g.status <> 'ABANDONED' "
                + "and (g.owner_person_id = :person" + units + ") order by g.title limit 50", params, GoalStore::row);
    }

    // --- writes -------------------------------------------------------------------------------------------------

    /** Sets the path of a goal just inserted (its id is now known) and counts it as a child of its parent. */
    public void inserted(long id, String path, Long parentId) {
        jdbc.update("update goal set path = :path where id = :id", Map.of("path", path, "id", id));
        if (parentId != null) {
            jdbc.update("update goal set child_count = child_count + 1 where id = :id", Map.of("id", parentId));
        }
    }

    /** Moves a goal and its whole subtree below a new parent (or to the top): paths, depths, child counters. */
    public void move(long id, String oldPath, Long oldParentId, Long newParentId, String newPath, int depthDelta) {
        jdbc.update("update goal set parent_id = :parent where id = :id",
                new MapSqlParameterSource("parent", newParentId).addValue("id", id));
        jdbc.update("update goal set path = concat(:newPath, substring(path, :cut)), depth = depth + :delta "
                + "where path like :prefix", Map.of("newPath", newPath, "cut", oldPath.length() + 1, "delta",
                        depthDelta, "prefix", oldPath + "%"));
        if (oldParentId != null) {
            jdbc.update("update goal set child_count = child_count - 1 where id = :id", Map.of("id", oldParentId));
        }
        if (newParentId != null) {
            jdbc.update("update goal set child_count = child_count + 1 where id = :id", Map.of("id", newParentId));
        }
    }

    /** The goal's children (not abandoned) become orphans, if they were not already; returns how many did. */
    public int orphanChildren(long parentId, Instant now) {
        return jdbc.update("update goal set orphan_since = :now where parent_id = :id and status <> 'ABANDONED' "
                + "and orphan_since is null", Map.of("now", UtcInstantConverter.toUtc(now), "id", parentId));
    }

    /** Holds the goal's row until the transaction ends (a new child waits for a concurrent close of its parent). */
    public void lock(long id) {
        jdbc.queryForList("select id from goal where id = :id for update", Map.of("id", id), Long.class);
    }

    /** Active orphans older than the cut-off that nobody justified (unit and personal goals). */
    public List<Long> orphansSince(Instant cutoff, Collection<Long> excluded, int limit) {
        return jdbc.queryForList("select id from goal where orphan_since <= :cutoff and justification is null "
                + "and status = 'ACTIVE' and level <> 'COMPANY' and id not in (:excluded) "
                + "order by orphan_since, id limit :limit", Map.of("cutoff", UtcInstantConverter.toUtc(cutoff),
                        "excluded", excluded.isEmpty() ? List.of(-1L) : excluded, "limit", limit), Long.class);
    }

    // --- team goals ---------------------------------------------------------------------------------------------

    /**
     * Whose goals a team list shows: personal goals of {@code persons} (or, with {@code personsExcluded}, of everyone
     * but them: the shorter list goes into the query) and unit goals of {@code units}.
     */
    public record Team(Set<Long> persons, boolean personsExcluded, Set<Long> units) {
    }

    /** A team list row: the tree row plus when the goal last changed. */
    public record TeamRow(Row goal, Instant updatedAt) {
    }

    /**
     * Goals of a team the viewer may see, narrowed by title text, status, owner and approval, the ones awaiting
     * approval first, then the least recently updated; one statement per page.
     */
    public List<TeamRow> teamRows(Team team, Viewer viewer, String text, GoalStatus status, Long personId,
            boolean awaitingApproval, long offset, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = teamWhere(team, viewer, text, status, personId, awaitingApproval, params);
        params.addValue("offset", offset).addValue("limit", limit);
        return jdbc.query("select " + COLUMNS + ", g.updated_at from goal g where " + where
                + " order by case when g.approval = 'PENDING' then 0 else 1 end, g.updated_at, g.id"
                + " limit :limit offset :offset", params,
                (rs, n) -> new TeamRow(row(rs, n),
                        UtcInstantConverter.fromUtc(rs.getObject(19, java.time.LocalDateTime.class))));
    }

    public long countTeam(Team team, Viewer viewer, String text, GoalStatus status, Long personId,
            boolean awaitingApproval) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = teamWhere(team, viewer, text, status, personId, awaitingApproval, params);
        Long n = jdbc.queryForObject("select count(*) from goal g where " + where, params, Long.class);
        return n == null ? 0 : n;
    }

    private static String teamWhere(Team team, Viewer viewer, String text, GoalStatus status, Long personId,
            boolean awaitingApproval, MapSqlParameterSource params) {
        params.addValue("teamPersons", team.persons().isEmpty() ? List.of(-1L) : team.persons());
        params.addValue("teamUnits", team.units().isEmpty() ? List.of(-1L) : team.units());
        StringBuilder where = new StringBuilder("((g.level = 'PERSONAL' and g.owner_person_id "
                + (team.personsExcluded() ? "not in" : "in") + " (:teamPersons))"
                + " or (g.level = 'UNIT' and g.owner_unit_id in (:teamUnits)))");
        where.append(" and ").append(visible("g", viewer, params));
        if (text != null && !text.isBlank()) {
            where.append(" and lower(g.title) like :text escape '!'");
            params.addValue("text", "%" + text.strip().toLowerCase(java.util.Locale.ROOT)
                    .replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        if (status != null) {
            where.append(" and g.status = :status");
            params.addValue("status", status.name());
        }
        if (personId != null) {
            where.append(" and g.owner_person_id = :personId");
            params.addValue("personId", personId);
        }
        if (awaitingApproval) {
            where.append(" and g.approval = 'PENDING'");
        }
        return where.toString();
    }

    // --- SQL pieces ---------------------------------------------------------------------------------------------

    private static String visible(String alias, Viewer viewer, MapSqlParameterSource params) {
        if (viewer.all()) {
            return "1 = 1";
        }
        params.addValue("owners", viewer.owners().isEmpty() ? List.of(-1L) : viewer.owners());
        return "(" + alias + ".visibility = 'PUBLIC' or " + alias + ".owner_person_id "
                + (viewer.ownersExcluded() ? "not in" : "in") + " (:owners))";
    }

    private String matching(Scope scope, MapSqlParameterSource params) {
        GoalFilter filter = scope.filter();
        Viewer viewer = scope.viewer();
        if (filter == null || filter.isEmpty()) {
            return "";
        }
        MapSqlParameterSource own = new MapSqlParameterSource();
        String predicate = filterPredicate("m", filter, scope.unitMembers(), own);
        String sql = "select m.path from goal m where " + visible("m", viewer, own) + " and " + predicate
                + " limit " + (MATCH_LIMIT + 1);
        List<String> paths = jdbc.queryForList(sql, own, String.class);
        if (paths.size() <= MATCH_LIMIT) {
            Set<Long> shown = new LinkedHashSet<>();
            paths.forEach(p -> shown.addAll(idsOf(p)));
            params.addValue("shown", shown.isEmpty() ? List.of(-1L) : shown);
            return " and g.id in (:shown)";
        }
        for (String name : own.getParameterNames()) {
            params.addValue(name, own.getValue(name));
        }
        return " and exists (select 1 from goal m where m.path like concat(g.path, '%') and "
                + visible("m", viewer, params) + " and " + predicate + ")";
    }

    private static String filterPredicate(String m, GoalFilter f, Collection<Long> unitMembers,
            MapSqlParameterSource params) {
        List<String> parts = new ArrayList<>();
        if (f.personId() != null) {
            parts.add(m + ".owner_person_id = :fPerson");
            params.addValue("fPerson", f.personId());
        }
        if (f.unitId() != null) {
            parts.add("(" + m + ".owner_unit_id = :fUnit or " + m + ".owner_person_id in (:fMembers))");
            params.addValue("fUnit", f.unitId());
            params.addValue("fMembers", unitMembers == null || unitMembers.isEmpty() ? List.of(-1L) : unitMembers);
        }
        if (f.status() != null) {
            parts.add(m + ".status = :fStatus");
            params.addValue("fStatus", f.status().name());
        }
        if (f.from() != null) {
            parts.add(m + ".period_end >= :fFrom");
            params.addValue("fFrom", f.from());
        }
        if (f.to() != null) {
            parts.add(m + ".period_start <= :fTo");
            params.addValue("fTo", f.to());
        }
        return String.join(" and ", parts);
    }

    public static List<Long> idsOf(String path) {
        List<Long> ids = new ArrayList<>();
        for (String part : path.split("/")) {
            if (!part.isEmpty()) {
                ids.add(Long.parseLong(part));
            }
        }
        return ids;
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        Instant orphan = UtcInstantConverter.fromUtc(rs.getObject(16, java.time.LocalDateTime.class));
        return new Row(rs.getLong(1), GoalLevel.valueOf(rs.getString(2)), rs.getString(3),
                (Long) rs.getObject(4, Long.class), (Long) rs.getObject(5, Long.class), rs.getObject(6, Long.class),
                rs.getString(7), rs.getString(8), rs.getObject(9, LocalDate.class), rs.getObject(10, LocalDate.class),
                GoalStatus.valueOf(rs.getString(11)), ApprovalState.valueOf(rs.getString(12)),
                Visibility.valueOf(rs.getString(13)), rs.getDouble(14), rs.getInt(15),
                orphan, rs.getString(17), rs.getString(18) == null ? null : Confidence.valueOf(rs.getString(18)));
    }
}
