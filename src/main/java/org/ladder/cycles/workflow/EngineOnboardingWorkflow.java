package org.ladder.cycles.workflow;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.ladder.cycles.OnboardingWorkflow;
import org.springframework.stereotype.Component;

/** {@link OnboardingWorkflow} on the embedded engine. */
@Component
class EngineOnboardingWorkflow implements OnboardingWorkflow {

    private final RuntimeService runtime;
    private final TaskService tasks;

    EngineOnboardingWorkflow(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    @Override
    public int startAll(String request, List<Long> onboardingIds) {
        int chunks = 0;
        for (int from = 0; from < onboardingIds.size(); from += OnboardingProcess.CHUNK_SIZE) {
            List<Long> chunk = onboardingIds.subList(from,
                    Math.min(onboardingIds.size(), from + OnboardingProcess.CHUNK_SIZE));
            runtime.startProcessInstanceByKey(OnboardingProcess.START_KEY,
                    OnboardingProcess.startBusinessKey(request, chunks), OnboardingProcess.chunk(chunk).asMap());
            chunks++;
        }
        return chunks;
    }

    @Override
    public boolean stop(long onboardingId) {
        String key = OnboardingProcess.businessKey(onboardingId);
        List<String> suspended = runtime.createProcessInstanceQuery().processDefinitionKey(OnboardingProcess.KEY)
                .processInstanceBusinessKey(key).suspended().list().stream().map(p -> p.getId()).toList();
        if (!suspended.isEmpty()) {
            // a suspended instance takes no message (its cycle is paused): it ends here, task and timers with it
            runtime.deleteProcessInstances(suspended, "Onboarding stopped", false, true);
        }
        if (runtime.createProcessInstanceQuery().processDefinitionKey(OnboardingProcess.KEY)
                .processInstanceBusinessKey(key).count() == 0) {
            return !suspended.isEmpty();
        }
        runtime.createMessageCorrelation(OnboardingProcess.MESSAGE_STOPPED).processInstanceBusinessKey(key)
                .correlateAll();
        return true;
    }

    @Override
    public boolean charterCampaignEnded(long onboardingId) {
        return !runtime.createMessageCorrelation(OnboardingProcess.MESSAGE_ACKNOWLEDGED)
                .processInstanceBusinessKey(OnboardingProcess.businessKey(onboardingId)).correlateAllWithResult()
                .isEmpty();
    }

    @Override
    public void suspend(List<String> processInstanceIds) {
        if (!processInstanceIds.isEmpty()) {
            runtime.updateProcessInstanceSuspensionState().byProcessInstanceIds(processInstanceIds).suspend();
        }
    }

    @Override
    public boolean firstGoalsSet(long onboardingId) {
        Optional<String> task = openFirstGoalsTask(onboardingId);
        task.ifPresent(tasks::complete);
        return task.isPresent();
    }

    @Override
    public Optional<String> openFirstGoalsTask(long onboardingId) {
        List<Task> open = tasks.createTaskQuery().processDefinitionKey(OnboardingProcess.KEY)
                .processInstanceBusinessKey(OnboardingProcess.businessKey(onboardingId))
                .taskDefinitionKey(OnboardingProcess.TASK_SET_FIRST_GOALS).active().list();
        return open.stream().findFirst().map(Task::getId);
    }
}
