package org.ladder.charter.workflow;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Delays of the publication process, as ISO-8601 durations: the first reminder of the acknowledgements, then
 * escalation to each pending person's manager, then to HR (each counted from the step before); and the reminder and
 * escalation of the leaders' approvals (both counted from the submission).
 */
@ConfigurationProperties("ladder.charter")
public record CharterTimings(Duration reminderDelay, Duration managerEscalationDelay, Duration hrEscalationDelay,
        Duration approvalReminderDelay, Duration approvalEscalationDelay) {

    public CharterTimings {
        reminderDelay = reminderDelay == null ? Duration.ofDays(3) : reminderDelay;
        managerEscalationDelay = managerEscalationDelay == null ? Duration.ofDays(4) : managerEscalationDelay;
        hrEscalationDelay = hrEscalationDelay == null ? Duration.ofDays(7) : hrEscalationDelay;
        approvalReminderDelay = approvalReminderDelay == null ? Duration.ofDays(3) : approvalReminderDelay;
        approvalEscalationDelay = approvalEscalationDelay == null ? Duration.ofDays(7) : approvalEscalationDelay;
    }
}
