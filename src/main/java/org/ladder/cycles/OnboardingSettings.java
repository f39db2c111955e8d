package org.ladder.cycles;

import java.time.Duration;
import java.time.Instant;

/**
 * The onboarding's waits ({@code ladder.cycles.onboarding-*}, ISO-8601 durations; application.properties): the
 * reminder to acknowledge the charter after it was asked; the first goals' deadline, counted from the join; the
 * reminder that long before the deadline; the escalation to the manager (or HR) that long after it.
 */
public record OnboardingSettings(Duration acknowledgementReminderAfter, Duration goalsWithin,
        Duration goalsReminderBefore, Duration goalsEscalationAfter) {

    public OnboardingSettings {
        for (Duration d : new Duration[] {acknowledgementReminderAfter, goalsWithin, goalsReminderBefore,
                goalsEscalationAfter}) {
            if (d == null || d.isNegative()) {
                throw new IllegalArgumentException("The onboarding's waits must be durations of zero or more: "
                        + d);
            }
        }
        if (goalsWithin.isZero()) {
            throw new IllegalArgumentException("ladder.cycles.onboarding-goals-within must be longer than zero");
        }
        if (goalsReminderBefore.compareTo(goalsWithin) >= 0) {
            throw new IllegalArgumentException("ladder.cycles.onboarding-goals-reminder-before ("
                    + goalsReminderBefore + ") must be shorter than the deadline (" + goalsWithin + ")");
        }
    }

    public Instant goalsDueAt(Instant joinedAt) {
        return joinedAt.plus(goalsWithin);
    }

    public Instant goalsRemindAt(Instant dueAt) {
        return dueAt.minus(goalsReminderBefore);
    }

    public Instant goalsEscalateAt(Instant dueAt) {
        return dueAt.plus(goalsEscalationAfter);
    }
}
