package org.ladder.reviews;

/** What a start did: reviews newly started (their processes follow in jobs) and people already in the round. */
public record ReviewRoundStarted(String roundKey, int started, int alreadyInRound) {
}
