package org.ladder.reviews.workflow;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.ladder.base.workflow.ProcessVariables;
import org.ladder.reviews.ReviewLimits;
import org.ladder.reviews.ReviewWorkflow;
import org.ladder.tasks.TaskAlreadyCompletedException;
import org.springframework.stereotype.Component;

/** {@link ReviewWorkflow} on the embedded engine. */
@Component
class EngineReviewWorkflow implements ReviewWorkflow {

    private final RuntimeService runtime;
    private final TaskService tasks;

    EngineReviewWorkflow(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    @Override
    public int launch(String request, List<Long> reviewIds) {
        int chunks = 0;
        for (int from = 0; from < reviewIds.size(); from += ReviewLimits.CHUNK_SIZE) {
            List<Long> chunk = reviewIds.subList(from, Math.min(reviewIds.size(), from + ReviewLimits.CHUNK_SIZE));
            runtime.startProcessInstanceByKey(ReviewProcess.LAUNCH_KEY, ReviewProcess.launchBusinessKey(request, chunks),
                    ReviewProcess.launch(chunk).asMap());
            chunks++;
        }
        return chunks;
    }

    @Override
    public void selfReviewed(String businessKey) {
        complete(businessKey, ReviewProcess.TASK_SELF_REVIEW, ProcessVariables.create());
    }

    @Override
    public void peersNamed(String businessKey, List<String> peerUsernames) {
        complete(businessKey, ReviewProcess.TASK_NAME_PEERS, ReviewProcess.peersNamed(peerUsernames));
    }

    @Override
    public void peerAnswered(String businessKey, String peerUsername) {
        Task task = tasks.createTaskQuery().processDefinitionKey(ReviewProcess.KEY)
                .processInstanceBusinessKey(businessKey).taskDefinitionKey(ReviewProcess.TASK_GIVE_PEER_INPUT)
                .taskAssignee(peerUsername).active().singleResult();
        if (task == null) {
            task = tasks.createTaskQuery().processDefinitionKey(ReviewProcess.KEY)
                    .processInstanceBusinessKey(businessKey).taskDefinitionKey(ReviewProcess.TASK_GIVE_PEER_INPUT)
                    .taskCandidateUser(peerUsername).active().singleResult();
        }
        if (task == null) {
            throw new TaskAlreadyCompletedException("This input request is no longer open.");
        }
        tasks.complete(task.getId());
    }

    @Override
    public void managerReviewed(String businessKey, boolean calibrationNeeded) {
        complete(businessKey, ReviewProcess.TASK_MANAGER_REVIEW, ReviewProcess.managerReviewed(calibrationNeeded));
    }

    @Override
    public void calibrated(String businessKey) {
        runtime.createMessageCorrelation(ReviewProcess.MESSAGE_CALIBRATED).processInstanceBusinessKey(businessKey)
                .correlateWithResult();
    }

    @Override
    public void shared(String businessKey) {
        complete(businessKey, ReviewProcess.TASK_SHARE_REVIEW, ProcessVariables.create());
    }

    @Override
    public boolean end(String businessKey) {
        ProcessInstance pi = runtime.createProcessInstanceQuery().processDefinitionKey(ReviewProcess.KEY)
                .processInstanceBusinessKey(businessKey).active().singleResult();
        if (pi == null) {
            return false;
        }
        runtime.createMessageCorrelation(ReviewProcess.MESSAGE_ENDED).processInstanceId(pi.getId())
                .correlateWithResult();
        return true;
    }

    @Override
    public String startCalibration(long calibrationId, String roundKey, long unitId, String headUsername,
            int deadlineDays) {
        return runtime.startProcessInstanceByKey(ReviewProcess.CALIBRATION_KEY,
                ReviewProcess.calibrationBusinessKey(roundKey, unitId),
                ReviewProcess.calibration(calibrationId, headUsername, deadlineDays).asMap()).getId();
    }

    @Override
    public void calibrationClosed(String roundKey, long unitId) {
        Task task = tasks.createTaskQuery().processDefinitionKey(ReviewProcess.CALIBRATION_KEY)
                .processInstanceBusinessKey(ReviewProcess.calibrationBusinessKey(roundKey, unitId))
                .taskDefinitionKey(ReviewProcess.TASK_CALIBRATE).active().singleResult();
        if (task == null) {
            throw new TaskAlreadyCompletedException("This calibration is already closed.");
        }
        tasks.complete(task.getId());
    }

    @Override
    public void endCalibration(String roundKey, long unitId) {
        for (ProcessInstance pi : runtime.createProcessInstanceQuery().processDefinitionKey(ReviewProcess.CALIBRATION_KEY)
                .processInstanceBusinessKey(ReviewProcess.calibrationBusinessKey(roundKey, unitId)).list()) {
            runtime.deleteProcessInstance(pi.getId(), "review round cancelled");
        }
    }

    @Override
    public Map<String, Map<String, String>> openTasks(List<String> businessKeys) {
        Map<String, Map<String, String>> open = new HashMap<>();
        if (businessKeys.isEmpty()) {
            return open;
        }
        List<Task> found = tasks.createTaskQuery().processDefinitionKey(ReviewProcess.KEY)
                .processInstanceBusinessKeyIn(businessKeys.toArray(String[]::new)).active().list();
        if (found.isEmpty()) {
            return open;
        }
        Map<String, String> byInstance = new HashMap<>();
        for (ProcessInstance pi : runtime.createProcessInstanceQuery().processInstanceIds(
                new java.util.HashSet<>(found.stream().map(Task::getProcessInstanceId).toList())).list()) {
            byInstance.put(pi.getId(), pi.getBusinessKey());
        }
        for (Task t : found) {
            open.computeIfAbsent(byInstance.get(t.getProcessInstanceId()), k -> new HashMap<>())
                    .putIfAbsent(t.getTaskDefinitionKey(), t.getId());
        }
        return open;
    }

    @Override
    public Optional<Map.Entry<String, String>> taskOf(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).active().singleResult();
        if (task == null) {
            return Optional.empty();
        }
        ProcessInstance pi = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .singleResult();
        return pi == null ? Optional.empty() : Optional.of(Map.entry(pi.getBusinessKey(), task.getTaskDefinitionKey()));
    }

    private void complete(String businessKey, String taskKey, ProcessVariables variables) {
        Task task = tasks.createTaskQuery().processDefinitionKey(ReviewProcess.KEY)
                .processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey).active().singleResult();
        if (task == null) {
            throw new TaskAlreadyCompletedException("This step of the review is already done.");
        }
        tasks.complete(task.getId(), variables.asMap());
    }
}
