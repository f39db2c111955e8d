package org.ladder.goals.workflow;

import org.camunda.bpm.engine.RuntimeService;
import org.ladder.tasks.AcknowledgementCampaignClosed;
import org.ladder.tasks.AcknowledgementCampaignCompleted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Moves a change propagation on when its acknowledgement campaign ends: everyone acknowledged, or HR closed it.
 * Runs in the transaction of the acknowledgement (or of the close), so both commit together.
 */
@Component
class GoalChangeEvents {

    private final RuntimeService runtime;

    GoalChangeEvents(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @EventListener
    void on(AcknowledgementCampaignCompleted event) {
        if (GoalChangeProcess.SUBJECT.equals(event.subjectType())) {
            correlate(GoalChangeProcess.MESSAGE_ALL_ACKNOWLEDGED, event.subjectId());
        }
    }

    @EventListener
    void on(AcknowledgementCampaignClosed event) {
        if (GoalChangeProcess.SUBJECT.equals(event.subjectType())) {
            correlate(GoalChangeProcess.MESSAGE_CLOSED, event.subjectId());
        }
    }

    private void correlate(String message, long revisionId) {
        // correlateAll: nothing happens when the process has already ended
        runtime.createMessageCorrelation(message)
                .processInstanceBusinessKey(GoalChangeProcess.businessKey(revisionId))
                .correlateAll();
    }
}
