package org.ladder.cycles.workflow;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.dmn.DecisionsEvaluationBuilder;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.variable.Variables;
import org.ladder.base.workflow.ProcessVariables;
import org.ladder.checkins.Frequency;
import org.ladder.cycles.CycleIncident;
import org.ladder.cycles.CycleTimes;
import org.ladder.cycles.CycleStepsEngine;
import org.ladder.cycles.CycleWorkflow;
import org.ladder.cycles.RuleApplied;
import org.ladder.cycles.workflow.UnitCascadeProcess.Kind;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** {@link CycleWorkflow} on the embedded engine. */
@Component
class EngineCycleWorkflow implements CycleWorkflow {

    /** The decision table's key (bpmn/cycle-rules.dmn). */
    static final String RULES_KEY = "cycle-rules";
    static final List<String> KEYS = List.of(AlignmentCycleProcess.KEY, UnitCascadeProcess.KEY,
            UnitCascadeProcess.PERSON_KEY, UnitCascadeProcess.LAUNCH_KEY);
    /** The keys whose incidents the cycle page lists: the cycle's models and HR's commands' jobs. */
    private static final String[] INCIDENT_KEYS = java.util.stream.Stream.concat(KEYS.stream(),
            java.util.stream.Stream.of(CycleControlProcess.KEY)).toArray(String[]::new);
    private static final String[] TASK_KEYS = KEYS.toArray(String[]::new);
    private static final int BATCH = 1000;

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final DecisionService decisions;
    private final NamedParameterJdbcTemplate jdbc;

    private final org.springframework.beans.factory.ObjectProvider<CycleStepsEngine> steps;

    EngineCycleWorkflow(RuntimeService runtime, TaskService tasks, ManagementService management,
            DecisionService decisions, NamedParameterJdbcTemplate jdbc,
            org.springframework.beans.factory.ObjectProvider<CycleStepsEngine> steps) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
        this.decisions = decisions;
        this.jdbc = jdbc;
        this.steps = steps;
    }

    @Override
    public String startCycle(long cycleId, CycleTimes times) {
        return runtime.startProcessInstanceByKey(AlignmentCycleProcess.KEY, AlignmentCycleProcess.businessKey(cycleId),
                AlignmentCycleProcess.start(cycleId, times).asMap()).getId();
    }

    @Override
    public RuleApplied rule(int unitLevel, int members) {
        DecisionsEvaluationBuilder evaluation = decisions.evaluateDecisionByKey(RULES_KEY)
                .variables(Variables.createVariables().putValue("unitLevel", unitLevel).putValue("members", members));
        List<Map<String, Object>> result = evaluation.evaluate().getResultList();
        if (result.isEmpty()) {
            throw new IllegalStateException("No row of the cycle rules (" + RULES_KEY + ") matches a unit of level "
                    + unitLevel + " with " + members + " people: add a row that matches every unit");
        }
        Map<String, Object> row = result.get(0);
        try {
            return new RuleApplied(((Number) row.get("ruleRow")).intValue(), (String) row.get("ruleLabel"),
                    Frequency.valueOf((String) row.get("frequency")), ((Number) row.get("unitGoalsDays")).intValue(),
                    ((Number) row.get("personalGoalsDays")).intValue());
        } catch (RuntimeException e) {
            throw new IllegalStateException("The cycle rules (" + RULES_KEY + ") gave " + row + " for a unit of level "
                    + unitLevel + " with " + members + " people: every output must be set, the cadence one of "
                    + List.of(Frequency.values()), e);
        }
    }

    @Override
    public int queueUnits(long cycleId, long fromUnitId, List<Long> unitIds) {
        return queue(cycleId, Kind.UNITS, fromUnitId, unitIds);
    }

    @Override
    public int queuePeople(long cycleId, long fromUnitId, List<Long> personIds) {
        return queue(cycleId, Kind.PEOPLE, fromUnitId, personIds);
    }

    private int queue(long cycleId, Kind kind, long fromUnitId, List<Long> ids) {
        int chunks = 0;
        for (int from = 0; from < ids.size(); from += UnitCascadeProcess.CHUNK_SIZE) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + UnitCascadeProcess.CHUNK_SIZE));
            runtime.startProcessInstanceByKey(UnitCascadeProcess.LAUNCH_KEY,
                    UnitCascadeProcess.launchBusinessKey(cycleId, kind, fromUnitId, chunks),
                    UnitCascadeProcess.chunk(cycleId, kind, chunk).asMap());
            chunks++;
        }
        return chunks;
    }

    @Override
    public boolean suspendCycleInstance(long cycleId) {
        List<String> ids = new ArrayList<>();
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(AlignmentCycleProcess.businessKey(cycleId))
                .active().list().forEach(p -> ids.add(p.getId()));
        suspendInstances(ids);
        return !ids.isEmpty();
    }

    @Override
    public int countInstances(long cycleId) {
        Integer n = jdbc.queryForObject("select count(*) from ACT_RU_EXECUTION where PARENT_ID_ is null and "
                + "(BUSINESS_KEY_ = :main or BUSINESS_KEY_ like :rest)", keys(cycleId), Integer.class);
        return (n == null ? 0 : n) + onboardingInstances(cycleId, 0, Integer.MAX_VALUE).size();
    }

    @Override
    public void startControl(long cycleId, long controlId) {
        runtime.startProcessInstanceByKey(CycleControlProcess.KEY, CycleControlProcess.businessKey(cycleId,
                controlId), CycleControlProcess.start(cycleId, controlId).asMap());
    }

    /**
     * The next instances a command works on. A pause takes the active ones whose jobs fall due first (a message job
     * is due now, then timers by due date, instances without a job last), so what could fire soonest waits first; a
     * resume takes the suspended ones, the cycle's own instance last (its timers move the phases, so it goes on when
     * all of its parts do); a cancel takes any. The onboardings of people who joined during the cycle (business key
     * {@code onboarding/<id>}, found through their open rows) come after the cycle's other instances in a pause and
     * before them in a resume, so the cycle's own instance stays last (ADR 0038).
     */
    @Override
    public List<String> nextInstances(long cycleId, org.ladder.cycles.domain.ControlRun.Operation operation,
            int limit) {
        if (operation == org.ladder.cycles.domain.ControlRun.Operation.RESUME) {
            List<String> ids = new ArrayList<>(onboardingInstances(cycleId, 2, limit));
            if (ids.size() < limit) {
                ids.addAll(cycleInstances(cycleId, operation, limit - ids.size()));
            }
            return ids;
        }
        List<String> ids = new ArrayList<>(cycleInstances(cycleId, operation, limit));
        if (ids.size() < limit) {
            ids.addAll(onboardingInstances(cycleId, operation == org.ladder.cycles.domain.ControlRun.Operation.PAUSE
                    ? 1 : 0, limit - ids.size()));
        }
        return ids;
    }

    /** The instances of the cycle's open onboardings in this suspension state (1 active, 2 suspended; 0 any). */
    private List<String> onboardingInstances(long cycleId, int state, int limit) {
        // the ids first, then the engine's query by id: a join of the two tables compares columns of different
        // character sets on MariaDB (the engine's utf8mb3_bin), which no index of ACT_RU_EXECUTION serves
        List<String> ids = jdbc.queryForList("select process_instance_id from cycle_onboarding where cycle_id = "
                + ":cycleId and open_person_id is not null and process_instance_id is not null"
                + " order by process_instance_id", keys(cycleId), String.class);
        List<String> found = new ArrayList<>();
        for (int from = 0; from < ids.size() && found.size() < limit; from += BATCH) {
            var query = runtime.createProcessInstanceQuery().processInstanceIds(new java.util.HashSet<>(
                    ids.subList(from, Math.min(ids.size(), from + BATCH))));
            if (state == 1) {
                query.active();
            } else if (state == 2) {
                query.suspended();
            }
            query.orderByProcessInstanceId().asc().listPage(0, Math.min(limit - found.size(), BATCH))
                    .forEach(p -> found.add(p.getId()));
        }
        return found;
    }

    private List<String> cycleInstances(long cycleId, org.ladder.cycles.domain.ControlRun.Operation operation,
            int limit) {
        var params = keys(cycleId).addValue("limit", limit);
        String where = "where E.PARENT_ID_ is null and (E.BUSINESS_KEY_ = :main or E.BUSINESS_KEY_ like :rest) ";
        return switch (operation) {
            case PAUSE -> jdbc.queryForList("select E.ID_ from ACT_RU_EXECUTION E left join ACT_RU_JOB J on "
                    + "J.PROCESS_INSTANCE_ID_ = E.ID_ " + where + "and E.SUSPENSION_STATE_ = 1 group by E.ID_ "
                    + "order by min(case when J.ID_ is null then 2 when J.DUEDATE_ is null then 0 else 1 end), "
                    + "min(J.DUEDATE_), E.ID_ limit :limit", params, String.class);
            case RESUME -> jdbc.queryForList("select E.ID_ from ACT_RU_EXECUTION E " + where
                    + "and E.SUSPENSION_STATE_ = 2 order by case when E.BUSINESS_KEY_ = :main then 1 else 0 end, "
                    + "E.ID_ limit :limit", params, String.class);
            case CANCEL -> jdbc.queryForList("select E.ID_ from ACT_RU_EXECUTION E " + where
                    + "order by E.ID_ limit :limit", params, String.class);
        };
    }

    private static org.springframework.jdbc.core.namedparam.MapSqlParameterSource keys(long cycleId) {
        return new org.springframework.jdbc.core.namedparam.MapSqlParameterSource()
                .addValue("cycleId", cycleId).addValue("main", AlignmentCycleProcess.businessKey(cycleId))
                .addValue("rest", AlignmentCycleProcess.businessKeyPrefix(cycleId) + "%");
    }

    @Override
    public void suspendInstances(List<String> ids) {
        if (!ids.isEmpty()) {
            runtime.updateProcessInstanceSuspensionState().byProcessInstanceIds(ids).suspend();
        }
    }

    @Override
    public void activateInstances(List<String> ids) {
        if (!ids.isEmpty()) {
            runtime.updateProcessInstanceSuspensionState().byProcessInstanceIds(ids).activate();
        }
    }

    /** Suspends one instance started while its cycle is paused. */
    void suspendInstance(String processInstanceId) {
        runtime.suspendProcessInstanceById(processInstanceId);
    }

    @Override
    public void deleteInstances(List<String> ids, String reason) {
        if (!ids.isEmpty()) {
            runtime.deleteProcessInstances(ids, reason, false, true);
        }
    }

    @Override
    public List<CycleIncident> incidents(long cycleId) {
        List<Incident> all = runtime.createIncidentQuery().processDefinitionKeyIn(INCIDENT_KEYS)
                .orderByIncidentTimestamp().desc().list();
        if (all.isEmpty()) {
            return List.of();
        }
        Map<String, ProcessInstance> instances = new HashMap<>();
        List<String> piIds = all.stream().map(Incident::getProcessInstanceId).distinct().toList();
        for (int from = 0; from < piIds.size(); from += BATCH) {
            runtime.createProcessInstanceQuery()
                    .processInstanceIds(new java.util.HashSet<>(piIds.subList(from, Math.min(piIds.size(), from
                            + BATCH))))
                    .list().forEach(p -> instances.put(p.getId(), p));
        }
        List<CycleIncident> found = new ArrayList<>();
        for (Incident incident : all) {
            ProcessInstance pi = instances.get(incident.getProcessInstanceId());
            if (pi == null || !belongs(cycleId, pi.getBusinessKey())) {
                continue;
            }
            String key = incident.getProcessDefinitionId() == null ? null
                    : incident.getProcessDefinitionId().split(":")[0];
            found.add(new CycleIncident(incident.getId(), key, pi.getBusinessKey(), incident.getActivityId(),
                    incident.getIncidentMessage(), incident.getIncidentTimestamp().toInstant(),
                    "failedJob".equals(incident.getIncidentType()) ? incident.getConfiguration() : null));
        }
        return found;
    }

    @Override
    public boolean retry(long cycleId, String incidentId) {
        Incident incident = runtime.createIncidentQuery().incidentId(incidentId).singleResult();
        if (incident == null || !"failedJob".equals(incident.getIncidentType())) {
            return false;
        }
        ProcessInstance pi = runtime.createProcessInstanceQuery().processInstanceId(incident.getProcessInstanceId())
                .singleResult();
        if (pi == null || !belongs(cycleId, pi.getBusinessKey())) {
            return false;
        }
        management.setJobRetries(incident.getConfiguration(), 1);
        return true;
    }

    private static boolean belongs(long cycleId, String businessKey) {
        return businessKey != null && (businessKey.equals(AlignmentCycleProcess.businessKey(cycleId))
                || businessKey.startsWith(AlignmentCycleProcess.businessKeyPrefix(cycleId))
                || businessKey.startsWith(CycleControlProcess.businessKeyPrefix(cycleId)));
    }

    @Override
    public Optional<CycleTask> task(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).processDefinitionKeyIn(TASK_KEYS).singleResult();
        return Optional.ofNullable(task).map(t -> cycleTasks(List.of(t)).get(0));
    }

    @Override
    public List<CycleTask> openTasksOf(String username, Collection<String> groups, int limit) {
        // the candidate query takes the person's groups from the identity bridge itself (as the inbox does)
        Map<String, Task> found = new LinkedHashMap<>();
        tasks.createTaskQuery().processDefinitionKeyIn(TASK_KEYS).active().taskAssignee(username).orderByDueDate()
                .asc().listPage(0, limit).forEach(t -> found.put(t.getId(), t));
        tasks.createTaskQuery().processDefinitionKeyIn(TASK_KEYS).active().taskCandidateUser(username)
                .orderByDueDate().asc().listPage(0, limit).forEach(t -> found.putIfAbsent(t.getId(), t));
        return cycleTasks(found.values().stream().limit(limit).toList());
    }

    private List<CycleTask> cycleTasks(List<Task> found) {
        List<CycleTask> result = new ArrayList<>(found.size());
        Map<String, String> keys = new HashMap<>();
        for (Task t : found) {
            String key = keys.computeIfAbsent(t.getProcessDefinitionId(), id -> id.split(":")[0]);
            Map<String, Object> vars = tasks.getVariables(t.getId(),
                    List.of(UnitCascadeProcess.CYCLE_ID.name(), UnitCascadeProcess.UNIT_ID.name(),
                            UnitCascadeProcess.PERSON_ID.name()));
            long cycleId = UnitCascadeProcess.CYCLE_ID.from(vars);
            Long subject = UnitCascadeProcess.UNIT_ID.optionalFrom(vars)
                    .orElse(UnitCascadeProcess.PERSON_ID.optionalFrom(vars).orElse(null));
            result.add(new CycleTask(t.getId(), t.getName(), key, t.getTaskDefinitionKey(), cycleId, subject,
                    t.getAssignee(), t.getDueDate() == null ? null : t.getDueDate().toInstant(),
                    t.getCreateTime() == null ? null : t.getCreateTime().toInstant()));
        }
        return result;
    }

    @Override
    public boolean mayAct(String taskId, String username, Collection<String> groups) {
        // suspended ones too (a paused cycle): its owner is told the cycle is paused, anyone else that it is not theirs
        return tasks.createTaskQuery().taskId(taskId).processDefinitionKeyIn(TASK_KEYS)
                .taskCandidateUser(username).includeAssignedTasks().count() > 0
                || tasks.createTaskQuery().taskId(taskId).taskAssignee(username).count() > 0;
    }

    @Override
    public void completeCharterConfirmation(String taskId, boolean revised) {
        complete(taskId, AlignmentCycleProcess.TASK_CONFIRM_CHARTER, revised ? AlignmentCycleProcess.charterToBeRevised()
                : AlignmentCycleProcess.charterConfirmed());
    }

    @Override
    public void completeRevise(String taskId, boolean newCharter) {
        complete(taskId, AlignmentCycleProcess.TASK_REVISE, newCharter ? AlignmentCycleProcess.newCharterDrafted()
                : AlignmentCycleProcess.strategyKept());
    }

    @Override
    public void completeUnitGoals(String taskId) {
        complete(taskId, UnitCascadeProcess.TASK_SET_UNIT_GOALS, ProcessVariables.create());
    }

    private void complete(String taskId, String taskKey, ProcessVariables variables) {
        Task task = tasks.createTaskQuery().taskId(taskId).taskDefinitionKey(taskKey).singleResult();
        if (task == null) {
            throw new IllegalStateException("Task " + taskId + " is no open " + taskKey);
        }
        tasks.complete(taskId, variables.asMap());
    }

    @Override
    public boolean completePersonalGoals(long cycleId, long personId) {
        List<Task> open = tasks.createTaskQuery().processDefinitionKey(UnitCascadeProcess.PERSON_KEY)
                .processInstanceBusinessKey(UnitCascadeProcess.personBusinessKey(cycleId, personId))
                .taskDefinitionKey(UnitCascadeProcess.TASK_DRAFT_PERSONAL_GOALS).active().list();
        open.forEach(t -> tasks.complete(t.getId()));
        return !open.isEmpty();
    }

    @Override
    public boolean personalGoalsSuspended(long cycleId, long personId) {
        return tasks.createTaskQuery().processDefinitionKey(UnitCascadeProcess.PERSON_KEY)
                .processInstanceBusinessKey(UnitCascadeProcess.personBusinessKey(cycleId, personId))
                .taskDefinitionKey(UnitCascadeProcess.TASK_DRAFT_PERSONAL_GOALS).suspended().count() > 0;
    }

    @Override
    public boolean charterPublished(long cycleId) {
        return correlate(AlignmentCycleProcess.MESSAGE_CHARTER_PUBLISHED, cycleId);
    }

    @Override
    public boolean reviewsDone(long cycleId) {
        return correlate(AlignmentCycleProcess.MESSAGE_REVIEWS_DONE, cycleId);
    }

    @Override
    public boolean cascadeDone(long cycleId) {
        return correlate(AlignmentCycleProcess.MESSAGE_CASCADE_DONE, cycleId);
    }

    @Override
    public boolean closingDone(long cycleId) {
        return correlate(AlignmentCycleProcess.MESSAGE_CLOSING_DONE, cycleId);
    }

    private boolean correlate(String message, long cycleId) {
        return !runtime.createMessageCorrelation(message)
                .processInstanceBusinessKey(AlignmentCycleProcess.businessKey(cycleId)).correlateAllWithResult()
                .isEmpty();
    }

    @Override
    public Map<String, StepCounts> stepCounts(long cycleId) {
        // the cycle page's counts (counters, ADR 0033; grouped statements for older cycles, ADR 0028), so that
        // what is measured is what the page runs
        Map<String, StepCounts> result = new LinkedHashMap<>();
        for (CycleStepsEngine.Model model : CycleStepsEngine.Model.values()) {
            steps.getObject().counts(model, cycleId, null).forEach((id, c) -> result.merge(id,
                    new StepCounts(c.active(), c.failed(), c.completed()),
                    (x, y) -> new StepCounts(x.active() + y.active(), x.failed() + y.failed(),
                            x.finished() + y.finished())));
        }
        return result;
    }
}
