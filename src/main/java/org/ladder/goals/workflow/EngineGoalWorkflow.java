package org.ladder.goals.workflow;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.ladder.goals.GoalTimings;
import org.ladder.goals.GoalWorkflow;
import org.springframework.stereotype.Component;

/**
 * {@link GoalWorkflow} on the embedded engine: starts the goal processes with the business keys and variables of
 * their contracts. Runs in the caller's transaction (the engine shares Spring's transaction manager), so a goal's
 * change and the start of its process commit together.
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
    public void startApproval(long goalId, String ownerUsername, String approverUsername, boolean change,
            String subject) {
        if (approverUsername == null || approverUsername.isBlank()) {
            throw new IllegalArgumentException("A goal approval needs an approver (goal " + goalId + ")");
        }
        Map<String, Object> vars = new HashMap<>();
        vars.put(GoalApprovalProcess.VAR_GOAL_ID, goalId);
        vars.put(GoalApprovalProcess.VAR_OWNER, ownerUsername);
        vars.put(GoalApprovalProcess.VAR_APPROVER, approverUsername);
        vars.put(GoalApprovalProcess.VAR_CHANGE, change);
        vars.put(GoalApprovalProcess.VAR_SUBJECT, subject);
        vars.put(GoalApprovalProcess.VAR_RETURNED, false);
        vars.put(GoalApprovalProcess.VAR_WITHDRAWN, false);
        vars.putAll(GoalProcessVariables.approval(timings));
        runtime.startProcessInstanceByKey(GoalApprovalProcess.KEY, GoalApprovalProcess.businessKey(goalId), vars);
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
        Map<String, Object> vars = new HashMap<>();
        vars.put(GoalChangeProcess.VAR_REVISION_ID, revisionId);
        vars.putAll(GoalProcessVariables.change(timings));
        runtime.startProcessInstanceByKey(GoalChangeProcess.KEY, GoalChangeProcess.businessKey(revisionId), vars);
    }
}
