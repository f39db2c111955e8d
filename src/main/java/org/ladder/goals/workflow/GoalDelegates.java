package org.ladder.goals.workflow;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.ladder.base.security.Role;
import org.ladder.people.PeopleService;
import org.ladder.people.PersonSummary;
import org.ladder.tasks.AcknowledgementCampaigns;
import org.ladder.tasks.CampaignMessages;
import org.ladder.tasks.TaskNudges;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The goal processes' service tasks: thin adapters that read the process's ids through the contracts' typed
 * variables and call one step. Referenced from the BPMN as {@code ${remindGoalApprover}} and so on. They run as the
 * engine, not as a person. Decisions people take are not here: their services own them.
 */
@Configuration
class GoalDelegates {

    private static final Logger log = LoggerFactory.getLogger(GoalDelegates.class);

    /**
     * Offers a late task to the manager of {@code username} (the approver or resolver), or to HR when they have no
     * active manager (or nobody held the task personally).
     */
    static void escalateAbove(TaskNudges nudges, PeopleService people, DelegateExecution execution, String taskKey,
            String username) {
        String pi = execution.getProcessInstanceId();
        Optional<Long> manager = Optional.ofNullable(username).flatMap(people::findByUsername)
                .map(PersonSummary::managerId).filter(people::isActive);
        if (manager.isPresent() && nudges.escalate(pi, taskKey, List.of(manager.get())) > 0) {
            return;
        }
        nudges.escalateToRole(pi, taskKey, Role.HR);
    }

    // --- goal-approval ------------------------------------------------------------------------------------------

    /**
     * Instances started on a goal-approval definition deployed before ADR 0011 still pass the old
     * {@code Task_ActivateGoal} after the approval: the approval already made the goal active, so the step does
     * nothing. Remove once no such instance runs.
     */
    @Bean
    JavaDelegate activateApprovedGoal() {
        return execution -> log.debug("Goal {} was activated by its approval", GoalApprovalProcess.GOAL_ID
                .optionalFrom(execution).orElse(null));
    }

    @Bean
    JavaDelegate remindGoalApprover(TaskNudges nudges) {
        return execution -> nudges.remind(execution.getProcessInstanceId(), GoalApprovalProcess.TASK_APPROVE);
    }

    @Bean
    JavaDelegate escalateGoalApproval(TaskNudges nudges, PeopleService people) {
        return execution -> escalateAbove(nudges, people, execution, GoalApprovalProcess.TASK_APPROVE,
                GoalApprovalProcess.APPROVER.from(execution));
    }

    // --- orphan-goal-sweep and orphan-goal-review ----------------------------------------------------------------

    /** Starts one review per orphan due, skipping goals whose review is still running. */
    @Bean
    JavaDelegate findOrphanGoals(GoalEngineSteps steps, RuntimeService runtime, EngineGoalWorkflow workflow) {
        return execution -> {
            Set<Long> underReview = new HashSet<>();
            for (ProcessInstance pi : runtime.createProcessInstanceQuery()
                    .processDefinitionKey(OrphanGoalProcess.KEY).list()) {
                underReview.add(OrphanGoalProcess.goalId(pi.getBusinessKey()));
            }
            List<Long> due = steps.orphansDueForReview(underReview);
            int started = 0;
            for (long goalId : due) {
                if (underReview.add(goalId)) {
                    workflow.startOrphanReview(goalId);
                    started++;
                }
            }
            if (!due.isEmpty()) {
                log.info("Orphan goal sweep: {} due, {} reviews started", due.size(), started);
            }
        };
    }

    /** Whether the goal is still an orphan, and who decides: the resolver, or else HR. */
    @Bean
    JavaDelegate checkOrphanGoal(GoalEngineSteps steps) {
        return execution -> {
            long goalId = OrphanGoalProcess.GOAL_ID.from(execution);
            boolean orphan = steps.isOrphan(goalId);
            String resolver = orphan ? steps.orphanResolver(goalId).orElse(null) : null;
            OrphanGoalProcess.STILL_ORPHAN.set(execution, orphan);
            OrphanGoalProcess.RESOLVER.set(execution, resolver);
            OrphanGoalProcess.SUBJECT.set(execution, GoalApprovalProcess.subject(goalId));
            OrphanGoalProcess.RESOLVER_GROUPS.set(execution, resolver == null ? List.of(Role.HR.name()) : List.of());
        };
    }

    @Bean
    JavaDelegate remindOrphanResolver(TaskNudges nudges) {
        return execution -> nudges.remind(execution.getProcessInstanceId(), OrphanGoalProcess.TASK_RESOLVE);
    }

    @Bean
    JavaDelegate escalateOrphanReview(TaskNudges nudges, PeopleService people) {
        return execution -> escalateAbove(nudges, people, execution, OrphanGoalProcess.TASK_RESOLVE,
                OrphanGoalProcess.RESOLVER.optionalFrom(execution).orElse(null));
    }

    // --- goal-change-propagation ---------------------------------------------------------------------------------

    /** Asks the owners of the goals below: sets {@code campaignId}, or {@code nobodyBelow} when there is nobody. */
    @Bean
    JavaDelegate requestGoalChangeAcknowledgements(GoalEngineSteps steps) {
        return execution -> {
            long campaignId = steps.requestChangeAcknowledgements(GoalChangeProcess.REVISION_ID.from(execution));
            GoalChangeProcess.NOBODY_BELOW.set(execution, campaignId == 0);
            if (campaignId != 0) {
                GoalChangeProcess.CAMPAIGN_ID.set(execution, campaignId);
            }
        };
    }

    /** After HR's follow-up: nobody is asked any more. */
    @Bean
    JavaDelegate closeGoalChangeAcknowledgements(AcknowledgementCampaigns campaigns) {
        return execution -> campaigns.closeByProcess(GoalChangeProcess.CAMPAIGN_ID.from(execution));
    }

    @Bean
    JavaDelegate remindGoalChangePending(AcknowledgementCampaigns campaigns) {
        return execution -> campaigns.remindPending(GoalChangeProcess.CAMPAIGN_ID.from(execution));
    }

    @Bean
    JavaDelegate escalateGoalChangePending(AcknowledgementCampaigns campaigns) {
        return execution -> campaigns.escalateToManagers(GoalChangeProcess.CAMPAIGN_ID.from(execution));
    }

    /** The propagation waits for the end of its campaign: these messages move it on. */
    @Bean
    CampaignMessages goalChangeCampaignMessages() {
        return new CampaignMessages(GoalChangeProcess.SUBJECT, GoalChangeProcess.MESSAGE_ALL_ACKNOWLEDGED,
                GoalChangeProcess.MESSAGE_CLOSED, GoalChangeProcess::businessKey);
    }
}
