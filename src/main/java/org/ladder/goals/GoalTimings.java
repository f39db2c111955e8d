package org.ladder.goals;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Waits of the goal processes ({@code ladder.goals.*}, ISO-8601 durations): approval reminder and escalation, the age
 * at which an orphan goal is reviewed, the orphan review's reminder and escalation, and the reminder and manager
 * escalation of change acknowledgements, repeated {@code changeRounds} times before HR follows up.
 */
@ConfigurationProperties("ladder.goals")
public record GoalTimings(Duration approvalReminderDelay, Duration approvalEscalationDelay, Duration orphanAge,
        Duration orphanReminderDelay, Duration orphanEscalationDelay, Duration changeReminderDelay,
        Duration changeEscalationDelay, Integer changeRounds) {

    public GoalTimings {
        approvalReminderDelay = orDefault(approvalReminderDelay, Duration.ofDays(2));
        approvalEscalationDelay = orDefault(approvalEscalationDelay, Duration.ofDays(5));
        orphanAge = orDefault(orphanAge, Duration.ofDays(14));
        orphanReminderDelay = orDefault(orphanReminderDelay, Duration.ofDays(3));
        orphanEscalationDelay = orDefault(orphanEscalationDelay, Duration.ofDays(7));
        changeReminderDelay = orDefault(changeReminderDelay, Duration.ofDays(3));
        changeEscalationDelay = orDefault(changeEscalationDelay, Duration.ofDays(7));
        changeRounds = changeRounds == null ? 2 : changeRounds;
        if (changeRounds < 1) {
            throw new IllegalArgumentException("ladder.goals.change-rounds must be at least 1");
        }
    }

    private static Duration orDefault(Duration value, Duration fallback) {
        return value == null ? fallback : value;
    }
}
