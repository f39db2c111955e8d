package org.ladder.cycles.workflow;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.ladder.base.ui.diagram.ProcessDiagram;
import org.ladder.base.workflow.ProcessStatistics;
import org.ladder.base.workflow.StepCounts;
import org.ladder.cycles.CycleStepsEngine;
import org.ladder.cycles.CycleViewer;
import org.springframework.stereotype.Component;

/**
 * {@link CycleStepsEngine} on Camunda: the diagrams from the deployed models' BPMN DI (read once per definition),
 * the counts from the cycle's counters ({@link CycleStepCounters}, ADR 0033) or, for a cycle launched before them,
 * from {@link ProcessStatistics} (grouped statements, ADR 0028), and the instances and tasks at a step
 * from the engine's queries, a page at a time.
 */
@Component
class EngineCycleSteps implements CycleStepsEngine {

    private static final String[] CASCADE_KEYS = {UnitCascadeProcess.KEY, UnitCascadeProcess.PERSON_KEY,
            UnitCascadeProcess.LAUNCH_KEY};
    private static final String[] CYCLE_KEYS = {AlignmentCycleProcess.KEY};

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final HistoryService history;
    private final ProcessStatistics statistics;
    private final CycleStepCounters counters;
    private final Clock clock;
    private final Map<String, ProcessDiagram> diagrams = new ConcurrentHashMap<>();

    EngineCycleSteps(RepositoryService repository, RuntimeService runtime, TaskService tasks,
            HistoryService history, ProcessStatistics statistics, CycleStepCounters counters, Clock clock) {
        this.repository = repository;
        this.runtime = runtime;
        this.tasks = tasks;
        this.history = history;
        this.statistics = statistics;
        this.counters = counters;
        this.clock = clock;
    }

    private static String[] keys(Model model) {
        return model == Model.CYCLE ? CYCLE_KEYS : CASCADE_KEYS;
    }

    @Override
    public ProcessDiagram diagram(Model model) {
        List<String> latest = statistics.definitionIds(keys(model)[0]);
        if (latest.isEmpty()) {
            return new ProcessDiagram(List.of(), List.of());
        }
        // a deployed definition never changes: its diagram is read once
        return diagrams.computeIfAbsent(latest.get(0), id -> ProcessDiagram.of(repository.getBpmnModelInstance(id)));
    }

    private List<String> definitionIds(Model model) {
        List<String> ids = new ArrayList<>();
        for (String key : keys(model)) {
            ids.addAll(statistics.definitionIds(key));
        }
        return ids;
    }

    @Override
    public boolean counted(long cycleId) {
        return counters.isCounted(cycleId);
    }

    @Override
    public Map<String, StepCounts> counts(Model model, long cycleId, Collection<String> businessKeys) {
        if (counters.isCounted(cycleId)) {
            List<Long> units = null;
            if (businessKeys != null && model == Model.CASCADE) {
                // the counters are per unit: a scope's people are those of its units (CycleViewers)
                units = businessKeys.stream().map(k -> whose(k)[0]).filter(java.util.Objects::nonNull).toList();
            }
            Set<String> scope = businessKeys == null ? null : Set.copyOf(businessKeys);
            return counters.counts(model == Model.CYCLE, cycleId, units, scope == null ? null : scope::contains);
        }
        return grouped(model, cycleId, businessKeys);
    }

    @Override
    public Map<String, StepCounts> counts(Model model, CycleViewer viewer) {
        boolean whole = model == Model.CYCLE || viewer.everything();
        if (counters.isCounted(viewer.cycleId())) {
            // per unit: the viewer's people and business keys are not read (only an open incident asks for them)
            return counters.counts(model == Model.CYCLE, viewer.cycleId(), whole ? null : viewer.unitIds(),
                    whole ? null : key -> {
                        Long[] of = whose(key);
                        return of[0] != null ? viewer.seesUnit(of[0]) : of[1] != null && viewer.seesPerson(of[1]);
                    });
        }
        return grouped(model, viewer.cycleId(), whole ? null : viewer.businessKeys());
    }

    /** The counts from the grouped statements over the engine's history (a cycle launched before the counters). */
    Map<String, StepCounts> grouped(Model model, long cycleId, Collection<String> businessKeys) {
        List<String> definitions = definitionIds(model);
        if (businessKeys != null) {
            Map<String, StepCounts> sum = new HashMap<>();
            List<String> keys = List.copyOf(businessKeys);
            for (int from = 0; from < keys.size(); from += ProcessStatistics.MAX_KEYS) {
                statistics.forBusinessKeys(definitions,
                        keys.subList(from, Math.min(keys.size(), from + ProcessStatistics.MAX_KEYS)))
                        .forEach((id, c) -> sum.merge(id, c, StepCounts::plus));
            }
            return sum;
        }
        return model == Model.CYCLE
                ? statistics.forBusinessKeys(definitions, List.of(cycleKey(cycleId)))
                : statistics.forBusinessKeyPrefix(definitions, AlignmentCycleProcess.businessKeyPrefix(cycleId));
    }

    @Override
    public Page at(Model model, long cycleId, String elementId, Collection<String> businessKeys, int offset,
            int limit) {
        Instant now = clock.instant();
        // open user tasks at the step first: that is where people are waiting
        TaskQuery taskQuery = tasks.createTaskQuery().processDefinitionKeyIn(keys(model)).taskDefinitionKey(elementId);
        if (scopeTasks(taskQuery, model, cycleId, businessKeys)) {
            long taskTotal = taskQuery.count();
            if (taskTotal > 0) {
                List<Task> page = taskQuery.orderByDueDate().asc().orderByTaskCreateTime().asc().listPage(offset, limit);
                Map<String, String> keyOf = businessKeysOf(page.stream().map(Task::getProcessInstanceId).toList());
                List<Item> items = page.stream().map(t -> item(t, keyOf.get(t.getProcessInstanceId()), now,
                        null)).toList();
                return new Page(items, taskTotal);
            }
        } else {
            return new Page(List.of(), 0);
        }
        HistoricProcessInstanceQuery query = history.createHistoricProcessInstanceQuery()
                .processDefinitionKeyIn(keys(model)).activeActivityIdIn(elementId).unfinished();
        if (businessKeys != null) {
            query.processInstanceBusinessKeyIn(businessKeys.toArray(String[]::new));
        } else if (model == Model.CYCLE) {
            query.processInstanceBusinessKey(cycleKey(cycleId));
        } else {
            query.processInstanceBusinessKeyLike(AlignmentCycleProcess.businessKeyPrefix(cycleId) + "%");
        }
        long total = query.count();
        if (total == 0) {
            return new Page(List.of(), 0);
        }
        List<HistoricProcessInstance> page = query.orderByProcessInstanceBusinessKey().asc().listPage(offset, limit);
        Map<String, String> incidents = incidents(page.stream().map(HistoricProcessInstance::getId).toList(),
                elementId);
        List<Item> items = page.stream().map(p -> {
            Long[] whose = whose(p.getBusinessKey());
            return new Item(p.getId(), p.getBusinessKey(), whose[0], whose[1], null, null, null, null, false,
                    incidents.get(p.getId()));
        }).toList();
        return new Page(items, total);
    }

    @Override
    public List<Item> openTasks(long cycleId, String businessKey) {
        Instant now = clock.instant();
        return tasks.createTaskQuery().processInstanceBusinessKey(businessKey).active().orderByDueDate().asc()
                .listPage(0, 50).stream().map(t -> item(t, businessKey, now, null)).toList();
    }

    @Override
    public boolean belongs(String taskId, long cycleId, Collection<String> businessKeys) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            return false;
        }
        ProcessInstance pi = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .singleResult();
        if (pi == null || pi.getBusinessKey() == null) {
            return false;
        }
        String key = pi.getBusinessKey();
        boolean ofCycle = key.equals(cycleKey(cycleId)) || key.startsWith(AlignmentCycleProcess.businessKeyPrefix(cycleId));
        return ofCycle && (businessKeys == null || businessKeys.contains(key));
    }

    @Override
    public String unitKey(long cycleId, long unitId) {
        return UnitCascadeProcess.unitBusinessKey(cycleId, unitId);
    }

    @Override
    public String personKey(long cycleId, long personId) {
        return UnitCascadeProcess.personBusinessKey(cycleId, personId);
    }

    @Override
    public String cycleKey(long cycleId) {
        return AlignmentCycleProcess.businessKey(cycleId);
    }

    /** Narrows a task query to the cycle's instances; false when nothing can match. */
    private boolean scopeTasks(TaskQuery query, Model model, long cycleId, Collection<String> businessKeys) {
        if (businessKeys != null) {
            if (businessKeys.isEmpty()) {
                return false;
            }
            query.processInstanceBusinessKeyIn(businessKeys.toArray(String[]::new));
        } else if (model == Model.CYCLE) {
            query.processInstanceBusinessKey(cycleKey(cycleId));
        } else {
            query.processInstanceBusinessKeyLike(AlignmentCycleProcess.businessKeyPrefix(cycleId) + "%");
        }
        return true;
    }

    private Map<String, String> businessKeysOf(List<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return Map.of();
        }
        Map<String, String> keys = new HashMap<>();
        runtime.createProcessInstanceQuery().processInstanceIds(Set.copyOf(processInstanceIds)).list()
                .forEach(p -> keys.put(p.getId(), p.getBusinessKey()));
        return keys;
    }

    private Map<String, String> incidents(List<String> processInstanceIds, String activityId) {
        Map<String, String> messages = new HashMap<>();
        if (processInstanceIds.isEmpty()) {
            return messages;
        }
        for (String id : processInstanceIds) {
            for (Incident i : runtime.createIncidentQuery().processInstanceId(id).activityId(activityId).list()) {
                messages.putIfAbsent(id, i.getIncidentMessage() == null ? "Failed" : i.getIncidentMessage());
            }
        }
        return messages;
    }

    private Item item(Task t, String businessKey, Instant now, String incident) {
        Instant due = t.getDueDate() == null ? null : t.getDueDate().toInstant();
        Long[] whose = whose(businessKey);
        return new Item(t.getProcessInstanceId(), businessKey, whose[0], whose[1], t.getId(), t.getName(),
                t.getAssignee(), due, due != null && due.isBefore(now), incident);
    }

    /** The unit and person a business key names: {@code cycle-7/unit-3}, {@code cycle-7/person-9}. */
    static Long[] whose(String businessKey) {
        Long unit = null;
        Long person = null;
        if (businessKey != null) {
            int slash = businessKey.indexOf('/');
            String rest = slash < 0 ? "" : businessKey.substring(slash + 1);
            try {
                if (rest.startsWith("unit-")) {
                    unit = Long.valueOf(rest.substring("unit-".length()));
                } else if (rest.startsWith("person-")) {
                    person = Long.valueOf(rest.substring("person-".length()));
                }
            } catch (NumberFormatException e) {
                // a key of another shape (a launch chunk): nobody's
            }
        }
        return new Long[] {unit, person};
    }
}
