package org.ladder.goals.workflow;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.ladder.goals.GoalTimings;
import org.ladder.goals.GoalWorkflow;
import org.springframework.stereotype.Component;

/** Starts and queries the goal processes for {@link org.ladder.goals.GoalService}. */
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
        Map<String, Object> vars = new HashMap<>();
        vars.put(GoalApprovalProcess.VAR_GOAL_ID, goalId);
        vars.put(GoalApprovalProcess.VAR_OWNER, ownerUsername);
        vars.put(GoalApprovalProcess.VAR_APPROVER, approverUsername);
        vars.put(GoalApprovalProcess.VAR_CHANGE, change);
        vars.put(GoalApprovalProcess.VAR_RETURNED, false);
        vars.put(GoalApprovalProcess.VAR_WITHDRAWN, false);
        vars.put(GoalApprovalProcess.VAR_REMINDER_DELAY, timings.approvalReminderDelay().toString());
        vars.put(GoalApprovalProcess.VAR_ESCALATION_DELAY, timings.approvalEscalationDelay().toString());
        runtime.startProcessInstanceByKey(GoalApprovalProcess.KEY, GoalApprovalProcess.businessKey(goalId), vars);
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
        vars.put(GoalChangeProcess.VAR_REMINDER_DELAY, timings.changeReminderDelay().toString());
        vars.put(GoalChangeProcess.VAR_ESCALATION_DELAY, timings.changeEscalationDelay().toString());
        runtime.startProcessInstanceByKey(GoalChangeProcess.KEY, GoalChangeProcess.businessKey(revisionId), vars);
    }
}
