package org.ladder.goals.workflow;

import java.util.Map;

import org.ladder.goals.GoalTimings;

/**
 * The waits of {@link GoalTimings} as the start variables of each goal process (ISO-8601 strings, which the models'
 * timer expressions read), like {@code CharterTimings.asVariables()}.
 */
final class GoalProcessVariables {

    private GoalProcessVariables() {
    }

    static Map<String, Object> approval(GoalTimings timings) {
        return Map.of(GoalApprovalProcess.VAR_REMINDER_DELAY, timings.approvalReminderDelay().toString(),
                GoalApprovalProcess.VAR_ESCALATION_DELAY, timings.approvalEscalationDelay().toString());
    }

    static Map<String, Object> orphanReview(GoalTimings timings) {
        return Map.of(OrphanGoalProcess.VAR_REMINDER_DELAY, timings.orphanReminderDelay().toString(),
                OrphanGoalProcess.VAR_ESCALATION_DELAY, timings.orphanEscalationDelay().toString());
    }

    static Map<String, Object> change(GoalTimings timings) {
        return Map.of(GoalChangeProcess.VAR_REMINDER_DELAY, timings.changeReminderDelay().toString(),
                GoalChangeProcess.VAR_ESCALATION_DELAY, timings.changeEscalationDelay().toString(),
                GoalChangeProcess.VAR_ROUNDS, timings.changeRounds().longValue());
    }
}
