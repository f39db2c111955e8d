package org.ladder.charter.workflow;

import java.util.Collection;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ladder.charter.CharterService;
import org.ladder.people.PeopleService;
import org.ladder.people.PersonSummary;
import org.ladder.tasks.AcknowledgementCampaigns;
import org.ladder.tasks.TaskNudges;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The publication process's service tasks: thin adapters that read the version id and call one service method.
 * Referenced from the BPMN as {@code ${publishCharter}} and so on.
 */
@Configuration
class CharterDelegates {

    static long versionId(DelegateExecution execution) {
        return ((Number) execution.getVariable(CharterPublicationProcess.VAR_VERSION_ID)).longValue();
    }

    /** The campaign of a version (created by {@code requestAcknowledgements}; idempotent). */
    static long campaignId(CharterService charter, DelegateExecution execution) {
        return charter.requestAcknowledgements(versionId(execution));
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
            @SuppressWarnings("unchecked")
            Collection<String> approvers = (Collection<String>) execution.getVariable(
                    CharterPublicationProcess.VAR_APPROVERS);
            List<Long> ids = approvers.stream().flatMap(u -> people.findByUsername(u).stream())
                    .map(PersonSummary::id).toList();
            nudges.escalate(execution.getProcessInstanceId(), CharterPublicationProcess.TASK_APPROVE, ids);
        };
    }

    @Bean
    JavaDelegate publishCharter(CharterService charter) {
        return execution -> charter.publish(versionId(execution));
    }

    @Bean
    JavaDelegate requestCharterAcknowledgements(CharterService charter) {
        return execution -> charter.requestAcknowledgements(versionId(execution));
    }

    @Bean
    JavaDelegate remindCharterPending(CharterService charter, AcknowledgementCampaigns campaigns) {
        return execution -> campaigns.remindPending(campaignId(charter, execution));
    }

    @Bean
    JavaDelegate escalateCharterToManagers(CharterService charter, AcknowledgementCampaigns campaigns) {
        return execution -> campaigns.escalateToManagers(campaignId(charter, execution));
    }

    @Bean
    JavaDelegate escalateCharterToHr(CharterService charter, AcknowledgementCampaigns campaigns) {
        return execution -> campaigns.escalateToHr(campaignId(charter, execution));
    }

    @Bean
    JavaDelegate closeCharterAcknowledgements(CharterService charter, AcknowledgementCampaigns campaigns) {
        return execution -> campaigns.closeByProcess(campaignId(charter, execution));
    }
}
