package org.ladder.cycles.workflow;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.producer.CacheAwareHistoryEventProducer;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.pvm.runtime.ActivityInstanceState;

/**
 * The engine's history event producer (the default, cache-aware one) that also tells {@link CycleStepCounters}
 * what it writes to the history of the cycle's instances: exactly the activity instances the grouped statements of
 * ADR 0028 count (started; ended normally or cancelled), the process instances that start, and the user tasks
 * touched. Whatever the history level produces is reported, so the counters follow {@code ACT_HI_ACTINST}; nothing is
 * written here, only remembered for the transaction.
 */
class CycleCountingHistoryEventProducer extends CacheAwareHistoryEventProducer {

    private final CycleStepCounters counters;
    private final Map<String, List<String>> elements = new java.util.concurrent.ConcurrentHashMap<>();

    CycleCountingHistoryEventProducer(CycleStepCounters counters) {
        this.counters = counters;
    }

    @Override
    public HistoryEvent createActivityInstanceStartEvt(DelegateExecution execution) {
        HistoryEvent event = super.createActivityInstanceStartEvt(execution);
        if (event instanceof HistoricActivityInstanceEventEntity a) {
            counters.activityStarted(a.getProcessDefinitionKey(), execution.getProcessBusinessKey(),
                    a.getActivityId());
        }
        return event;
    }

    @Override
    public HistoryEvent createActivityInstanceEndEvt(DelegateExecution execution) {
        HistoryEvent event = super.createActivityInstanceEndEvt(execution);
        if (event instanceof HistoricActivityInstanceEventEntity a) {
            counters.activityEnded(a.getProcessDefinitionKey(), execution.getProcessBusinessKey(), a.getActivityId(),
                    a.getActivityInstanceState() == ActivityInstanceState.CANCELED.getStateCode());
        }
        return event;
    }

    @Override
    public HistoryEvent createProcessInstanceStartEvt(DelegateExecution execution) {
        HistoryEvent event = super.createProcessInstanceStartEvt(execution);
        String key = event.getProcessDefinitionKey();
        String businessKey = execution.getProcessBusinessKey();
        if (CycleStepCounters.ofCycle(key, businessKey)) {
            // the rows the later instances share: the cycle's (its launch chunks') and a unit's (its people's)
            Map<String, Collection<String>> rows = new LinkedHashMap<>();
            if (AlignmentCycleProcess.KEY.equals(key)) {
                CycleStepCounters.PROCESS_KEYS.forEach(k -> rows.put(k, elementsOf(k)));
            } else if (UnitCascadeProcess.KEY.equals(key)) {
                rows.put(UnitCascadeProcess.KEY, elementsOf(UnitCascadeProcess.KEY));
                rows.put(UnitCascadeProcess.PERSON_KEY, elementsOf(UnitCascadeProcess.PERSON_KEY));
            }
            counters.processStarted(key, businessKey, rows);
        }
        return event;
    }

    @Override
    public HistoryEvent createTaskInstanceCreateEvt(DelegateTask task) {
        return task(task, super.createTaskInstanceCreateEvt(task));
    }

    @Override
    public HistoryEvent createTaskInstanceUpdateEvt(DelegateTask task) {
        return task(task, super.createTaskInstanceUpdateEvt(task));
    }

    @Override
    public HistoryEvent createTaskInstanceCompleteEvt(DelegateTask task, String deleteReason) {
        return task(task, super.createTaskInstanceCompleteEvt(task, deleteReason));
    }

    private HistoryEvent task(DelegateTask task, HistoryEvent event) {
        if (event instanceof HistoricTaskInstanceEventEntity t && task.getExecution() != null) {
            counters.taskTouched(t.getProcessDefinitionKey(), task.getExecution().getProcessBusinessKey(),
                    task.getId(), task.getTaskDefinitionKey());
        }
        return event;
    }

    /** Every element id of the latest deployed version of a process (read once per version). */
    private List<String> elementsOf(String processKey) {
        ProcessDefinitionEntity definition = Context.getProcessEngineConfiguration().getDeploymentCache()
                .findDeployedLatestProcessDefinitionByKey(processKey);
        return elements.computeIfAbsent(definition.getId(), id -> {
            List<String> ids = new ArrayList<>();
            collect(definition, ids);
            return List.copyOf(ids);
        });
    }

    private static void collect(ScopeImpl scope, List<String> ids) {
        for (ActivityImpl activity : scope.getActivities()) {
            ids.add(activity.getId());
            collect(activity, ids);
        }
    }
}
