package org.ladder.goals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A goal's page: everything about one goal the caller may see. {@code version} is what an editor sends back to
 * detect concurrent edits; {@code mayEdit} says whether the caller may change it at all, {@code actions} what they
 * may do with it now. {@code confidence} and {@code lastCheckInAt} are those of the owner's latest check-in (null
 * before the first); an at-risk or off-track confidence makes the goal {@code atRisk}.
 */
public record GoalDetails(long id, long version, GoalLevel level, String title, String description,
        Long ownerUnitId, Long ownerPersonId, String ownerName, GoalRef parent, List<GoalRef> contributesTo,
        String pillar, LocalDate periodStart, LocalDate periodEnd, GoalStatus status, ApprovalState approval,
        String returnComment, Visibility visibility, double progress, boolean atRisk, Instant orphanSince,
        String justification, List<KeyResultView> keyResults, boolean mayEdit,
        GoalActions actions, Confidence confidence, Instant lastCheckInAt) {

    /** Waiting for the approver (a personal draft, or an active goal's change). */
    public boolean awaitsApproval() {
        return approval == ApprovalState.PENDING;
    }

    /** Returned by the approver: {@code returnComment} says what should change. */
    public boolean isReturned() {
        return approval == ApprovalState.RETURNED;
    }

    public boolean isOrphan() {
        return orphanSince != null;
    }

    public GoalDraft toDraft(String reason) {
        return new GoalDraft(level, title, description, ownerUnitId, ownerPersonId, parent == null ? null : parent.id(),
                contributesTo.stream().map(GoalRef::id).toList(), pillar, periodStart, periodEnd, visibility,
                keyResults.stream().map(KeyResultView::toDraft).toList(), reason);
    }
}
