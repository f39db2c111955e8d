package org.ladder.charter.workflow;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ladder.people.PeopleService;
import org.ladder.people.PersonSummary;
import org.ladder.tasks.AcknowledgementCampaigns;
import org.ladder.tasks.CampaignMessages;
import org.ladder.tasks.TaskNudges;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The publication process's service tasks: thin adapters that read the version id through the contract's typed
 * variable and call one step. Referenced from the BPMN as {@code ${publishCharter}} and so on.
 */
@Configuration
class CharterDelegates {

    /** The campaign of a version (created by {@code requestAcknowledgements}; idempotent). */
    static long campaignId(CharterEngineSteps steps, DelegateExecution execution) {
        return steps.requestAcknowledgements(CharterPublicationProcess.VERSION_ID.from(execution));
    }

    /** The leaders who have not decided in time are reminded. */
    @Bean
    JavaDelegate remindCharterApprover(TaskNudges nudges) {
        return execution -> nudges.remind(execution.getProcessInstanceId(), CharterPublicationProcess.TASK_APPROVE);
    }

    /**
     * The approvals still open after the escalation delay are offered to the other approvers as well (never to the
     * drafter, who is not one of them), so that one silent leader cannot stall publication.
     */
    @Bean
    JavaDelegate escalateCharterApproval(TaskNudges nudges, PeopleService people) {
        return execution -> {
            List<Long> ids = CharterPublicationProcess.APPROVERS.from(execution).stream()
                    .flatMap(u -> people.findByUsername(u).stream()).map(PersonSummary::id).toList();
            nudges.escalate(execution.getProcessInstanceId(), CharterPublicationProcess.TASK_APPROVE, ids);
        };
    }

    @Bean
    JavaDelegate publishCharter(CharterEngineSteps steps) {
        return execution -> steps.publish(CharterPublicationProcess.VERSION_ID.from(execution));
    }

    @Bean
    JavaDelegate requestCharterAcknowledgements(CharterEngineSteps steps) {
        return execution -> steps.requestAcknowledgements(CharterPublicationProcess.VERSION_ID.from(execution));
    }

    @Bean
    JavaDelegate remindCharterPending(CharterEngineSteps steps, AcknowledgementCampaigns campaigns) {
        return execution -> campaigns.remindPending(campaignId(steps, execution));
    }

    @Bean
    JavaDelegate escalateCharterToManagers(CharterEngineSteps steps, AcknowledgementCampaigns campaigns) {
        return execution -> campaigns.escalateToManagers(campaignId(steps, execution));
    }

    @Bean
    JavaDelegate escalateCharterToHr(CharterEngineSteps steps, AcknowledgementCampaigns campaigns) {
        return execution -> campaigns.escalateToHr(campaignId(steps, execution));
    }

    @Bean
    JavaDelegate closeCharterAcknowledgements(CharterEngineSteps steps, AcknowledgementCampaigns campaigns) {
        return execution -> campaigns.closeByProcess(campaignId(steps, execution));
    }

    /** The publication waits for the end of its campaign: these messages move it on. */
    @Bean
    CampaignMessages charterCampaignMessages() {
        return new CampaignMessages(CharterPublicationProcess.SUBJECT,
                CharterPublicationProcess.MESSAGE_ALL_ACKNOWLEDGED, CharterPublicationProcess.MESSAGE_CLOSE,
                CharterPublicationProcess::businessKey);
    }
}
