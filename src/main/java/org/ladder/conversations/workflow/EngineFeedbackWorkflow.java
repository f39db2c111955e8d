package org.ladder.conversations.workflow;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.ladder.conversations.FeedbackTimings;
import org.ladder.conversations.FeedbackWorkflow;
import org.springframework.stereotype.Component;

/**
 * {@link FeedbackWorkflow} on the embedded engine, in the caller's transaction (a request and its process, a
 * withdrawal and the end of its process, commit together).
 */
@Component
class EngineFeedbackWorkflow implements FeedbackWorkflow {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final FeedbackTimings timings;

    EngineFeedbackWorkflow(RuntimeService runtime, TaskService tasks, FeedbackTimings timings) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.timings = timings;
    }

    @Override
    public void startRequest(long requestId, String colleagueUsername) {
        runtime.startProcessInstanceByKey(FeedbackRequestProcess.KEY, FeedbackRequestProcess.businessKey(requestId),
                FeedbackRequestProcess.start(requestId, colleagueUsername, timings.requestDue(),
                        timings.reminderDelay(), timings.expiryDelay()).asMap());
    }

    @Override
    public void withdrawRequest(long requestId) {
        runtime.createMessageCorrelation(FeedbackRequestProcess.MESSAGE_WITHDRAWN)
                .processInstanceBusinessKey(FeedbackRequestProcess.businessKey(requestId)).correlateAll();
    }

    @Override
    public Map<Long, String> openTasks(Collection<Long> requestIds) {
        Map<Long, String> open = new HashMap<>();
        if (requestIds.isEmpty()) {
            return open;
        }
        String[] keys = requestIds.stream().map(FeedbackRequestProcess::businessKey).toArray(String[]::new);
        for (Task task : tasks.createTaskQuery().processDefinitionKey(FeedbackRequestProcess.KEY)
                .processInstanceBusinessKeyIn(keys).taskDefinitionKey(FeedbackRequestProcess.TASK_GIVE).list()) {
            String key = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
                    .singleResult().getBusinessKey();
            open.put(FeedbackRequestProcess.requestId(key), task.getId());
        }
        return open;
    }
}
