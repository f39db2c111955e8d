package org.ladder.goals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ladder.base.security.LadderUser;
import org.ladder.charter.CharterService;
import org.ladder.charter.CharterOutline;
import org.ladder.goals.domain.Goal;
import org.ladder.goals.domain.GoalRepository;
import org.ladder.goals.domain.GoalRevision;
import org.ladder.goals.domain.GoalRevisionRepository;
import org.ladder.goals.domain.GoalStore;
import org.ladder.goals.domain.KeyResult;
import org.ladder.goals.workflow.GoalChangeProcess;
import org.ladder.people.OrgUnitNode;
import org.ladder.people.PeopleService;
import org.ladder.tasks.AcknowledgementCampaigns;
import org.ladder.tasks.AcknowledgementService;
import org.ladder.tasks.CampaignSummary;
import org.ladder.tasks.PendingAcknowledgement;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading goals: the alignment tree (one level at a time, paged), the signed-in person's ladder, a goal's page,
 * revisions, change acknowledgements, and the choices editors offer. Only goals the caller may see are returned;
 * a goal the caller may not see is refused as if it did not exist.
 */
@Service
@Transactional(readOnly = true)
public class GoalQueries {

    private static final String NO_CHARTER = "No charter has been published yet";

    private final GoalRepository goals;
    private final GoalRevisionRepository revisions;
    private final GoalStore store;
    private final GoalAccess access;
    private final GoalRows rows;
    private final PeopleService people;
    private final CharterService charter;
    private final AcknowledgementService acknowledgements;
    private final AcknowledgementCampaigns campaigns;

    GoalQueries(GoalRepository goals, GoalRevisionRepository revisions, GoalStore store, GoalAccess access,
            GoalRows rows, PeopleService people, CharterService charter, AcknowledgementService acknowledgements,
            AcknowledgementCampaigns campaigns) {
        this.goals = goals;
        this.revisions = revisions;
        this.store = store;
        this.access = access;
        this.rows = rows;
        this.people = people;
        this.charter = charter;
        this.acknowledgements = acknowledgements;
        this.campaigns = campaigns;
    }

    /**
     * Whether the person has an active personal goal that ladders up to a goal of the unit (directly or through
     * goals in between): the onboarding of a person who joined the unit during a cycle waits for one. Ids only, no
     * caller check (engine steps and listeners ask; nothing of the goals is returned).
     */
    public boolean hasActiveGoalAlignedToUnit(long personId, long unitId) {
        Set<Long> ancestors = new LinkedHashSet<>();
        for (String path : goals.pathsOf(personId, GoalLevel.PERSONAL, GoalStatus.ACTIVE)) {
            List<Long> ids = GoalStore.idsOf(path);
            ancestors.addAll(ids.subList(0, Math.max(0, ids.size() - 1)));
        }
        return !ancestors.isEmpty() && goals.countOwnedByUnit(ancestors, GoalLevel.UNIT, unitId) > 0;
    }

    /** A goal's page. */
    public GoalDetails goal(long goalId) {
        return details(visibleGoal(goalId));
    }

    // --- the tree ------------------------------------------------------------------------------------------------

    /**
     * One page of the children of a tree node ({@code null}: the roots — the mission and the orphan goals). The
     * mission's children are the pillars, a pillar's its company goals, a goal's the goals laddering up to it.
     */
    public List<GoalNode> children(GoalNode parent, GoalFilter filter, long offset, int limit) {
        int size = Math.max(0, Math.min(limit, 500));
        if (parent == null) {
            List<GoalNode> roots = List.of(GoalNode.mission(charter.outline().map(CharterOutline::mission)
                    .orElse(NO_CHARTER)), GoalNode.orphans());
            return page(roots, offset, size);
        }
        if (parent.kind() == GoalNode.Kind.MISSION) {
            return page(pillars(scope(filter)), offset, size);
        }
        return rows.nodes(store.rows(where(parent), scope(filter), Math.max(0, offset), size), today());
    }

    public long countChildren(GoalNode parent, GoalFilter filter) {
        if (parent == null) {
            return 2;
        }
        if (parent.kind() == GoalNode.Kind.MISSION) {
            return pillars(scope(filter)).size();
        }
        return store.count(where(parent), scope(filter));
    }

    /**
     * Where a goal sits in the tree under this filter: the rows from the root down to it and each row's index among
     * its siblings (for expanding the tree to it and scrolling there); empty when the filter hides it.
     */
    public Optional<TreePath> pathTo(long goalId, GoalFilter filter) {
        Goal goal = visibleGoal(goalId);
        GoalStore.Scope scope = scope(filter);
        List<Long> ids = new ArrayList<>(GoalStore.idsOf(goal.getPath()));
        Map<Long, GoalStore.Row> byId = new LinkedHashMap<>();
        store.byIds(ids).forEach(r -> byId.put(r.id(), r));
        if (byId.size() != ids.size()) {
            return Optional.empty();
        }
        Map<Long, String> names = rows.ownerNames(byId.values());
        LocalDate today = today();
        List<GoalNode> nodes = new ArrayList<>();
        List<Integer> indexes = new ArrayList<>();
        GoalStore.Row top = byId.get(ids.get(0));
        GoalStore.Where where;
        if (top.level() == GoalLevel.COMPANY) {
            List<GoalNode> pillarNodes = pillars(scope);
            GoalNode pillar = pillarNodes.stream().filter(p -> top.pillar().equals(p.pillar())).findFirst().orElse(null);
            if (pillar == null) {
                return Optional.empty();
            }
            nodes.add(children(null, filter, 0, 1).get(0));
            indexes.add(0);
            nodes.add(pillar);
            indexes.add(pillarNodes.indexOf(pillar));
            where = GoalStore.Where.pillar(top.pillar());
        } else {
            nodes.add(GoalNode.orphans());
            indexes.add(1);
            where = GoalStore.Where.orphans();
        }
        for (Long id : ids) {
            GoalStore.Row r = byId.get(id);
            GoalNode node = GoalRows.node(r, names.get(id), today);
            List<GoalStore.Row> shown = store.rows(where.and("g.id = :self", "self", id), scope, 0, 1);
            if (shown.isEmpty()) {
                return Optional.empty();
            }
            nodes.add(node);
            indexes.add((int) store.countBefore(where, scope, r));
            where = GoalStore.Where.childrenOf(id);
        }
        return Optional.of(new TreePath(nodes, indexes.stream().mapToInt(Integer::intValue).toArray()));
    }

    /** Rows from a tree root down to a goal, and the index of each among its siblings. */
    public record TreePath(List<GoalNode> nodes, int[] indexes) {
    }

    private List<GoalNode> pillars(GoalStore.Scope scope) {
        List<String> inCharter = pillars();
        List<String> inUse = store.pillarsInUse(scope);
        List<GoalNode> nodes = new ArrayList<>();
        boolean filtered = scope.filter() != null && !scope.filter().isEmpty();
        for (String p : inCharter) {
            if (!filtered || inUse.contains(p)) {
                nodes.add(GoalNode.pillar(p, true));
            }
        }
        for (String p : inUse) {
            if (!inCharter.contains(p)) {
                nodes.add(GoalNode.pillar(p, false));
            }
        }
        return nodes;
    }

    private static GoalStore.Where where(GoalNode parent) {
        return switch (parent.kind()) {
            case PILLAR -> GoalStore.Where.pillar(parent.pillar());
            case GOAL -> GoalStore.Where.childrenOf(parent.goalId());
            case ORPHANS -> GoalStore.Where.orphans();
            case MISSION -> throw new IllegalArgumentException("The mission's children are pillars");
        };
    }

    private GoalStore.Scope scope(GoalFilter filter) {
        GoalFilter f = filter == null ? GoalFilter.NONE : filter;
        Collection<Long> members = f.unitId() == null ? List.of() : people.activeMemberIds(f.unitId());
        return new GoalStore.Scope(access.viewer(), f, members);
    }

    private static <T> List<T> page(List<T> all, long offset, int limit) {
        int from = (int) Math.min(all.size(), Math.max(0, offset));
        return all.subList(from, Math.min(all.size(), from + limit));
    }

    // --- my ladder -----------------------------------------------------------------------------------------------

    /**
     * The caller's goals (their personal goals and the goals of units they lead), each with the chain above it up
     * to its pillar and the mission. Three statements for the goals and their chains, whatever their number.
     */
    public List<LadderEntry> myLadder() {
        LadderUser me = access.user();
        List<GoalStore.Row> mine = store.ownedBy(me.personId(), people.unitsHeadedBy(me.personId()));
        Set<Long> above = new LinkedHashSet<>();
        mine.forEach(r -> above.addAll(r.ancestorIds()));
        Map<Long, GoalStore.Row> chainRows = new LinkedHashMap<>();
        store.byIds(above).forEach(r -> chainRows.put(r.id(), r));
        List<GoalStore.Row> all = new ArrayList<>(mine);
        all.addAll(chainRows.values());
        Map<Long, String> names = rows.ownerNames(all);
        LocalDate today = today();
        Optional<CharterOutline> current = charter.outline();
        GoalNode mission = GoalNode.mission(current.map(CharterOutline::mission).orElse(NO_CHARTER));
        List<String> pillars = current.map(CharterOutline::pillars).orElse(List.of());
        GoalStore.Viewer viewer = access.viewer();
        List<LadderEntry> ladder = new ArrayList<>();
        for (GoalStore.Row r : mine) {
            List<GoalNode> chain = new ArrayList<>();
            List<Long> ids = new ArrayList<>(r.ancestorIds());
            java.util.Collections.reverse(ids);
            String pillar = r.pillar();
            for (Long id : ids) {
                GoalStore.Row a = chainRows.get(id);
                if (a == null) {
                    continue;
                }
                boolean visible = viewer.all() || a.visibility() == Visibility.PUBLIC
                        || viewer.seesPrivateOf(a.ownerPersonId());
                if (visible) {
                    chain.add(GoalRows.node(a, names.get(a.id()), today));
                }
                pillar = a.pillar() != null ? a.pillar() : pillar;
            }
            boolean reachesTop = r.level() == GoalLevel.COMPANY
                    || (!ids.isEmpty() && chainRows.containsKey(ids.get(ids.size() - 1))
                            && chainRows.get(ids.get(ids.size() - 1)).level() == GoalLevel.COMPANY);
            if (reachesTop && pillar != null) {
                chain.add(GoalNode.pillar(pillar, pillars.contains(pillar)));
                chain.add(mission);
            }
            ladder.add(new LadderEntry(GoalRows.node(r, names.get(r.id()), today), chain));
        }
        return ladder;
    }

    // --- a goal's page -------------------------------------------------------------------------------------------

    public List<GoalRef> childGoals(long goalId, long offset, int limit) {
        visibleGoal(goalId);
        return rows.refs(store.rows(GoalStore.Where.childrenOf(goalId), scope(GoalFilter.NONE), Math.max(0, offset),
                Math.max(0, Math.min(limit, 500))));
    }

    public long countChildGoals(long goalId) {
        visibleGoal(goalId);
        return store.count(GoalStore.Where.childrenOf(goalId), scope(GoalFilter.NONE));
    }

    /** Goals that name this one as a goal they contribute to. */
    public List<GoalRef> contributors(long goalId) {
        visibleGoal(goalId);
        return rows.refs(store.contributors(goalId, access.viewer()));
    }

    /** The goal's revisions, newest first. */
    public List<RevisionEntry> revisions(long goalId) {
        visibleGoal(goalId);
        return revisions.findByGoalIdOrderByNumberDesc(goalId).stream().map(GoalQueries::entry).toList();
    }

    /**
     * For the goal's editors and HR: how far the owners below have acknowledged each change that asked them to
     * (newest first, up to 20); empty for anyone else.
     */
    public List<ChangeProgress> changeProgress(long goalId) {
        Goal goal = visibleGoal(goalId);
        if (!access.isHr() && !access.mayEdit(goal.getLevel(), goal.getOwnerUnitId(), goal.getOwnerPersonId())) {
            return List.of();
        }
        List<ChangeProgress> progress = new ArrayList<>();
        for (GoalRevision r : revisions.findByGoalIdOrderByNumberDesc(goalId)) {
            if (!r.isMaterial()) {
                continue;
            }
            Optional<CampaignSummary> c = campaigns.campaignFor(GoalChangeProcess.SUBJECT, r.getId());
            c.ifPresent(s -> progress.add(new ChangeProgress(r.getId(), r.getNumber(), r.getChangedAt(),
                    String.join("; ", r.getChanges()), s.total(), s.acknowledged(), s.completedAt(), s.closedAt())));
            if (progress.size() == 20) {
                break;
            }
        }
        return progress;
    }

    // --- editors -------------------------------------------------------------------------------------------------

    /**
     * Active goals a goal of this level and owner may ladder up to: for a personal goal unit and company goals,
     * for a unit goal company goals and goals of the units above it.
     */
    public List<GoalRef> parentCandidates(GoalLevel level, Long ownerUnitId, String text, int limit) {
        int size = Math.max(1, Math.min(limit, 200));
        return switch (level) {
            case COMPANY -> List.of();
            case PERSONAL -> rows.refs(store.candidates(List.of(GoalLevel.UNIT, GoalLevel.COMPANY), List.of(), true,
                    text, access.viewer(), size));
            case UNIT -> {
                List<Long> above = ownerUnitId == null ? List.of()
                        : people.unitChain(ownerUnitId).stream().skip(1).toList();
                yield rows.refs(store.candidates(List.of(GoalLevel.UNIT, GoalLevel.COMPANY), above, false, text,
                        access.viewer(), size));
            }
        };
    }

    /** Goals the caller can see, by title (for "contributes to"). */
    public List<GoalRef> searchVisible(String text, int limit) {
        return rows.refs(store.candidates(List.of(GoalLevel.values()), List.of(), true, text, access.viewer(),
                Math.max(1, Math.min(limit, 200))));
    }

    /** The pillars of the current charter (none before the first publication). */
    public List<String> pillars() {
        return charter.outline().map(CharterOutline::pillars).orElse(List.of());
    }

    public boolean mayCreate(GoalLevel level) {
        return access.mayCreate(level);
    }

    /** Units the caller may plan unit goals for: the ones they lead and the units below them (HR: every unit). */
    public List<OrgUnitNode> unitsIPlanFor() {
        LadderUser me = access.user();
        if (access.isHr()) {
            return people.unitsAtOrBelow(null, 2000);
        }
        List<Long> headed = people.unitsHeadedBy(me.personId());
        return headed.isEmpty() ? List.of() : people.unitsAtOrBelow(headed, 2000);
    }

    /** Changes to goals above the caller's own that the caller is asked to acknowledge, oldest first. */
    public List<GoalChangeNotice> myGoalChanges() {
        LadderUser me = access.user();
        List<Long> headed = null;
        List<GoalChangeNotice> notices = new ArrayList<>();
        for (PendingAcknowledgement p : acknowledgements.myPending()) {
            if (!GoalChangeProcess.SUBJECT.equals(p.subjectType())) {
                continue;
            }
            Optional<GoalRevision> revision = revisions.findById(p.subjectId());
            if (revision.isEmpty()) {
                continue;
            }
            GoalRevision r = revision.get();
            Goal goal = goals.findById(r.getGoalId()).orElse(null);
            if (goal == null) {
                continue;
            }
            if (headed == null) {
                headed = people.unitsHeadedBy(me.personId());
            }
            List<GoalRef> mine = rows.refs(store.ownedBelow(goal.getPath(), me.personId(), headed).stream()
                    .filter(g -> g.id() != goal.getId()).toList());
            notices.add(new GoalChangeNotice(p.campaignId(), r.getId(), goal.getId(), goal.getTitle(),
                    r.getActorName(), r.getChangedAt(), r.getChanges(), r.getReason(), mine));
        }
        return notices;
    }

    // --- shared with the use-case services ----------------------------------------------------------------------------------

    Goal visibleGoal(long goalId) {
        Goal goal = goals.findById(goalId).orElseThrow(() -> new AccessDeniedException("You cannot see this goal."));
        if (!access.maySee(goal.getVisibility(), goal.getOwnerPersonId())) {
            throw new AccessDeniedException("You cannot see this goal.");
        }
        return goal;
    }

    /** The page of a goal the caller may see (checked by the caller of this method). */
    GoalDetails details(Goal goal) {
        List<Long> linked = new ArrayList<>();
        if (goal.getParentId() != null) {
            linked.add(goal.getParentId());
        }
        linked.addAll(goal.getContributesTo());
        Map<Long, GoalStore.Row> byId = new LinkedHashMap<>();
        boolean signedIn = access.currentUser().isPresent();
        store.byIds(linked).stream()
                .filter(r -> !signedIn || access.maySee(r.visibility(), r.ownerPersonId()))
                .forEach(r -> byId.put(r.id(), r));
        List<GoalStore.Row> named = new ArrayList<>(byId.values());
        GoalStore.Row self = new GoalStore.Row(goal.getId(), goal.getLevel(), goal.getTitle(), goal.getOwnerUnitId(),
                goal.getOwnerPersonId(), goal.getParentId(), goal.getPath(), goal.getPillar(), goal.getPeriodStart(),
                goal.getPeriodEnd(), goal.getStatus(), goal.getApproval(), goal.getVisibility(), goal.getProgress(),
                goal.getChildCount(), goal.getOrphanSince(), goal.getJustification(), goal.getConfidence());
        named.add(self);
        Map<Long, String> names = rows.ownerNames(named);
        GoalRef parent = goal.getParentId() == null || !byId.containsKey(goal.getParentId()) ? null
                : GoalRows.ref(byId.get(goal.getParentId()), names.get(goal.getParentId()));
        List<GoalRef> contributes = goal.getContributesTo().stream().filter(byId::containsKey)
                .map(id -> GoalRows.ref(byId.get(id), names.get(id))).toList();
        List<KeyResultView> krs = new ArrayList<>();
        for (KeyResult kr : goal.getKeyResults()) {
            krs.add(new KeyResultView(kr.getId(), kr.getName(), kr.getType(), kr.getBaseline(), kr.getTarget(),
                    kr.getCurrent(), kr.getUnit(), kr.getWeight(), kr.progress()));
        }
        boolean mayEdit = access.currentUser().isPresent()
                && access.mayEdit(goal.getLevel(), goal.getOwnerUnitId(), goal.getOwnerPersonId());
        return new GoalDetails(goal.getId(), goal.getVersion(), goal.getLevel(), goal.getTitle(), goal.getDescription(),
                goal.getOwnerUnitId(), goal.getOwnerPersonId(), names.get(goal.getId()), parent, contributes,
                goal.getPillar(), goal.getPeriodStart(), goal.getPeriodEnd(), goal.getStatus(), goal.getApproval(),
                goal.getReturnComment(), goal.getVisibility(), goal.getProgress(),
                GoalRows.atRisk(goal.getStatus(), goal.getProgress(), goal.getPeriodStart(), goal.getPeriodEnd(),
                        goal.getConfidence(), today()),
                goal.getOrphanSince(), goal.getJustification(), List.copyOf(krs), mayEdit,
                GoalActions.of(goal, mayEdit), goal.getConfidence(), goal.getLastCheckInAt());
    }

    private static RevisionEntry entry(GoalRevision r) {
        return new RevisionEntry(r.getId(), r.getNumber(), r.getChangedAt(), r.getActorName(), r.getKind(),
                r.getChanges(), r.getReason(), r.isMaterial());
    }

    private LocalDate today() {
        return LocalDate.now(access.clock());
    }
}
