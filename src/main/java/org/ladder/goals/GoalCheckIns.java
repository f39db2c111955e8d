package org.ladder.goals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.ladder.base.ValidationException;
import org.ladder.goals.domain.Goal;
import org.ladder.goals.domain.GoalProgressStore;
import org.ladder.goals.domain.GoalRepository;
import org.ladder.goals.domain.GoalStore;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The goals side of a check-in (module checkins): the person's active goals to check in on, the values checked
 * against the key results' rules, and the check-in recorded on each goal — new key-result values through the very
 * path a direct progress edit takes ({@link GoalProgress}: same rules, same roll-up, same history), the goal's
 * confidence and last check-in date in the same transaction.
 */
@Service
@Transactional
public class GoalCheckIns {

    private final GoalRepository goals;
    private final GoalStore store;
    private final EditableGoals editable;
    private final GoalProgress progress;
    private final GoalAccess access;
    private final GoalQueries queries;
    private final GoalProgressStore chains;

    GoalCheckIns(GoalRepository goals, GoalStore store, EditableGoals editable, GoalProgress progress,
            GoalAccess access, GoalQueries queries, GoalProgressStore chains) {
        this.chains = chains;
        this.goals = goals;
        this.store = store;
        this.editable = editable;
        this.progress = progress;
        this.access = access;
        this.queries = queries;
    }

    /** The person's own active personal goals, as the caller may see them (the person: all of them). */
    @Transactional(readOnly = true)
    public List<GoalDetails> activeGoalsOf(long personId) {
        List<GoalDetails> result = new ArrayList<>();
        for (GoalStore.Row row : store.ownedBy(personId, List.of())) {
            if (row.level() == GoalLevel.PERSONAL && row.status() == GoalStatus.ACTIVE
                    && access.maySee(row.visibility(), row.ownerPersonId())) {
                goals.findById(row.id()).ifPresent(g -> result.add(queries.details(g)));
            }
        }
        return result;
    }

    /**
     * What is wrong with these values for the goal's key results, by key-result id (empty: nothing); changes
     * nothing. Key results not named keep their current value.
     */
    @Transactional(readOnly = true)
    public Map<Long, String> checkValues(long goalId, Map<Long, BigDecimal> currentByKeyResultId) {
        Goal goal = goals.findById(goalId).orElseThrow(() -> new AccessDeniedException("You cannot see this goal."));
        if (!access.maySee(goal.getVisibility(), goal.getOwnerPersonId())) {
            throw new AccessDeniedException("You cannot see this goal.");
        }
        return GoalProgress.prepare(goal, currentByKeyResultId).errorsByKeyResult();
    }

    /**
     * Locks the goals of one check-in and every goal above them, in the order every roll-up takes its locks, before
     * {@link #recordCheckIn} is called for each: a check-in rolls up several chains in one transaction, and two
     * check-ins taking their locks chain by chain could deadlock.
     */
    public void lockForCheckIn(Collection<Long> goalIds) {
        chains.lockChains(goalIds);
    }

    /**
     * Records the owner's check-in on an active goal: the key results' new values (as
     * {@link GoalPlanning#updateProgress} does), then the confidence and the check-in's time on the goal.
     *
     * @throws org.ladder.base.ConcurrentEditException when the goal changed since {@code expectedVersion}
     */
    public GoalDetails recordCheckIn(long goalId, long expectedVersion, Map<Long, BigDecimal> currentByKeyResultId,
            Confidence confidence) {
        Goal goal = editable.edit(goalId, expectedVersion);
        if (goal.getOwnerPersonId() == null || goal.getOwnerPersonId() != access.user().personId()) {
            throw new AccessDeniedException("People check in on their own goals.");
        }
        if (!goal.acceptsProgress()) {
            throw new ValidationException(Map.of("status", "Check-ins are recorded on active goals; this one is "
                    + goal.getStatus().label().toLowerCase() + "."));
        }
        if (confidence == null) {
            throw new ValidationException(Map.of("confidence", "Rate your confidence: on track, at risk or off track."));
        }
        GoalProgress.Prepared prepared = GoalProgress.prepare(goal, currentByKeyResultId);
        if (!prepared.errors().isEmpty()) {
            throw new ValidationException(prepared.errors());
        }
        goal.checkedIn(confidence, editable.now());
        List<String> lines = new ArrayList<>(prepared.lines());
        lines.add(0, "Checked in: " + confidence.label().toLowerCase());
        progress.apply(prepared, "CHECK_IN", lines, null);
        return queries.details(goal);
    }
}
