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
}
