package org.ladder.charter.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ladder.charter.CharterService;
import org.ladder.tasks.AcknowledgementCampaigns;
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
