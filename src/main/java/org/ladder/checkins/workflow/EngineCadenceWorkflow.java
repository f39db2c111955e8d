package org.ladder.checkins.workflow;

import static org.ladder.checkins.workflow.CheckInCadenceProcess.instant;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.ladder.base.ConcurrentEditException;
import org.ladder.checkins.CadenceSettings;
import org.ladder.checkins.CadenceWorkflow;
import org.springframework.stereotype.Component;

/** {@link CadenceWorkflow} on the embedded engine. */
@Component
class EngineCadenceWorkflow implements CadenceWorkflow {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final CadenceSettings settings;

    EngineCadenceWorkflow(RuntimeService runtime, TaskService tasks, CadenceSettings settings) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.settings = settings;
    }

    @Override
    public int bringInLine(String request, List<Long> personIds) {
        int chunks = 0;
        for (int from = 0; from < personIds.size(); from += CheckInCadenceProcess.CHUNK_SIZE) {
            List<Long> chunk = personIds.subList(from,
                    Math.min(personIds.size(), from + CheckInCadenceProcess.CHUNK_SIZE));
            runtime.startProcessInstanceByKey(CheckInCadenceProcess.LAUNCH_KEY,
                    CheckInCadenceProcess.launchBusinessKey(request, chunks), CheckInCadenceProcess.launch(chunk)
                            .asMap());
            chunks++;
        }
        return chunks;
    }

    @Override
    public boolean stop(String processInstanceId) {
        if (processInstanceId == null || runtime.createProcessInstanceQuery().processInstanceId(processInstanceId)
                .active().count() == 0) {
            return false;
        }
        runtime.createMessageCorrelation(CheckInCadenceProcess.MESSAGE_STOPPED).processInstanceId(processInstanceId)
                .correlateWithResult();
        return true;
    }

    @Override
    public Optional<OpenCheckIn> openCheckIn(long personId) {
        return tasks.createTaskQuery().processDefinitionKey(CheckInCadenceProcess.KEY)
                .taskDefinitionKey(CheckInCadenceProcess.TASK_CHECK_IN)
                .processInstanceBusinessKey(CheckInCadenceProcess.businessKey(personId)).active()
                .orderByTaskCreateTime().asc().list().stream().findFirst().map(this::open);
    }

    @Override
    public Optional<OpenCheckIn> openCheckInTask(String taskId) {
        return Optional.ofNullable(tasks.createTaskQuery().taskId(taskId)
                .processDefinitionKey(CheckInCadenceProcess.KEY)
                .taskDefinitionKey(CheckInCadenceProcess.TASK_CHECK_IN).active().singleResult()).map(this::open);
    }

    @Override
    public boolean checkedIn(long personId, long checkInId, String managerUsername, Instant submittedAt) {
        Optional<OpenCheckIn> open = openCheckIn(personId);
        if (open.isEmpty()) {
            return false;
        }
        OpenCheckIn task = open.get();
        Instant due = submittedAt.plus(settings.oneOnOneWithin());
        Duration period = Duration.between(task.opensAt(), task.endsAt());
        try {
            tasks.complete(task.taskId(), CheckInCadenceProcess.checkedIn(checkInId, managerUsername, due,
                    due.plus(period)).asMap());
        } catch (OptimisticLockingException e) {
            // another submit completed the same task at the same moment; the caller's transaction rolls back
            throw new ConcurrentEditException("Your check-in was submitted from another window at the same moment. "
                    + "Nothing was saved here: reload to see it, then check in again if you need to.");
        }
        return true;
    }

    private OpenCheckIn open(Task task) {
        Map<String, Object> v = tasks.getVariables(task.getId(), List.of(CheckInCadenceProcess.PERSON_ID.name(),
                CheckInCadenceProcess.PERIOD_LABEL.name(), CheckInCadenceProcess.OPENS_AT.name(),
                CheckInCadenceProcess.DUE_AT.name(), CheckInCadenceProcess.ENDS_AT.name()));
        return new OpenCheckIn(task.getId(), CheckInCadenceProcess.PERSON_ID.from(v),
                CheckInCadenceProcess.PERIOD_LABEL.from(v), instant(CheckInCadenceProcess.OPENS_AT.from(v)),
                instant(CheckInCadenceProcess.DUE_AT.from(v)), instant(CheckInCadenceProcess.ENDS_AT.from(v)));
    }
}
