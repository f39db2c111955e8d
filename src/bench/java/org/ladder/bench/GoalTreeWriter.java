package org.ladder.bench;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.ladder.goals.KeyResultType;
import org.ladder.goals.domain.Progress;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a generated goal tree for the organisation already in the database, with plain JDBC batches (the
 * application's services would take hours for 50,000 goals): company goals per pillar, goals of every division,
 * department and team (each laddering up to a goal of the unit above, divisions to company goals), and personal
 * goals for every person, mostly below their own team's goals, some higher up, a few orphans. Everything the
 * service would store is computed the same way: id paths, depths, child counters, key-result progress
 * ({@link Progress}) and, for goals without key results, the average of their active and achieved children,
 * bottom-up. No revisions are written.
 *
 * <p>It also writes one <b>probe chain</b> used to measure the roll-up: a company goal → a division goal → a
 * department goal → a team goal (all measured by their children), each with exactly four active children, and one
 * personal goal of the same person, with a single key result (0 → 100), at each level 1–5 (level = goals in the
 * chain from the top, itself included: level 1 is an orphan, level 2 ladders up to the company goal, level 5 to the
 * team goal). The bulk goals never attach to the chain, so it is the same at every tree size.
 */
final class GoalTreeWriter {

    /** The probe's personal goals with one key result 0 → 100 at levels 1..5 (index 0 unused), and their owner. */
    record Written(int goals, int keyResults, long[] probeGoals, long[] probeKeyResults, long[] probeOwnerPersons,
            double millis) {
    }

    private static final String[] STATUSES = {"ACTIVE", "DRAFT", "ACHIEVED", "ABANDONED"};

    private record Unit(long id, Long parentId, Long headId) {
    }

    private record Person(long id, long unitId) {
    }

    private record Kr(String name, KeyResultType type, BigDecimal baseline, BigDecimal target, BigDecimal current,
            String unit, int weight) {
    }

    private static final class G {
        long id;
        String level;
        String title;
        Long unitId;
        Long personId;
        G parent;
        String path;
        int depth;
        String pillar;
        String status = "ACTIVE";
        String approval = "NONE";
        String visibility = "PUBLIC";
        double progress;
        Instant orphanSince;
        long createdBy;
        final List<Kr> krs = new ArrayList<>();
        final List<G> children = new ArrayList<>();
    }

    private final JdbcTemplate jdbc;
    private final Random random;
    private final List<G> goals = new ArrayList<>();
    private final Map<Long, List<G>> goalsOfUnit = new HashMap<>();
    private final LocalDate start;
    private final LocalDate end;
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private long nextId = 1;

    GoalTreeWriter(JdbcTemplate jdbc, long seed) {
        this.jdbc = jdbc;
        this.random = new Random(seed);
        this.start = LocalDate.now().withDayOfYear(1);
        this.end = start.plusYears(1).minusDays(1);
    }

    /** Deletes every goal (and its key results, revisions, contribution links). */
    static void clear(JdbcTemplate jdbc) {
        jdbc.update("delete from goal_revision");
        jdbc.update("delete from goal_contribution");
        jdbc.update("delete from key_result");
        Integer max = jdbc.queryForObject("select coalesce(max(depth), -1) from goal", Integer.class);
        for (int d = max == null ? -1 : max; d >= 0; d--) {
            jdbc.update("delete from goal where depth = ?", d);
        }
    }

    /** Generates and writes about {@code total} goals (unit goals per unit: 3 from 20,000 goals up, else 1). */
    Written write(int total, List<String> pillars) {
        long t0 = System.nanoTime();
        List<Unit> units = jdbc.query("select id, parent_id, head_id from org_unit order by id",
                (rs, i) -> new Unit(rs.getLong(1), (Long) rs.getObject(2, Long.class), rs.getObject(3, Long.class)));
        List<Person> people = jdbc.query("select id, unit_id from person where active = true order by id",
                (rs, i) -> new Person(rs.getLong(1), rs.getLong(2)));
        Map<Long, Unit> unitById = new HashMap<>();
        units.forEach(u -> unitById.put(u.id(), u));
        Map<Long, Integer> unitLevel = new HashMap<>();
        for (Unit u : units) {
            int level = 0;
            for (Unit p = u; p.parentId() != null; p = unitById.get(p.parentId())) {
                level++;
            }
            unitLevel.put(u.id(), level);
        }
        Unit company = units.stream().filter(u -> u.parentId() == null).findFirst().orElseThrow();
        long ceo = company.headId();
        // ids from a block of goal_seq that nobody else holds (pooled: value - 49 .. value), and above any row
        long reserved = jdbc.queryForObject("select next value for goal_seq", Long.class);
        long max = jdbc.queryForObject("select coalesce(max(id), 0) from goal", Long.class);
        nextId = Math.max(reserved - 49, max + 1);

        // Company goals: five per pillar.
        List<G> companyGoals = new ArrayList<>();
        for (String pillar : pillars) {
            for (int i = 1; i <= 5; i++) {
                G g = goal("COMPANY", pillar + ": company goal " + i, null, null, null, ceo);
                g.pillar = pillar;
                companyGoals.add(g);
            }
        }
        // The probe chain, before the bulk so its ids are the same at every size.
        long[] probe = new long[6];
        long[] probeOwner = new long[6];
        Unit division = units.stream().filter(u -> unitLevel.get(u.id()) == 1).findFirst().orElseThrow();
        Unit department = units.stream().filter(u -> division.id() == nullSafe(u.parentId())).findFirst()
                .orElseThrow();
        Unit team = units.stream().filter(u -> department.id() == nullSafe(u.parentId())).findFirst().orElseThrow();
        List<Person> teamMembers = people.stream().filter(p -> p.unitId() == team.id()
                && p.id() != team.headId()).toList();
        Person owner = teamMembers.get(0);
        G chainCompany = goal("COMPANY", "Probe chain: company goal", null, null, null, ceo);
        chainCompany.pillar = pillars.get(0);
        G chainDivision = goal("UNIT", "Probe chain: division goal", chainCompany, division.id(), null,
                division.headId());
        G chainDepartment = goal("UNIT", "Probe chain: department goal", chainDivision, department.id(), null,
                department.headId());
        G chainTeam = goal("UNIT", "Probe chain: team goal", chainDepartment, team.id(), null, team.headId());
        G[] chain = {null, null, chainCompany, chainDivision, chainDepartment, chainTeam};
        for (int level = 1; level <= 5; level++) {
            G g = measured(goal("PERSONAL", "Probe level " + level + ": personal goal", chain[level], null,
                    owner.id(), owner.id()));
            g.approval = "APPROVED";
            probe[level] = g.id;
            probeOwner[level] = owner.id();
        }
        // Each chain goal gets four active children: the next chain goal (none below the team goal), the probe
        // goal, and personal goals of the owner's team mates.
        for (int level = 2; level <= 5; level++) {
            for (int i = 1; i <= (level == 5 ? 3 : 2); i++) {
                Person p = teamMembers.get(i % teamMembers.size());
                G s = goal("PERSONAL", "Probe sibling " + i + " at level " + level, chain[level], null, p.id(),
                        p.id());
                s.approval = "APPROVED";
                keyResults(s);
            }
        }

        // Unit goals down the unit tree (divisions to company goals, the others to a goal of the unit above).
        int perUnit = total >= 20_000 ? 3 : 1;
        List<Unit> byLevel = new ArrayList<>(units);
        byLevel.sort(Comparator.comparing((Unit u) -> unitLevel.get(u.id())).thenComparing(Unit::id));
        for (Unit u : byLevel) {
            if (u.parentId() == null) {
                continue;
            }
            List<G> above = goalsOfUnit.getOrDefault(u.parentId(), companyGoals);
            for (int i = 1; i <= perUnit; i++) {
                G parent = above.get(random.nextInt(above.size()));
                G g = goal("UNIT", "Unit " + u.id() + " goal " + i, parent, u.id(), null,
                        u.headId() == null ? ceo : u.headId());
                goalsOfUnit.computeIfAbsent(u.id(), k -> new ArrayList<>()).add(g);
                if (random.nextInt(4) == 0) {
                    keyResults(g);
                }
            }
        }
        // Personal goals: the rest, spread over everyone; parents mostly the own unit's goals.
        int personal = Math.max(0, total - goals.size());
        for (int i = 0; i < people.size(); i++) {
            Person p = people.get(i);
            int n = personal / people.size() + (i < personal % people.size() ? 1 : 0);
            for (int j = 1; j <= n; j++) {
                double r = random.nextDouble();
                Long unitId = p.unitId();
                if (r >= 0.80 && r < 0.94) {
                    unitId = unitById.get(unitId).parentId();
                    if (r >= 0.90 && unitId != null) {
                        unitId = unitById.get(unitId).parentId();
                    }
                }
                List<G> candidates = r >= 0.94 && r < 0.96 || unitId == null
                        ? companyGoals : goalsOfUnit.getOrDefault(unitId, companyGoals);
                G parent = r >= 0.96 ? null : candidates.get(random.nextInt(candidates.size()));
                G g = goal("PERSONAL", "Personal goal " + j + " of person " + p.id(), parent, null, p.id(), p.id());
                double s = random.nextDouble();
                g.status = s < 0.85 ? STATUSES[0] : s < 0.92 ? STATUSES[1] : s < 0.97 ? STATUSES[2] : STATUSES[3];
                g.approval = g.status.equals("DRAFT") ? "NONE" : "APPROVED";
                g.visibility = random.nextInt(100) < 8 ? "PRIVATE" : "PUBLIC";
                if (parent == null) {
                    g.orphanSince = now.minus(random.nextInt(120), ChronoUnit.DAYS);
                }
                keyResults(g);
            }
        }

        // Progress: key results, else the average of active and achieved children, bottom-up.
        List<G> deepestFirst = new ArrayList<>(goals);
        deepestFirst.sort(Comparator.comparingInt((G g) -> g.depth).reversed());
        for (G g : deepestFirst) {
            if (g.krs.isEmpty()) {
                double sum = 0;
                int n = 0;
                for (G c : g.children) {
                    if (c.status.equals("ACTIVE") || c.status.equals("ACHIEVED")) {
                        sum += c.progress;
                        n++;
                    }
                }
                g.progress = Progress.clamp(n == 0 ? 0 : sum / n);
            }
        }
        int krCount = insert();
        // the sequence continues above the written ids, so the service's own inserts never collide with them
        jdbc.execute("alter sequence goal_seq restart with " + (nextId + 50));
        long[] probeKr = new long[6];
        for (int level = 1; level <= 5; level++) {
            probeKr[level] = jdbc.queryForObject("select id from key_result where goal_id = ?", Long.class,
                    probe[level]);
        }
        return new Written(goals.size(), krCount, probe, probeKr, probeOwner, (System.nanoTime() - t0) / 1e6);
    }

    private static long nullSafe(Long id) {
        return id == null ? -1 : id;
    }

    private G goal(String level, String title, G parent, Long unitId, Long personId, long createdBy) {
        G g = new G();
        g.id = nextId++;
        g.level = level;
        g.title = title;
        g.unitId = unitId;
        g.personId = personId;
        g.parent = parent;
        g.path = (parent == null ? "/" : parent.path) + g.id + "/";
        g.depth = parent == null ? 0 : parent.depth + 1;
        g.createdBy = createdBy;
        if (parent != null) {
            parent.children.add(g);
        } else if (!level.equals("COMPANY")) {
            g.orphanSince = now;
        }
        goals.add(g);
        return g;
    }

    /** One key result 0 → 100 at 50: the probe toggles it between 0 and 100. */
    private G measured(G g) {
        g.krs.add(new Kr("Probe key result", KeyResultType.NUMERIC, BigDecimal.ZERO, BigDecimal.valueOf(100),
                BigDecimal.valueOf(50), null, 100));
        g.progress = 50;
        return g;
    }

    /** One to three key results of mixed types with weights adding up to 100, and the goal's progress from them. */
    private void keyResults(G g) {
        int n = 1 + random.nextInt(3);
        int left = 100;
        double weighted = 0;
        for (int i = 0; i < n; i++) {
            int weight = i == n - 1 ? left : 100 / n;
            left -= weight;
            KeyResultType type = KeyResultType.values()[random.nextInt(KeyResultType.values().length)];
            double share = random.nextDouble();
            Kr kr = switch (type) {
                case BINARY -> new Kr("Done", type, BigDecimal.ZERO, BigDecimal.ONE,
                        share < 0.4 ? BigDecimal.ONE : BigDecimal.ZERO, null, weight);
                case MILESTONE -> {
                    int target = 2 + random.nextInt(8);
                    yield new Kr("Milestones", type, BigDecimal.ZERO, BigDecimal.valueOf(target),
                            BigDecimal.valueOf(Math.round(target * share)), null, weight);
                }
                case PERCENTAGE -> new Kr("Share done", type, BigDecimal.ZERO, BigDecimal.valueOf(100),
                        BigDecimal.valueOf(Math.round(100 * share)), "%", weight);
                case CURRENCY -> new Kr("Revenue", type, BigDecimal.ZERO, BigDecimal.valueOf(250000),
                        BigDecimal.valueOf(Math.round(250000 * share)), "EUR", weight);
                case NUMERIC -> new Kr("Count", type, BigDecimal.valueOf(40), BigDecimal.valueOf(10),
                        BigDecimal.valueOf(40 - Math.round(30 * share)), null, weight);
            };
            g.krs.add(kr);
            weighted += Progress.ofKeyResult(kr.type(), kr.baseline(), kr.target(), kr.current()) * weight;
        }
        g.progress = Progress.clamp(weighted / 100);
    }

    private int insert() {
        Timestamp ts = Timestamp.from(now);
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> krs = new ArrayList<>();
        for (G g : goals) {
            rows.add(new Object[] {g.id, 0L, g.level, g.title, null, g.unitId, g.personId,
                g.parent == null ? null : g.parent.id, g.path, g.depth, g.pillar, java.sql.Date.valueOf(start),
                java.sql.Date.valueOf(end), g.status, g.approval, null, g.visibility, g.progress, g.krs.isEmpty(),
                g.children.size(), g.orphanSince == null ? null : Timestamp.from(g.orphanSince), null, g.createdBy,
                ts, ts});
            for (int i = 0; i < g.krs.size(); i++) {
                Kr k = g.krs.get(i);
                krs.add(new Object[] {g.id, i, k.name(), k.type().name(), k.baseline(), k.target(), k.current(),
                    k.unit(), k.weight()});
            }
        }
        batches("insert into goal (id, version, level, title, description, owner_unit_id, owner_person_id, "
                + "parent_id, path, depth, pillar, period_start, period_end, status, approval, return_comment, "
                + "visibility, progress, progress_from_children, child_count, orphan_since, justification, "
                + "created_by, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?, ?, ?, ?, ?, ?)", rows);
        batches("insert into key_result (id, goal_id, position, name, type, baseline, target, current_value, unit, "
                + "weight) values (next value for key_result_seq, ?, ?, ?, ?, ?, ?, ?, ?, ?)", krs);
        return krs.size();
    }

    private void batches(String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += 1000) {
            jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + 1000)));
        }
    }
}
