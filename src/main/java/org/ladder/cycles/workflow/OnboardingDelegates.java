package org.ladder.cycles.workflow;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ladder.tasks.CampaignMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The onboarding's service tasks: thin adapters that read the ids through the contract's typed variables and call
 * one step. Referenced from the BPMN as {@code ${askToAcknowledgeCharter}} and so on; they run as the engine.
 */
@Configuration
class OnboardingDelegates {

    private static final Logger log = LoggerFactory.getLogger(OnboardingDelegates.class);

    @Bean
    JavaDelegate startOnboardings(OnboardingEngineSteps steps) {
        return execution -> {
            OnboardingEngineSteps.Started done = steps.startChunk(
                    OnboardingProcess.onboardings(OnboardingProcess.ONBOARDINGS.from(execution)));
            log.debug("Onboarding chunk {}: {}", execution.getProcessBusinessKey(), done);
        };
    }

    @Bean
    JavaDelegate askToAcknowledgeCharter(OnboardingEngineSteps steps) {
        return execution -> execution.setVariables(OnboardingProcess.asked(
                steps.askToAcknowledge(OnboardingProcess.ONBOARDING_ID.from(execution))).asMap());
    }

    @Bean
    JavaDelegate remindOnboardingAcknowledgement(OnboardingEngineSteps steps) {
        return execution -> steps.remindAcknowledgement(OnboardingProcess.ONBOARDING_ID.from(execution));
    }

    @Bean
    JavaDelegate checkFirstGoals(OnboardingEngineSteps steps) {
        return execution -> execution.setVariables(OnboardingProcess.checked(
                steps.checkFirstGoals(OnboardingProcess.ONBOARDING_ID.from(execution))).asMap());
    }

    @Bean
    JavaDelegate remindFirstGoals(OnboardingEngineSteps steps) {
        return execution -> steps.remindFirstGoals(OnboardingProcess.ONBOARDING_ID.from(execution),
                execution.getProcessInstanceId());
    }

    @Bean
    JavaDelegate escalateFirstGoals(OnboardingEngineSteps steps) {
        return execution -> steps.escalateFirstGoals(OnboardingProcess.ONBOARDING_ID.from(execution),
                execution.getProcessInstanceId());
    }

    @Bean
    JavaDelegate completeOnboarding(OnboardingEngineSteps steps) {
        return execution -> steps.complete(OnboardingProcess.ONBOARDING_ID.from(execution));
    }

    /**
     * The onboarding waits for its one-person charter campaign: acknowledged, or closed by HR, it moves on to the
     * first goals either way (one message for both).
     */
    @Bean
    CampaignMessages onboardingCampaignMessages() {
        return new CampaignMessages(OnboardingProcess.SUBJECT, OnboardingProcess.MESSAGE_ACKNOWLEDGED,
                OnboardingProcess.MESSAGE_ACKNOWLEDGED, OnboardingProcess::businessKey);
    }
}
