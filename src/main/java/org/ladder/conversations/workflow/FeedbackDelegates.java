package org.ladder.conversations.workflow;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ladder.tasks.TaskNudges;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service tasks of {@code feedback-request}: thin adapters, referenced from the model as
 * {@code ${remindFeedbackColleague}} and {@code ${closeExpiredFeedbackRequest}}. They run as the engine.
 */
@Configuration
class FeedbackDelegates {

    @Bean
    JavaDelegate remindFeedbackColleague(TaskNudges nudges) {
        return execution -> nudges.remind(execution.getProcessInstanceId(), FeedbackRequestProcess.TASK_GIVE);
    }

    @Bean
    JavaDelegate closeExpiredFeedbackRequest(FeedbackEngineSteps steps) {
        return execution -> steps.expire(FeedbackRequestProcess.REQUEST_ID.from(execution));
    }
}
