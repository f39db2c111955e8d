package org.ladder.reviews;

/**
 * What a start did: reviews newly started (their processes follow in jobs), people already in the round, and people
 * in scope left out because they have no manager to write their review.
 */
public record ReviewRoundStarted(String roundKey, int started, int alreadyInRound, int withoutManager) {

    public ReviewRoundStarted(String roundKey, int started, int alreadyInRound) {
        this(roundKey, started, alreadyInRound, 0);
    }
}
