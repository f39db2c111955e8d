package org.ladder.goals.workflow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.ladder.base.security.Role;
import org.ladder.goals.GoalService;
import org.ladder.goals.GoalTimings;
import org.ladder.people.PeopleService;
import org.ladder.people.PersonSummary;
import org.ladder.tasks.AcknowledgementCampaigns;
import org.ladder.tasks.TaskNudges;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The goal processes' service tasks: thin adapters that read the process's ids and call one service method.
 * Referenced from the BPMN as {@code ${remindGoalApprover}} and so on. They run as the engine, not as a person.
 */
@Configuration
class GoalDelegates {

    private static final Logger log = LoggerFactory.getLogger(GoalDelegates.class);

    static long longVar(DelegateExecution execution, String name) {
        return ((Number) execution.getVariable(name)).longValue();
    }

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

    @Bean
    JavaDelegate remindGoalApprover(TaskNudges nudges) {
        return execution -> nudges.remind(execution.getProcessInstanceId(), GoalApprovalProcess.TASK_APPROVE);
    }

    @Bean
    JavaDelegate escalateGoalApproval(TaskNudges nudges, PeopleService people) {
        return execution -> escalateAbove(nudges, people, execution, GoalApprovalProcess.TASK_APPROVE,
                (String) execution.getVariable(GoalApprovalProcess.VAR_APPROVER));
    }

    // --- orphan-goal-sweep and orphan-goal-review ----------------------------------------------------------------

    /** Starts one review per orphan due, skipping goals whose review is still running. */
    @Bean
    JavaDelegate findOrphanGoals(GoalService goals, RuntimeService runtime, GoalTimings timings) {
        return execution -> {
            Set<String> running = new HashSet<>();
            Set<Long> underReview = new HashSet<>();
            for (ProcessInstance pi : runtime.createProcessInstanceQuery()
                    .processDefinitionKey(OrphanGoalProcess.KEY).list()) {
                running.add(pi.getBusinessKey());
                underReview.add(OrphanGoalProcess.goalId(pi.getBusinessKey()));
            }
            List<Long> due = goals.orphansDueForReview(underReview);
            if (due.isEmpty()) {
                return;
            }
            int started = 0;
            for (long goalId : due) {
                String key = OrphanGoalProcess.businessKey(goalId);
                if (running.add(key)) {
                    Map<String, Object> vars = new HashMap<>(GoalProcessVariables.orphanReview(timings));
                    vars.put(OrphanGoalProcess.VAR_GOAL_ID, goalId);
                    runtime.startProcessInstanceByKey(OrphanGoalProcess.KEY, key, vars);
                    started++;
                }
            }
            log.info("Orphan goal sweep: {} due, {} reviews started", due.size(), started);
        };
    }

    /** Whether the goal is still an orphan, and who decides: the resolver, or else HR. */
    @Bean
    JavaDelegate checkOrphanGoal(GoalService goals) {
        return execution -> {
            long goalId = longVar(execution, OrphanGoalProcess.VAR_GOAL_ID);
            boolean orphan = goals.isOrphan(goalId);
            execution.setVariable(OrphanGoalProcess.VAR_STILL_ORPHAN, orphan);
            String resolver = orphan ? goals.orphanResolver(goalId).orElse(null) : null;
            execution.setVariable(OrphanGoalProcess.VAR_RESOLVER, resolver);
            execution.setVariable(OrphanGoalProcess.VAR_SUBJECT, orphan ? goals.subjectOf(goalId) : "");
            List<String> groups = new ArrayList<>();
            if (resolver == null) {
                groups.add(Role.HR.name());
            }
            execution.setVariable(OrphanGoalProcess.VAR_RESOLVER_GROUPS, groups);
        };
    }

    @Bean
    JavaDelegate remindOrphanResolver(TaskNudges nudges) {
        return execution -> nudges.remind(execution.getProcessInstanceId(), OrphanGoalProcess.TASK_RESOLVE);
    }

    @Bean
    JavaDelegate escalateOrphanReview(TaskNudges nudges, PeopleService people) {
        return execution -> escalateAbove(nudges, people, execution, OrphanGoalProcess.TASK_RESOLVE,
                (String) execution.getVariable(OrphanGoalProcess.VAR_RESOLVER));
    }

    // --- goal-change-propagation ---------------------------------------------------------------------------------

    /** Asks the owners of the goals below: sets {@code campaignId}, or {@code nobodyBelow} when there is nobody. */
    @Bean
    JavaDelegate requestGoalChangeAcknowledgements(GoalService goals) {
        return execution -> {
            long campaignId = goals.requestChangeAcknowledgements(longVar(execution, GoalChangeProcess.VAR_REVISION_ID));
            execution.setVariable(GoalChangeProcess.VAR_NOBODY_BELOW, campaignId == 0);
            if (campaignId != 0) {
                execution.setVariable(GoalChangeProcess.VAR_CAMPAIGN_ID, campaignId);
            }
        };
    }

    /** After HR's follow-up: nobody is asked any more. */
    @Bean
    JavaDelegate closeGoalChangeAcknowledgements(AcknowledgementCampaigns campaigns) {
        return execution -> campaigns.closeByProcess(longVar(execution, GoalChangeProcess.VAR_CAMPAIGN_ID));
    }

    @Bean
    JavaDelegate remindGoalChangePending(AcknowledgementCampaigns campaigns) {
        return execution -> campaigns.remindPending(longVar(execution, GoalChangeProcess.VAR_CAMPAIGN_ID));
    }

    @Bean
    JavaDelegate escalateGoalChangePending(AcknowledgementCampaigns campaigns) {
        return execution -> campaigns.escalateToManagers(longVar(execution, GoalChangeProcess.VAR_CAMPAIGN_ID));
    }
}
