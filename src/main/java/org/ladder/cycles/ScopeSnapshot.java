package org.ladder.cycles;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ladder.people.PeopleService;
import org.ladder.people.PersonSummary;
import org.springframework.stereotype.Component;

/**
 * The units and active people of a cycle's scope as they stand now, with each unit's level (1 = top of the scope),
 * head and rule: what the preview shows and the launch writes. A few queries whatever the size (people in chunks of
 * 1,000).
 */
@Component
class ScopeSnapshot {

    private static final int IN_CLAUSE = 1000;

    private final PeopleService people;
    private final CycleWorkflow workflow;

    ScopeSnapshot(PeopleService people, CycleWorkflow workflow) {
        this.people = people;
        this.workflow = workflow;
    }

    /** A unit of the scope. */
    record Unit(long id, String name, Long parentId, int level, Long headId, String headName, List<Long> members,
            RuleApplied rule) {

        UnitPreview preview() {
            return new UnitPreview(id, name, level, parentId, headId, headName, members.size(), rule);
        }
    }

    /** The scope: units top-down (parents before children), people with their unit and manager. */
    record Scope(List<Unit> units, List<PersonSummary> people, List<Long> unitsOfOrganisationTop) {

        int peopleCount() {
            return people.size();
        }
    }

    /** Null when the scope's unit does not exist. */
    Scope of(CycleScope scope) {
        Map<Long, Long> parents = people.unitParents();
        Map<Long, List<Long>> children = new HashMap<>();
        List<Long> orgTops = new ArrayList<>();
        parents.forEach((unit, parent) -> {
            if (parent == null) {
                orgTops.add(unit);
            } else {
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(unit);
            }
        });
        children.values().forEach(l -> l.sort(Long::compare));
        orgTops.sort(Long::compare);
        List<Long> roots;
        if (scope.isOrganisation()) {
            roots = orgTops;
        } else if (parents.containsKey(scope.unitId())) {
            roots = List.of(scope.unitId());
        } else {
            return null;
        }
        Map<Long, Integer> levels = new LinkedHashMap<>();
        Deque<Long> queue = new ArrayDeque<>(roots);
        roots.forEach(r -> levels.put(r, 1));
        while (!queue.isEmpty()) {
            long id = queue.poll();
            for (long child : children.getOrDefault(id, List.of())) {
                if (!levels.containsKey(child)) {
                    levels.put(child, levels.get(id) + 1);
                    queue.add(child);
                }
            }
        }
        List<Long> unitIds = new ArrayList<>(levels.keySet());
        Map<Long, String> names = new HashMap<>();
        Map<Long, Long> heads = new HashMap<>();
        for (int from = 0; from < unitIds.size(); from += IN_CLAUSE) {
            List<Long> chunk = unitIds.subList(from, Math.min(unitIds.size(), from + IN_CLAUSE));
            names.putAll(people.unitNames(chunk));
            heads.putAll(people.headsOf(chunk));
        }
        List<Long> memberIds = people.activeMemberIds(unitIds);
        List<PersonSummary> members = new ArrayList<>(memberIds.size());
        for (int from = 0; from < memberIds.size(); from += IN_CLAUSE) {
            members.addAll(people.summaries(memberIds.subList(from, Math.min(memberIds.size(), from + IN_CLAUSE))));
        }
        Map<Long, List<Long>> byUnit = new HashMap<>();
        for (PersonSummary p : members) {
            byUnit.computeIfAbsent(p.unitId(), k -> new ArrayList<>()).add(p.id());
        }
        heads.values().removeIf(java.util.Objects::isNull);
        Map<Long, String> usernames = people.activeUsernames(heads.values());
        Map<Long, String> headNames = new HashMap<>();
        List<Long> activeHeads = heads.values().stream().distinct().filter(usernames::containsKey).toList();
        for (int from = 0; from < activeHeads.size(); from += IN_CLAUSE) {
            people.summaries(activeHeads.subList(from, Math.min(activeHeads.size(), from + IN_CLAUSE)))
                    .forEach(p -> headNames.put(p.id(), p.displayName()));
        }
        Map<String, RuleApplied> rules = new HashMap<>();
        List<Unit> units = new ArrayList<>(unitIds.size());
        for (long id : unitIds) {
            int level = levels.get(id);
            List<Long> ms = byUnit.getOrDefault(id, List.of());
            RuleApplied rule = rules.computeIfAbsent(level + "/" + ms.size(), k -> workflow.rule(level, ms.size()));
            Long head = heads.get(id);
            Long activeHead = head != null && usernames.containsKey(head) ? head : null;
            Long parent = levels.get(id) == 1 ? null : parents.get(id);
            units.add(new Unit(id, names.getOrDefault(id, "Unit " + id), parent, level, activeHead,
                    activeHead == null ? null : headNames.get(activeHead), List.copyOf(ms), rule));
        }
        return new Scope(units, members, orgTops);
    }
}
