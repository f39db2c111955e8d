package org.ladder.tasks.inbox;

import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.ladder.tasks.AcknowledgementCampaignClosed;
import org.ladder.tasks.AcknowledgementCampaignCompleted;
import org.ladder.tasks.CampaignMessages;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Moves a process on when its acknowledgement campaign ends (everyone acknowledged, or HR closed it), by the
 * {@link CampaignMessages} its feature declared. Runs in the transaction of the acknowledgement or of the close.
 */
@Component
class CampaignCorrelation {

    private final RuntimeService runtime;
    private final List<CampaignMessages> messages;

    CampaignCorrelation(RuntimeService runtime, List<CampaignMessages> messages) {
        this.runtime = runtime;
        this.messages = messages;
    }

    @EventListener
    void on(AcknowledgementCampaignCompleted event) {
        messagesOf(event.subjectType()).forEach(m -> correlate(m.completedMessage(),
                m.businessKey().apply(event.subjectId())));
    }

    @EventListener
    void on(AcknowledgementCampaignClosed event) {
        messagesOf(event.subjectType()).forEach(m -> correlate(m.closedMessage(),
                m.businessKey().apply(event.subjectId())));
    }

    private List<CampaignMessages> messagesOf(String subjectType) {
        return messages.stream().filter(m -> m.subjectType().equals(subjectType)).toList();
    }

    private void correlate(String message, String businessKey) {
        // correlateAll: nothing happens when the process has already moved past the wait (or ended)
        runtime.createMessageCorrelation(message).processInstanceBusinessKey(businessKey).correlateAll();
    }
}
