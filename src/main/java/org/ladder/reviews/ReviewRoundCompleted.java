package org.ladder.reviews;

/** Every review of a round is done or ended (published once, after the last one's commit). */
public record ReviewRoundCompleted(String roundKey) {
}
