package org.ladder.goals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Figures about the goals of a period for other modules' processes (the alignment cycle): ids and counts only, no
 * titles and no caller check — the caller's service checks who may see the figures, and engine steps call it where
 * nobody is signed in. A goal belongs to a period when its own period overlaps it.
 */
@Service
@Transactional(readOnly = true)
public class GoalFigures {

    private static final int IN_CLAUSE = 1000;

    private final NamedParameterJdbcTemplate jdbc;

    GoalFigures(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A goal of the period: its level and owner, the pillar of the company goal it ladders up to, its state. */
    public record PeriodGoal(long id, GoalLevel level, Long ownerUnitId, Long ownerPersonId, String pillar,
            GoalStatus status, double progress, boolean orphan, boolean aligned) {
    }

    /** Whether the unit owns an active unit goal of the period that ladders up to another goal. */
    public boolean unitHasActiveGoal(long unitId, LocalDate periodStart, LocalDate periodEnd) {
        Integer n = jdbc.queryForObject("select count(*) from goal where level = 'UNIT' and owner_unit_id = :unit"
                + " and status = 'ACTIVE' and parent_id is not null and period_end >= :start and period_start <= :end",
                period(periodStart, periodEnd).addValue("unit", unitId), Integer.class);
        return n != null && n > 0;
    }

    /** Whether the person owns an active personal goal of the period. */
    public boolean personHasActiveGoal(long personId, LocalDate periodStart, LocalDate periodEnd) {
        Integer n = jdbc.queryForObject("select count(*) from goal where level = 'PERSONAL' and owner_person_id = :p"
                + " and status = 'ACTIVE' and period_end >= :start and period_start <= :end",
                period(periodStart, periodEnd).addValue("p", personId), Integer.class);
        return n != null && n > 0;
    }

    /**
     * Which of these people own a goal of the period that is still open (a draft or active): their personal goals,
     * and the unit goals of the units among {@code headedUnits} (unit id to head) they head.
     */
    public Set<Long> ownersOfOpenGoals(Collection<Long> personIds, java.util.Map<Long, Long> headedUnits,
            LocalDate periodStart, LocalDate periodEnd) {
        Set<Long> owners = new LinkedHashSet<>();
        List<Long> ids = List.copyOf(new LinkedHashSet<>(personIds));
        for (int from = 0; from < ids.size(); from += IN_CLAUSE) {
            owners.addAll(jdbc.queryForList("select distinct owner_person_id from goal where level = 'PERSONAL'"
                    + " and status in ('DRAFT', 'ACTIVE') and owner_person_id in (:ids)"
                    + " and period_end >= :start and period_start <= :end",
                    period(periodStart, periodEnd).addValue("ids", ids.subList(from, Math.min(ids.size(), from
                            + IN_CLAUSE))), Long.class));
        }
        List<Long> units = List.copyOf(headedUnits.keySet());
        for (int from = 0; from < units.size(); from += IN_CLAUSE) {
            for (Long unit : jdbc.queryForList("select distinct owner_unit_id from goal where level = 'UNIT'"
                    + " and status in ('DRAFT', 'ACTIVE') and owner_unit_id in (:ids)"
                    + " and period_end >= :start and period_start <= :end",
                    period(periodStart, periodEnd).addValue("ids", units.subList(from, Math.min(units.size(), from
                            + IN_CLAUSE))), Long.class)) {
                owners.add(headedUnits.get(unit));
            }
        }
        return owners;
    }

    /** The ids of the open goals of the period the person owns (personal) or heads (unit goals of these units). */
    public List<Long> openGoalsOf(long personId, Collection<Long> headedUnits, LocalDate periodStart,
            LocalDate periodEnd) {
        MapSqlParameterSource p = period(periodStart, periodEnd).addValue("p", personId);
        String units = "";
        if (!headedUnits.isEmpty()) {
            units = " or (level = 'UNIT' and owner_unit_id in (:units))";
            p.addValue("units", List.copyOf(headedUnits));
        }
        return jdbc.queryForList("select id from goal where status in ('DRAFT', 'ACTIVE')"
                + " and period_end >= :start and period_start <= :end"
                + " and ((level = 'PERSONAL' and owner_person_id = :p)" + units + ") order by id", p, Long.class);
    }

    /**
     * Every goal of the period owned by these people or units, or of the company, with the pillar of the company goal
     * each ladders up to ({@code aligned}: its path starts at a company goal). In queries of 1,000 owners.
     */
    public List<PeriodGoal> periodGoals(Collection<Long> unitIds, Collection<Long> personIds, LocalDate periodStart,
            LocalDate periodEnd) {
        String select = "select g.id, g.level, g.owner_unit_id, g.owner_person_id, g.path, g.status, g.progress,"
                + " g.orphan_since, g.pillar from goal g where g.period_end >= :start and g.period_start <= :end and ";
        List<Object[]> rows = new ArrayList<>();
        rows.addAll(query(select + "g.level = 'COMPANY'", period(periodStart, periodEnd)));
        List<Long> units = List.copyOf(new LinkedHashSet<>(unitIds));
        for (int from = 0; from < units.size(); from += IN_CLAUSE) {
            rows.addAll(query(select + "g.level = 'UNIT' and g.owner_unit_id in (:ids)", period(periodStart, periodEnd)
                    .addValue("ids", units.subList(from, Math.min(units.size(), from + IN_CLAUSE)))));
        }
        List<Long> people = List.copyOf(new LinkedHashSet<>(personIds));
        for (int from = 0; from < people.size(); from += IN_CLAUSE) {
            rows.addAll(query(select + "g.level = 'PERSONAL' and g.owner_person_id in (:ids)",
                    period(periodStart, periodEnd).addValue("ids", people.subList(from, Math.min(people.size(), from
                            + IN_CLAUSE)))));
        }
        java.util.Map<Long, String> companyPillars = new java.util.HashMap<>();
        Set<Long> rootIds = new HashSet<>();
        for (Object[] r : rows) {
            if (r[1] == GoalLevel.COMPANY) {
                companyPillars.put((Long) r[0], (String) r[8]);
            } else {
                List<Long> path = org.ladder.goals.domain.GoalStore.idsOf((String) r[4]);
                if (!path.isEmpty()) {
                    rootIds.add(path.get(0));
                }
            }
        }
        rootIds.removeAll(companyPillars.keySet());
        if (!rootIds.isEmpty()) {
            List<Long> missing = List.copyOf(rootIds);
            for (int from = 0; from < missing.size(); from += IN_CLAUSE) {
                jdbc.query("select id, pillar from goal where level = 'COMPANY' and id in (:ids)",
                        new MapSqlParameterSource("ids", missing.subList(from, Math.min(missing.size(), from
                                + IN_CLAUSE))),
                        rs -> {
                            companyPillars.put(rs.getLong(1), rs.getString(2));
                        });
            }
        }
        List<PeriodGoal> goals = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            GoalLevel level = (GoalLevel) r[1];
            List<Long> path = org.ladder.goals.domain.GoalStore.idsOf((String) r[4]);
            Long root = level == GoalLevel.COMPANY ? (Long) r[0] : path.isEmpty() ? null : path.get(0);
            boolean aligned = root != null && companyPillars.containsKey(root)
                    && (level == GoalLevel.COMPANY || !root.equals(r[0]));
            goals.add(new PeriodGoal((Long) r[0], level, (Long) r[2], (Long) r[3],
                    aligned ? companyPillars.get(root) : null, (GoalStatus) r[5], (Double) r[6], r[7] != null,
                    aligned));
        }
        return goals;
    }

    private List<Object[]> query(String sql, MapSqlParameterSource params) {
        return jdbc.query(sql, params, (rs, i) -> new Object[] {rs.getLong(1), GoalLevel.valueOf(rs.getString(2)),
                rs.getObject(3, Long.class), rs.getObject(4, Long.class), rs.getString(5),
                GoalStatus.valueOf(rs.getString(6)), rs.getDouble(7), rs.getObject(8), rs.getString(9)});
    }

    private static MapSqlParameterSource period(LocalDate start, LocalDate end) {
        return new MapSqlParameterSource("start", start).addValue("end", end);
    }
}
