package org.ladder.reviews;

import java.util.List;

/**
 * What other modules (the alignment cycle) ask of reviews: start a review round for a period and a scope, follow
 * it, read its outcomes, end it. One review process per person, keyed by round and person, so a double start or a
 * restart creates no duplicates. Calls made from an engine job carry no signed-in user: the request names who
 * started the round for the audit.
 */
public interface ReviewRounds {

    /** The templates a new round may use (their latest version), for the cycle's launch wizard. */
    List<ReviewTemplateSummary> usableTemplates();

    /**
     * Starts one review per active person in the scope who has none in this round, in chunks by asynchronous jobs
     * (a double start or a restart creates no duplicates). Refused with a {@code ValidationException} when the
     * template does not exist or the dates are out of order.
     */
    ReviewRoundStarted start(ReviewRoundRequest request);

    /** How far the round has come: reviews per step, late ones, whether every review is done. */
    ReviewRoundProgress progress(String roundKey);

    /** The round's performance and alignment ratings (after calibration where it happened), for a unit subtree or all. */
    RatingDistributions distributions(String roundKey, Long unitId);

    /** What people wrote about their period (self reviews' learnings), newest first, at most {@code limit}. */
    List<String> learnings(String roundKey, int limit);

    /** Ends every open review of the round (its tasks and timers with it); audited with the reason. */
    void cancel(String roundKey, String reason);

    /**
     * Ends at most {@code limit} open reviews of the round (the first call cancels the round), so that a cycle's
     * cancel ends 50,000 reviews a few hundred per job; returns how many it ended, 0 when none was left (its open
     * calibrations then end too) or there is no such round.
     */
    int cancelSome(String roundKey, String reason, int limit);
}
