package org.ladder.reviews;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A review as the caller may read it. For the person under review (only once shared): no peers, no peer input, no
 * rating revisions (the calibration stays with the manager, the head of unit and HR). {@code version} is the lock
 * to pass back to {@link ReviewForms}.
 */
public record ReviewDetails(long reviewId, long version, String roundKey, String roundName, LocalDate periodStart,
        LocalDate periodEnd, long personId, String personName, Long managerId, String managerName, ReviewStep step,
        Instant dueAt, boolean late, int templateNumber, TemplateDraft template, ReviewAnswers selfAnswers,
        String learnings, boolean selfSkipped, Instant selfSubmittedAt, ReviewAnswers managerAnswers,
        Rating performance, Rating alignment, boolean calibrated, List<RevisionView> revisions,
        List<PeerView> peers, Instant sharedAt, Instant acknowledgedAt, String response, ReviewActions actions) {

    /** A rating with its label and justification; {@code value} null while none is given. */
    public record Rating(Integer value, String label, String justification) {
    }

    /** A change of a rating in calibration. */
    public record RevisionView(RatingKind kind, int from, int to, String reason, String by, Instant at) {
    }

    /** A colleague asked for input (their name reaches the manager chain and HR only). */
    public record PeerView(long peerId, String name, String status, String input) {
    }
}
