package org.ladder.reviews;

/** What the caller may do with a review now (the services enforce each with a message). */
public record ReviewActions(boolean writeSelfReview, boolean skipSelfReview, boolean proposePeers,
        boolean namePeers, boolean writeManagerReview, boolean submitManagerReview, boolean share,
        boolean acknowledge) {

    public static ReviewActions none() {
        return new ReviewActions(false, false, false, false, false, false, false, false);
    }
}
