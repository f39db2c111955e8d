package org.ladder.tasks;

/** How a share of people is shown: a whole percentage, rounded half up, never 0 % or 100 % when it is not. */
final class Shares {

    private Shares() {
    }

    static int percent(int part, int total) {
        if (total <= 0 || part >= total) {
            return 100;
        }
        if (part <= 0) {
            return 0;
        }
        int rounded = (int) ((200L * part + total) / (2L * total)); // half up, in integers
        return Math.max(1, Math.min(99, rounded));
    }
}
