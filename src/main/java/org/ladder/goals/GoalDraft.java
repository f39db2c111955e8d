package org.ladder.goals;

import java.time.LocalDate;
import java.util.List;

/**
 * A goal as an editor sends it. The owner is a unit ({@code ownerUnitId}, unit goals) or a person
 * ({@code ownerPersonId}, personal goals); company goals have neither and name the charter {@code pillar} they
 * serve. {@code parentId} is the goal it ladders up to (none for company goals); {@code reason} says why it changed
 * (kept in the revision history).
 */
public record GoalDraft(GoalLevel level, String title, String description, Long ownerUnitId, Long ownerPersonId,
        Long parentId, List<Long> contributesTo, String pillar, LocalDate periodStart, LocalDate periodEnd,
        Visibility visibility, List<KeyResultDraft> keyResults, String reason) {

    public GoalDraft {
        contributesTo = contributesTo == null ? List.of() : List.copyOf(contributesTo);
        keyResults = keyResults == null ? List.of() : List.copyOf(keyResults);
        visibility = visibility == null ? Visibility.PUBLIC : visibility;
    }

    /** The same draft, laddering up to {@code newParentId} (null: to nothing). */
    public GoalDraft withParent(Long newParentId) {
        return new GoalDraft(level, title, description, ownerUnitId, ownerPersonId, newParentId, contributesTo, pillar,
                periodStart, periodEnd, visibility, keyResults, reason);
    }

    /** The same draft, naming {@code goalIds} as the goals it contributes to. */
    public GoalDraft withContributesTo(List<Long> goalIds) {
        return new GoalDraft(level, title, description, ownerUnitId, ownerPersonId, parentId, goalIds, pillar,
                periodStart, periodEnd, visibility, keyResults, reason);
    }

    public GoalDraft withTitle(String newTitle) {
        return new GoalDraft(level, newTitle, description, ownerUnitId, ownerPersonId, parentId, contributesTo, pillar,
                periodStart, periodEnd, visibility, keyResults, reason);
    }

    public GoalDraft withDescription(String newDescription) {
        return new GoalDraft(level, title, newDescription, ownerUnitId, ownerPersonId, parentId, contributesTo, pillar,
                periodStart, periodEnd, visibility, keyResults, reason);
    }

    /** The same draft serving another pillar of the charter (company goals). */
    public GoalDraft withPillar(String newPillar) {
        return new GoalDraft(level, title, description, ownerUnitId, ownerPersonId, parentId, contributesTo, newPillar,
                periodStart, periodEnd, visibility, keyResults, reason);
    }

    public GoalDraft withPeriod(LocalDate start, LocalDate end) {
        return new GoalDraft(level, title, description, ownerUnitId, ownerPersonId, parentId, contributesTo, pillar,
                start, end, visibility, keyResults, reason);
    }

    public GoalDraft withVisibility(Visibility newVisibility) {
        return new GoalDraft(level, title, description, ownerUnitId, ownerPersonId, parentId, contributesTo, pillar,
                periodStart, periodEnd, newVisibility, keyResults, reason);
    }

    public GoalDraft withKeyResults(List<KeyResultDraft> newKeyResults) {
        return new GoalDraft(level, title, description, ownerUnitId, ownerPersonId, parentId, contributesTo, pillar,
                periodStart, periodEnd, visibility, newKeyResults, reason);
    }

    /** The same draft with the reason of the change (kept in the revision history). */
    public GoalDraft withReason(String newReason) {
        return new GoalDraft(level, title, description, ownerUnitId, ownerPersonId, parentId, contributesTo, pillar,
                periodStart, periodEnd, visibility, keyResults, newReason);
    }
}
