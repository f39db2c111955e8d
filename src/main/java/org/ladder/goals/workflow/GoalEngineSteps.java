package org.ladder.goals.workflow;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.ladder.goals.GoalLevel;
import org.ladder.goals.GoalTimings;
import org.ladder.goals.domain.Goal;
import org.ladder.goals.domain.GoalRepository;
import org.ladder.goals.domain.GoalRevision;
import org.ladder.goals.domain.GoalRevisionRepository;
import org.ladder.goals.domain.GoalStore;
import org.ladder.people.PeopleService;
import org.ladder.tasks.AcknowledgementCampaigns;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of the goal processes that only the engine takes (nobody is signed in): finding orphans due for review,
 * who resolves one, and asking the owners below a changed goal to acknowledge. Package-private: no view and no
 * other module can call them; the delegates of {@link GoalDelegates} are their only callers.
 */
@Component
@Transactional
class GoalEngineSteps {

    /** How many orphan reviews one sweep starts at most. */
    static final int SWEEP_CHUNK = 1000;

    private final GoalRepository goals;
    private final GoalRevisionRepository revisions;
    private final GoalStore store;
    private final PeopleService people;
    private final AcknowledgementCampaigns campaigns;
    private final GoalTimings timings;
    private final Clock clock;

    GoalEngineSteps(GoalRepository goals, GoalRevisionRepository revisions, GoalStore store, PeopleService people,
            AcknowledgementCampaigns campaigns, GoalTimings timings, Clock clock) {
        this.goals = goals;
        this.revisions = revisions;
        this.store = store;
        this.people = people;
        this.campaigns = campaigns;
        this.timings = timings;
        this.clock = clock;
    }

    /**
     * Active orphan goals (not justified) that have been orphans longer than the configured age, oldest first;
     * leaving out those already under review (up to {@link #SWEEP_CHUNK} at a time).
     */
    @Transactional(readOnly = true)
    List<Long> orphansDueForReview(Collection<Long> underReview) {
        return store.orphansSince(clock.instant().minus(timings.orphanAge()), underReview, SWEEP_CHUNK);
    }

    @Transactional(readOnly = true)
    boolean isOrphan(long goalId) {
        return goals.findById(goalId).map(Goal::isUnresolvedOrphan).orElse(false);
    }

    /** Who decides about an orphan: the owner's manager (a unit goal: the head's manager, else the head). */
    @Transactional(readOnly = true)
    Optional<String> orphanResolver(long goalId) {
        Goal goal = goals.findById(goalId).orElseThrow();
        Optional<Long> owner = goal.getLevel() == GoalLevel.UNIT && goal.getOwnerUnitId() != null
                ? people.headOf(goal.getOwnerUnitId()) : Optional.ofNullable(goal.getOwnerPersonId());
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        List<Long> chain = people.managerChain(owner.get());
        long resolver = chain.isEmpty() ? (goal.getLevel() == GoalLevel.UNIT ? owner.get() : -1) : chain.get(0);
        return resolver < 0 ? Optional.empty() : people.usernameOf(resolver);
    }

    /**
     * Asks every owner of a goal below the changed one (any depth; unit goals through their unit's head) to
     * acknowledge the change; the person who changed it is not asked. Idempotent.
     *
     * @return the campaign id, or 0 when there is nobody to ask
     */
    long requestChangeAcknowledgements(long revisionId) {
        GoalRevision revision = revisions.findById(revisionId).orElseThrow();
        Goal goal = goals.findById(revision.getGoalId()).orElseThrow();
        GoalStore.Owners owners = store.ownersBelow(goal.getPath(), goal.getId());
        Set<Long> personIds = new LinkedHashSet<>(owners.people());
        personIds.addAll(people.headsOf(owners.units()).values());
        if (revision.getActorId() != null) {
            personIds.remove(revision.getActorId());
        }
        if (personIds.isEmpty()) {
            return 0;
        }
        return campaigns.startFor(GoalChangeProcess.SUBJECT, revisionId, "Goal changed: " + goal.getTitle(),
                "goal/" + goal.getId(), personIds);
    }
}
