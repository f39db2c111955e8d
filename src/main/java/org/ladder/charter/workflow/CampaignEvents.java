package org.ladder.charter.workflow;

import org.camunda.bpm.engine.RuntimeService;
import org.ladder.tasks.AcknowledgementCampaignClosed;
import org.ladder.tasks.AcknowledgementCampaignCompleted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Moves the publication process on when its acknowledgement campaign ends: everyone acknowledged, or HR closed
 * it. Runs in the transaction of the acknowledgement (or of the close), so both commit together.
 */
@Component
class CampaignEvents {

    private final RuntimeService runtime;

    CampaignEvents(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @EventListener
    void on(AcknowledgementCampaignCompleted event) {
        if (CharterPublicationProcess.SUBJECT.equals(event.subjectType())) {
            correlate(CharterPublicationProcess.MESSAGE_ALL_ACKNOWLEDGED, event.subjectId());
        }
    }

    @EventListener
    void on(AcknowledgementCampaignClosed event) {
        if (CharterPublicationProcess.SUBJECT.equals(event.subjectType())) {
            correlate(CharterPublicationProcess.MESSAGE_CLOSE, event.subjectId());
        }
    }

    private void correlate(String message, long versionId) {
        // correlateAll: nothing happens when the process has already moved past the wait
        runtime.createMessageCorrelation(message)
                .processInstanceBusinessKey(CharterPublicationProcess.businessKey(versionId))
                .correlateAll();
    }
}
