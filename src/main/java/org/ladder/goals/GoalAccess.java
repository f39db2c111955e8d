package org.ladder.goals;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.ladder.base.security.CurrentUser;
import org.ladder.base.security.LadderUser;
import org.ladder.base.security.Role;
import org.ladder.goals.domain.GoalStore;
import org.ladder.people.PeopleService;
import org.springframework.stereotype.Component;

/**
 * Who may see and change which goal. Private goals: their owner, the owner's manager chain, HR. Company goals are
 * planned by leadership and HR; a unit's goals by the head of that unit or of a unit above it, and HR; a person's
 * goals by the person, their manager chain, and HR.
 */
@Component
class GoalAccess {

    /** How long the set of people reporting to a viewer is reused (reporting lines change by import, rarely). */
    private static final long VIEWER_TTL_MILLIS = 30_000;

    private final CurrentUser currentUser;
    private final PeopleService people;
    private final Clock clock;
    private final Map<Long, CachedViewer> viewers = new ConcurrentHashMap<>();

    private record CachedViewer(GoalStore.Viewer viewer, Instant until) {
    }

    GoalAccess(CurrentUser currentUser, PeopleService people, Clock clock) {
        this.currentUser = currentUser;
        this.people = people;
        this.clock = clock;
    }

    LadderUser user() {
        return currentUser.require();
    }

    java.util.Optional<LadderUser> currentUser() {
        return currentUser.get();
    }

    boolean isHr() {
        return currentUser.hasRole(Role.HR);
    }

    /**
     * The caller as the store filters by: HR sees all; others public goals plus the private goals of the caller and
     * of everyone reporting to them — named directly, or, when most people report to the caller, as everyone but
     * the others (the shorter list goes into the query).
     */
    GoalStore.Viewer viewer() {
        LadderUser user = currentUser.require();
        if (currentUser.hasRole(Role.HR)) {
            return GoalStore.Viewer.everything();
        }
        return cached(user.personId());
    }

    private GoalStore.Viewer cached(long personId) {
        Instant now = clock.instant();
        CachedViewer cached = viewers.get(personId);
        if (cached != null && cached.until().isAfter(now)) {
            return cached.viewer();
        }
        Set<Long> mine = new HashSet<>(people.subordinateIds(personId));
        mine.add(personId);
        GoalStore.Viewer viewer;
        long everyone = people.countEveryone();
        if (mine.size() * 2L > everyone) {
            Set<Long> others = new HashSet<>(people.everyoneIds());
            others.removeAll(mine);
            viewer = GoalStore.Viewer.allBut(Set.copyOf(others));
        } else {
            viewer = GoalStore.Viewer.privateOf(Set.copyOf(mine));
        }
        if (viewers.size() > 10_000) {
            viewers.clear();
        }
        viewers.put(personId, new CachedViewer(viewer, now.plusMillis(VIEWER_TTL_MILLIS)));
        return viewer;
    }

    boolean maySee(Visibility visibility, Long ownerPersonId) {
        if (visibility == Visibility.PUBLIC || isHr()) {
            return true;
        }
        long me = user().personId();
        return ownerPersonId != null && (ownerPersonId == me || people.managerChain(ownerPersonId).contains(me));
    }

    boolean mayEdit(GoalLevel level, Long ownerUnitId, Long ownerPersonId) {
        LadderUser user = user();
        if (isHr()) {
            return true;
        }
        return switch (level) {
            case COMPANY -> currentUser.hasRole(Role.LEADERSHIP);
            case UNIT -> ownerUnitId != null && headsAbove(ownerUnitId).contains(user.personId());
            case PERSONAL -> ownerPersonId != null && (ownerPersonId == user.personId()
                    || people.managerChain(ownerPersonId).contains(user.personId()));
        };
    }

    boolean mayCreate(GoalLevel level) {
        return switch (level) {
            case COMPANY -> currentUser.hasAnyRole(Role.LEADERSHIP, Role.HR);
            case UNIT -> isHr() || !people.unitsHeadedBy(user().personId()).isEmpty();
            case PERSONAL -> true;
        };
    }

    /** The heads of a unit and of every unit above it. */
    Set<Long> headsAbove(long unitId) {
        List<Long> chain = people.unitChain(unitId);
        return new HashSet<>(people.headsOf(chain).values());
    }

    Clock clock() {
        return clock;
    }
}
