package org.ladder.goals.workflow;

import org.camunda.bpm.engine.RuntimeService;
import org.ladder.goals.GoalTimings;
import org.ladder.goals.GoalWorkflow;
import org.springframework.stereotype.Component;

/**
 * {@link GoalWorkflow} on the embedded engine: starts the goal processes with the business keys and start
 * variables of their contracts. Runs in the caller's transaction (the engine shares Spring's transaction manager),
 * so a goal's change and the start of its process commit together.
 */
@Component
class EngineGoalWorkflow implements GoalWorkflow {

    private final RuntimeService runtime;
    private final GoalTimings timings;

    EngineGoalWorkflow(RuntimeService runtime, GoalTimings timings) {
        this.runtime = runtime;
        this.timings = timings;
    }

    @Override
    public void startApproval(long goalId, String ownerUsername, String approverUsername, boolean change) {
        if (approverUsername == null || approverUsername.isBlank()) {
            throw new IllegalArgumentException("A goal approval needs an approver (goal " + goalId + ")");
        }
        runtime.startProcessInstanceByKey(GoalApprovalProcess.KEY, GoalApprovalProcess.businessKey(goalId),
                GoalApprovalProcess.start(goalId, ownerUsername, approverUsername, change,
                        timings.approvalReminderDelay(), timings.approvalEscalationDelay()).asMap());
    }

    @Override
    public void cancelApproval(long goalId, String reason) {
        runtime.createProcessInstanceQuery().processDefinitionKey(GoalApprovalProcess.KEY)
                .processInstanceBusinessKey(GoalApprovalProcess.businessKey(goalId)).list()
                .forEach(pi -> runtime.deleteProcessInstance(pi.getId(), reason));
    }

    @Override
    public boolean approvalOpen(long goalId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(GoalApprovalProcess.KEY)
                .processInstanceBusinessKey(GoalApprovalProcess.businessKey(goalId)).count() > 0;
    }

    @Override
    public void startChangePropagation(long revisionId) {
        runtime.startProcessInstanceByKey(GoalChangeProcess.KEY, GoalChangeProcess.businessKey(revisionId),
                GoalChangeProcess.start(revisionId, timings.changeReminderDelay(), timings.changeEscalationDelay(),
                        timings.changeRounds()).asMap());
    }

    /** Starts a review of an orphan goal (the sweep's step). */
    void startOrphanReview(long goalId) {
        runtime.startProcessInstanceByKey(OrphanGoalProcess.KEY, OrphanGoalProcess.businessKey(goalId),
                OrphanGoalProcess.start(goalId, timings.orphanReminderDelay(), timings.orphanEscalationDelay())
                        .asMap());
    }
}
