package org.ladder.reviews.workflow;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ladder.base.security.Role;
import org.ladder.tasks.CampaignMessages;
import org.ladder.tasks.TaskNudges;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The review processes' service tasks: thin adapters that read ids through the contract's typed variables and call
 * one step. Referenced from the BPMN as {@code ${startReviewChunk}} and so on; they run as the engine.
 */
@Configuration
class ReviewDelegates {

    private static final Logger log = LoggerFactory.getLogger(ReviewDelegates.class);

    @Bean
    JavaDelegate startReviewChunk(ReviewEngineSteps steps) {
        return execution -> {
            ReviewEngineSteps.Started done = steps.startChunk(
                    ReviewProcess.reviews(ReviewProcess.REVIEWS.from(execution)));
            log.debug("Review chunk {}: {}", execution.getProcessBusinessKey(), done);
        };
    }

    /** Reminds, escalates to the manager above, or offers to HR the late task named by the input parameters. */
    @Bean
    JavaDelegate nudgeReviewStep(ReviewEngineSteps steps, TaskNudges nudges) {
        return execution -> {
            String task = ReviewProcess.NUDGE_TASK.from(execution);
            long reviewId = ReviewProcess.REVIEW_ID.from(execution);
            switch (ReviewProcess.NUDGE.from(execution)) {
                case "remind" -> nudges.remind(execution.getProcessInstanceId(), task);
                case "escalate" -> {
                    Optional<Long> above = steps.above(reviewId, task);
                    if (above.isPresent() && nudges.escalate(execution.getProcessInstanceId(), task,
                            List.of(above.get())) > 0) {
                        steps.escalated(reviewId, 1);
                    } else {
                        toHr(steps, nudges, execution, task, reviewId);
                    }
                }
                case "hr" -> toHr(steps, nudges, execution, task, reviewId);
                default -> throw new IllegalStateException("Unknown nudge " + ReviewProcess.NUDGE.from(execution));
            }
        };
    }

    private static void toHr(ReviewEngineSteps steps, TaskNudges nudges, DelegateExecution execution, String task,
            long reviewId) {
        nudges.escalateToRole(execution.getProcessInstanceId(), task, Role.HR);
        steps.escalated(reviewId, 2);
    }

    @Bean
    JavaDelegate lapsePeerInput(ReviewEngineSteps steps) {
        return execution -> steps.lapsePeerInput(ReviewProcess.REVIEW_ID.from(execution));
    }

    @Bean
    JavaDelegate askReviewAcknowledgement(ReviewEngineSteps steps) {
        return execution -> steps.askAcknowledgement(ReviewProcess.REVIEW_ID.from(execution));
    }

    @Bean
    JavaDelegate remindReviewAcknowledgement(ReviewEngineSteps steps) {
        return execution -> steps.remindAcknowledgement(ReviewProcess.REVIEW_ID.from(execution));
    }

    /** Reminds the head and HR of a late calibration, or offers it to the head's manager. */
    @Bean
    JavaDelegate nudgeCalibration(ReviewEngineSteps steps, TaskNudges nudges) {
        return execution -> {
            String pi = execution.getProcessInstanceId();
            if ("escalate".equals(ReviewProcess.NUDGE.from(execution))) {
                steps.aboveHead(ReviewProcess.HEAD.optionalFrom(execution).orElse(null))
                        .ifPresent(m -> nudges.escalate(pi, ReviewProcess.TASK_CALIBRATE, List.of(m)));
            } else {
                nudges.remind(pi, ReviewProcess.TASK_CALIBRATE);
            }
        };
    }

    /** The acknowledgement campaign of a shared review ends the review's wait (tasks correlates the messages). */
    @Bean
    CampaignMessages reviewCampaignMessages(ReviewEngineSteps steps) {
        return new CampaignMessages(ReviewProcess.ACK_SUBJECT, ReviewProcess.MESSAGE_ACKNOWLEDGED,
                ReviewProcess.MESSAGE_ACKNOWLEDGEMENTS_CLOSED, steps::businessKey);
    }
}
