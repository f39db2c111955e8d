package org.ladder.people;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.ladder.base.paging.OffsetPage;
import org.ladder.base.security.CurrentUser;
import org.ladder.base.security.LadderUser;
import org.ladder.base.security.Role;
import org.ladder.people.domain.OrgUnitRepository;
import org.ladder.people.domain.Person;
import org.ladder.people.domain.PersonRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people module's read API: the organisation tree, the directory, a person's page, the caller's own place.
 * Every signed-in person may read the directory and the tree; roles and people who left are for HR and admins
 * (and, for roles, the person).
 */
@Service
@Transactional(readOnly = true)
public class PeopleService {

    /** How many teammates the home view lists before "and N more". */
    static final int TEAMMATES_SHOWN = 12;

    private final PersonRepository people;
    private final OrgUnitRepository units;
    private final CurrentUser currentUser;

    PeopleService(PersonRepository people, OrgUnitRepository units, CurrentUser currentUser) {
        this.people = people;
        this.units = units;
        this.currentUser = currentUser;
    }

    /** Units directly below {@code parentId}, or the top-level units when it is {@code null}. */
    public List<OrgUnitNode> childUnits(Long parentId, long offset, int limit) {
        currentUser.require();
        OffsetPage page = OffsetPage.of(offset, limit);
        return parentId == null ? units.roots(page) : units.children(parentId, page);
    }

    public long countChildUnits(Long parentId) {
        currentUser.require();
        return parentId == null ? units.countRoots() : units.countChildren(parentId);
    }

    public Optional<OrgUnitNode> unit(long unitId) {
        currentUser.require();
        return units.node(unitId);
    }

    /** The external id (the HR system's id the import matches on) of a unit: HR and admins only. */
    public Optional<String> unitExternalId(long unitId) {
        if (!mayManagePeople()) {
            return Optional.empty();
        }
        return units.findById(unitId).map(org.ladder.people.domain.OrgUnit::getExternalId);
    }

    /** Units whose name contains {@code text} (case-insensitive), by name: for unit pickers and filters. */
    public List<OrgUnitNode> searchUnits(String text, long offset, int limit) {
        currentUser.require();
        return units.search(pattern(text), OffsetPage.of(offset, limit));
    }

    /** Active members of a unit (not of its sub-units), by name. */
    public List<PersonSummary> members(long unitId, long offset, int limit) {
        currentUser.require();
        return people.members(unitId, OffsetPage.of(offset, limit));
    }

    public long countMembers(long unitId) {
        currentUser.require();
        return people.countMembers(unitId);
    }

    /**
     * People whose name, e-mail or job title contains {@code text} (case-insensitive). People who left are
     * included only for HR and admins who ask for them.
     */
    public List<PersonSummary> directory(String text, boolean includeInactive, long offset, int limit) {
        currentUser.require();
        return people.search(pattern(text), includeInactive && mayManagePeople(), OffsetPage.of(offset, limit));
    }

    public long countDirectory(String text, boolean includeInactive) {
        currentUser.require();
        return people.countSearch(pattern(text), includeInactive && mayManagePeople());
    }

    public List<PersonSummary> directReports(long managerId, long offset, int limit) {
        currentUser.require();
        return people.directReports(managerId, OffsetPage.of(offset, limit));
    }

    public long countDirectReports(long managerId) {
        currentUser.require();
        return people.countDirectReports(managerId);
    }

    /**
     * The usernames of a manager's active direct reports: other modules match them against the engine's users
     * (e.g. the task inbox's team view).
     */
    public List<String> directReportUsernames(long managerId) {
        currentUser.require();
        return people.directReportUsernames(managerId);
    }

    /**
     * The ids of the active people holding {@code role} (the engine's group of that name), so that a module can
     * signal their open windows. No caller check: it runs inside engine listeners and returns ids only.
     */
    public List<Long> activePersonIdsWithRole(Role role) {
        return people.activeIdsWithRole(role);
    }

    /** A person's page; empty when there is no such person or the caller may not see them. */
    public Optional<PersonDetails> person(long personId) {
        LadderUser caller = currentUser.require();
        boolean self = caller.personId() == personId;
        boolean privileged = mayManagePeople();
        return people.findById(personId)
                .filter(p -> p.isActive() || privileged || self)
                .map(p -> {
                    boolean rolesVisible = privileged || self;
                    return new PersonDetails(people.summary(personId).orElseThrow(), p.getUsername(),
                            rolesVisible ? EnumSet.copyOf(withEmployee(p)) : EnumSet.noneOf(Role.class),
                            rolesVisible, people.countDirectReports(personId),
                            privileged ? p.getExternalId() : null);
                });
    }

    /** The caller's own place in the organisation, for the home view. */
    public MyOrganisation myOrganisation() {
        LadderUser caller = currentUser.require();
        PersonSummary me = people.summary(caller.personId())
                .orElseThrow(() -> new IllegalStateException("Signed-in person " + caller.personId() + " not found"));
        Optional<OrgUnitNode> unit = me.unitId() == null ? Optional.empty() : units.node(me.unitId());
        Optional<PersonSummary> manager = me.managerId() == null ? Optional.empty() : people.summary(me.managerId());
        List<PersonSummary> reports = people.directReports(me.id(), OffsetPage.of(0, 50));
        // colleagues in my unit who are not my direct reports (those are listed apart: no one is listed twice)
        java.util.Set<Long> reportIds = reports.stream().map(PersonSummary::id)
                .collect(java.util.stream.Collectors.toSet());
        List<PersonSummary> teammates = me.unitId() == null ? List.of()
                : people.members(me.unitId(), OffsetPage.of(0, TEAMMATES_SHOWN + 1 + reportIds.size())).stream()
                        .filter(p -> p.id() != me.id() && !reportIds.contains(p.id()))
                        .limit(TEAMMATES_SHOWN)
                        .toList();
        return new MyOrganisation(me, unit, manager, reports, teammates, unit.map(OrgUnitNode::members).orElse(0L));
    }

    /** Other modules resolve people they were handed as usernames (e.g. by the engine). */
    public Optional<PersonSummary> findByUsername(String username) {
        return people.findByUsername(username).flatMap(p -> people.summary(p.getId()));
    }

    /** Names of these units, by id (units that do not exist are left out). */
    public java.util.Map<Long, String> unitNames(java.util.Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        units.findAllById(unitIds).forEach(u -> names.put(u.getId(), u.getName()));
        return names;
    }

    /** These people as lists show them, in the order of {@code personIds}. */
    public List<PersonSummary> summaries(List<Long> personIds) {
        currentUser.require();
        if (personIds.isEmpty()) {
            return List.of();
        }
        java.util.Map<Long, PersonSummary> byId = new java.util.HashMap<>();
        people.summaries(personIds).forEach(p -> byId.put(p.id(), p));
        return personIds.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }


    /**
     * These people as lists show them, for steps that run without a signed-in user (an engine job starting the
     * reviews of a round): no caller check, in queries of 1,000; people who do not exist are left out.
     */
    public List<PersonSummary> placements(Collection<Long> personIds) {
        List<Long> ids = List.copyOf(new LinkedHashSet<>(personIds));
        List<PersonSummary> found = new java.util.ArrayList<>();
        for (int from = 0; from < ids.size(); from += 1000) {
            found.addAll(people.summaries(ids.subList(from, Math.min(ids.size(), from + 1000))));
        }
        return found;
    }

    /** Usernames of the active people holding a role (the engine's user ids, e.g. for approvers). */
    public List<String> activeUsernamesWithRole(Role role) {
        return people.activeUsernamesWithRole(role);
    }

    /** Whether a person is active (has not left). */
    public boolean isActive(long personId) {
        return people.findById(personId).map(Person::isActive).orElse(false);

    }

    /**
     * The ids of the active people holding any of these roles (the engine's candidate groups are role names), for
     * fan-out by other modules. Membership is the person's role rows, as the engine sees it. No caller check,
     * like {@link #findByUsername}: event listeners call it where nobody is signed in.
     */
    public List<Long> activePersonIdsWithAnyRole(Collection<Role> roles) {
        return roles.isEmpty() ? List.of() : people.activeIdsWithAnyRole(roles);
    }

    /**
     * The e-mail addresses of the active people among {@code personIds}, by id (people who left are missing),
     * for other modules' e-mails. No caller check, like {@link #findByUsername}.
     */
    public Map<Long, String> activeEmails(Collection<Long> personIds) {
        List<Long> ids = List.copyOf(new LinkedHashSet<>(personIds));
        Map<Long, String> emails = new LinkedHashMap<>();
        for (int from = 0; from < ids.size(); from += 1000) {
            for (Object[] row : people.activeEmails(ids.subList(from, Math.min(ids.size(), from + 1000)))) {
                emails.put((Long) row[0], (String) row[1]);
            }
        }
        return emails;
    }

    // --- for other modules' rules (ids only, no caller check: they run in services that check the caller) ----

    /** The person's managers, nearest first (stops at a reporting loop). */
    public List<Long> managerChain(long personId) {
        List<Long> chain = new java.util.ArrayList<>();
        java.util.Set<Long> seen = new java.util.HashSet<>(List.of(personId));
        Optional<Long> next = people.managerIdOf(personId);
        while (next.isPresent() && seen.add(next.get())) {
            chain.add(next.get());
            next = people.managerIdOf(next.get());
        }
        return chain;
    }

    /** Everyone reporting to the manager, directly or not (one query per level). */
    public java.util.Set<Long> subordinateIds(long managerId) {
        java.util.Set<Long> all = new java.util.HashSet<>();
        List<Long> level = List.of(managerId);
        while (!level.isEmpty()) {
            List<Long> next = new java.util.ArrayList<>();
            for (int from = 0; from < level.size(); from += 1000) {
                for (Long id : people.idsReportingTo(level.subList(from, Math.min(level.size(), from + 1000)))) {
                    if (id != managerId && all.add(id)) {
                        next.add(id);
                    }
                }
            }
            level = next;
        }
        return all;
    }

    /** How many people Ladder knows, including those who left. */
    public long countEveryone() {
        return people.count();
    }

    /** The ids of everyone Ladder knows, including those who left. */
    public List<Long> everyoneIds() {
        return people.allIds();
    }

    /** The unit and the units above it, nearest first. */
    public List<Long> unitChain(long unitId) {
        List<Long> chain = new java.util.ArrayList<>(List.of(unitId));
        Optional<Long> next = units.parentIdOf(unitId);
        while (next.isPresent() && !chain.contains(next.get())) {
            chain.add(next.get());
            next = units.parentIdOf(next.get());
        }
        return chain;
    }

    /** The head of a unit, if it has one. */
    public Optional<Long> headOf(long unitId) {
        return units.headIdOf(unitId);
    }

    /** The heads of these units, by unit id (units without a head are left out). */
    public Map<Long, Long> headsOf(Collection<Long> unitIds) {
        Map<Long, Long> heads = new LinkedHashMap<>();
        List<Long> ids = List.copyOf(new LinkedHashSet<>(unitIds));
        for (int from = 0; from < ids.size(); from += 1000) {
            for (Object[] row : units.headIdsOf(ids.subList(from, Math.min(ids.size(), from + 1000)))) {
                heads.put((Long) row[0], (Long) row[1]);
            }
        }
        return heads;
    }

    /**
     * These units and every unit below them, by name (all units when {@code rootIds} is null), in two queries
     * whatever the depth. At most {@code limit} units.
     */
    public List<OrgUnitNode> unitsAtOrBelow(Collection<Long> rootIds, int limit) {
        currentUser.require();
        Map<Long, List<Long>> children = new java.util.HashMap<>();
        List<Long> tops = new java.util.ArrayList<>();
        for (Object[] link : units.allParentLinks()) {
            Long id = (Long) link[0];
            Long parent = (Long) link[1];
            if (parent == null) {
                tops.add(id);
            } else {
                children.computeIfAbsent(parent, k -> new java.util.ArrayList<>()).add(id);
            }
        }
        java.util.Set<Long> found = new LinkedHashSet<>();
        java.util.Deque<Long> queue = new java.util.ArrayDeque<>(rootIds == null ? tops : rootIds);
        while (!queue.isEmpty() && found.size() < limit) {
            Long id = queue.poll();
            if (found.add(id)) {
                queue.addAll(children.getOrDefault(id, List.of()));
            }
        }
        return found.isEmpty() ? List.of() : units.nodes(found);
    }

    /**
     * Every unit's parent (null for a top unit), in one query: for modules that roll figures up the whole tree.
     * Ids only, no caller check.
     */
    public Map<Long, Long> unitParents() {
        Map<Long, Long> parents = new java.util.HashMap<>();
        for (Object[] link : units.allParentLinks()) {
            parents.put((Long) link[0], (Long) link[1]);
        }
        return parents;
    }

    /** The units this person heads. */
    public List<Long> unitsHeadedBy(long personId) {
        return units.idsHeadedBy(personId);
    }

    /** The ids of these units and of every unit below them (one query, whatever the depth). No caller check. */
    public java.util.Set<Long> unitIdsAtOrBelow(Collection<Long> rootIds) {
        Map<Long, List<Long>> children = new java.util.HashMap<>();
        for (Object[] link : units.allParentLinks()) {
            if (link[1] != null) {
                children.computeIfAbsent((Long) link[1], k -> new java.util.ArrayList<>()).add((Long) link[0]);
            }
        }
        java.util.Set<Long> found = new LinkedHashSet<>();
        java.util.Deque<Long> queue = new java.util.ArrayDeque<>(rootIds);
        while (!queue.isEmpty()) {
            Long id = queue.poll();
            if (found.add(id)) {
                queue.addAll(children.getOrDefault(id, List.of()));
            }
        }
        return found;
    }

    /** The active members of a unit (not of its sub-units). */
    public List<Long> activeMemberIds(long unitId) {
        return people.activeMemberIds(unitId);
    }

    /** The active members of these units (not of their sub-units), by id; in queries of 1,000 units. */
    public List<Long> activeMemberIds(Collection<Long> unitIds) {
        List<Long> ids = List.copyOf(new LinkedHashSet<>(unitIds));
        List<Long> members = new java.util.ArrayList<>();
        for (int from = 0; from < ids.size(); from += 1000) {
            members.addAll(people.activeMemberIdsIn(ids.subList(from, Math.min(ids.size(), from + 1000))));
        }
        return members;
    }

    /** The usernames (the engine's user ids) of the active people among these, by person id. */
    public Map<Long, String> activeUsernames(Collection<Long> personIds) {
        List<Long> ids = List.copyOf(new LinkedHashSet<>(personIds));
        Map<Long, String> usernames = new LinkedHashMap<>();
        for (int from = 0; from < ids.size(); from += 1000) {
            for (Object[] row : people.activeUsernamesOf(ids.subList(from, Math.min(ids.size(), from + 1000)))) {
                usernames.put((Long) row[0], (String) row[1]);
            }
        }
        return usernames;
    }

    /**
     * The active people among these usernames (the engine's user ids), by username; unknown and inactive ones are
     * missing. No caller check, like {@link #findByUsername}: event listeners resolve a whole transaction's task
     * assignees at once, where nobody may be signed in. One statement per 1,000 usernames.
     */
    public Map<String, Long> activeIdsByUsername(Collection<String> usernames) {
        List<String> names = usernames.stream().filter(java.util.Objects::nonNull).distinct().toList();
        Map<String, Long> ids = new LinkedHashMap<>();
        for (int from = 0; from < names.size(); from += 1000) {
            for (Object[] row : people.activeIdsByUsername(names.subList(from, Math.min(names.size(), from + 1000)))) {
                ids.put((String) row[0], (Long) row[1]);
            }
        }
        return ids;
    }

    /**
     * The display names of these people (people who left included), by id. No caller check: a person's name is no
     * secret inside the organisation (the directory shows it to everyone signed in), and tasks are named with it in
     * notifications written where nobody is signed in (the engine's job executor). One statement per 1,000 ids.
     */
    public Map<Long, String> displayNames(Collection<Long> personIds) {
        List<Long> ids = personIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
        Map<Long, String> names = new LinkedHashMap<>();
        for (int from = 0; from < ids.size(); from += 1000) {
            for (Object[] row : people.displayNames(ids.subList(from, Math.min(ids.size(), from + 1000)))) {
                names.put((Long) row[0], (String) row[1]);
            }
        }
        return names;
    }

    /** The username (the engine's user id) of a person. */
    public Optional<String> usernameOf(long personId) {
        return people.usernameOf(personId);
    }

    /** Whether the caller may see and change people's records: HR and admins. */
    public boolean mayManagePeople() {
        return currentUser.hasAnyRole(Role.HR, Role.ADMIN);
    }

    private static java.util.Set<Role> withEmployee(Person p) {
        return p.getRoles().isEmpty() ? EnumSet.of(Role.EMPLOYEE) : p.getRoles();
    }

    private static String pattern(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        // "Lindqvist, Emma" reads as "lindqvist emma"; the query also matches last-name-first
        String escaped = text.trim().toLowerCase(Locale.ROOT).replace("\\", "").replace("%", "").replace("_", "")
                .replace(',', ' ').replaceAll("\\s+", " ").trim();
        return escaped.isEmpty() ? "" : "%" + escaped + "%";
    }
}
