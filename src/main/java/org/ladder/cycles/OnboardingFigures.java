package org.ladder.cycles;

/**
 * A cycle's onboarding progress as the cycle page shows it: everyone who joined during the cycle (in the caller's
 * units), by stage, with how many open ones are past their deadline and how many were escalated.
 */
public record OnboardingFigures(long total, long acknowledging, long settingGoals, long done, long closed,
        long overdue, long escalated) {

    public long open() {
        return acknowledging + settingGoals;
    }

    /** Done out of those not closed, in whole percent (0 when nobody joined). */
    public int percentDone() {
        long counted = total - closed;
        return counted == 0 ? 0 : (int) Math.round(100.0 * done / counted);
    }
}
