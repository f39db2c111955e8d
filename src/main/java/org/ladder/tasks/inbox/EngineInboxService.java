package org.ladder.tasks.inbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.ladder.base.paging.OffsetPage;
import org.ladder.base.security.CurrentUser;
import org.ladder.base.security.LadderUser;
import org.ladder.base.security.Role;
import org.ladder.people.PeopleService;
import org.ladder.people.PersonSummary;
import org.ladder.tasks.ClosedTask;
import org.ladder.tasks.InboxService;
import org.ladder.tasks.TaskAlreadyCompletedException;
import org.ladder.tasks.TaskInfo;
import org.ladder.tasks.TaskSubjects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inbox over the engine's user tasks. Engine users are usernames and engine groups are role names (see the
 * people module's identity bridge), so "offered to me" is the engine's own candidate-user query. Lists are sorted
 * by due date (tasks without one last), then by creation.
 */
@Service
@Transactional(readOnly = true)
class EngineInboxService implements InboxService {

    /** Tasks and instances per query when naming many tasks' subjects at once. */
    private static final int SUBJECT_CHUNK = 500;

    private static final Logger log = LoggerFactory.getLogger(EngineInboxService.class);

    static final String ALREADY_COMPLETED = "This task was already completed or withdrawn, perhaps in another tab "
            + "or by a colleague. Nothing was saved.";
    static final String NO_LONGER_OPEN = "This task is no longer open (it may have been completed by someone else).";

    /** Due dates are after this instant; it splits "has a due date" from "has none" portably. */
    private static final Date DUE_FLOOR = Date.from(Instant.parse("1900-01-01T00:00:00Z"));

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final HistoryService history;
    private final PeopleService people;
    private final CurrentUser currentUser;
    private final ObjectProvider<TaskSubjects> subjects;
    private final NamedParameterJdbcTemplate jdbc;

    EngineInboxService(TaskService tasks, RuntimeService runtime, RepositoryService repository,
            HistoryService history, PeopleService people, CurrentUser currentUser,
            ObjectProvider<TaskSubjects> subjects, NamedParameterJdbcTemplate jdbc) {
        this.subjects = subjects;
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.runtime = runtime;
        this.repository = repository;
        this.history = history;
        this.people = people;
        this.currentUser = currentUser;
    }

    // ---------------------------------------------------------------- lists

    @Override
    public List<TaskInfo> myTasks(long offset, int limit) {
        String me = currentUser.require().getUsername();
        return page(() -> mine(me), offset, limit);
    }

    @Override
    public long countMyTasks() {
        return mine(currentUser.require().getUsername()).count();
    }

    @Override
    public List<TaskInfo> groupTasks(long offset, int limit) {
        String me = currentUser.require().getUsername();
        return page(() -> offeredTo(me), offset, limit);
    }

    @Override
    public long countGroupTasks() {
        return offeredTo(currentUser.require().getUsername()).count();
    }

    @Override
    public List<TaskInfo> teamTasks(long offset, int limit) {
        List<String> team = team(currentUser.require());
        return team.isEmpty() ? List.of() : page(() -> assignedTo(team), offset, limit);
    }

    @Override
    public long countTeamTasks() {
        List<String> team = team(currentUser.require());
        return team.isEmpty() ? 0 : assignedTo(team).count();
    }

    @Override
    public long openCount() {
        return openCount(currentUser.require().getUsername());
    }

    /** Mine plus my groups' unassigned ones, for a given person (the navigation badge asks for its own person). */
    public long openCount(String username) {
        return mine(username).count() + offeredTo(username).count();
    }

    private TaskQuery mine(String username) {
        return tasks.createTaskQuery().taskAssignee(username).active();
    }

    /** Unassigned tasks whose candidates include the person directly or through one of their roles. */
    private TaskQuery offeredTo(String username) {
        return tasks.createTaskQuery().taskCandidateUser(username).active();
    }

    private TaskQuery assignedTo(List<String> usernames) {
        return tasks.createTaskQuery().taskAssigneeIn(usernames.toArray(String[]::new)).active();
    }

    private List<String> team(LadderUser caller) {
        return caller.hasRole(Role.MANAGER) ? people.directReportUsernames(caller.personId()) : List.of();
    }

    /**
     * One page in inbox order. The engine sorts NULL due dates first on some databases and last on others, so the
     * list is read in two parts: tasks with a due date (earliest first), then tasks without one.
     */
    private List<TaskInfo> page(Supplier<TaskQuery> query, long offset, int limit) {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset must be >= 0 and limit >= 1");
        }
        limit = Math.min(limit, OffsetPage.MAX_LIMIT);
        long withDue = query.get().dueAfter(DUE_FLOOR).count();
        List<Task> found = new ArrayList<>(limit);
        if (offset < withDue) {
            found.addAll(query.get().dueAfter(DUE_FLOOR)
                    .orderByDueDate().asc().orderByTaskCreateTime().asc().orderByTaskId().asc()
                    .listPage((int) offset, limit));
        }
        int missing = limit - found.size();
        if (missing > 0) {
            long from = Math.max(0, offset - withDue);
            found.addAll(query.get().withoutDueDate()
                    .orderByTaskCreateTime().asc().orderByTaskId().asc()
                    .listPage((int) from, missing));
        }
        return toInfos(found);
    }

    // ---------------------------------------------------------------- one task

    @Override
    public Optional<TaskInfo> task(String taskId) {
        LadderUser caller = currentUser.require();
        return find(taskId).filter(t -> maySee(caller, t)).map(t -> toInfos(List.of(t)).get(0));
    }

    /**
     * An open task, whoever asks (for modules that check their own caller, or have none, e.g. event listeners),
     * without its subject as the caller would see it: those modules name it for their own recipients.
     */
    Optional<TaskInfo> anyTask(String taskId) {
        return find(taskId).map(t -> toInfos(List.of(t), false).get(0));
    }

    @Override
    public Optional<ClosedTask> closedTask(String taskId) {
        LadderUser caller = currentUser.require();
        if (taskId == null || taskId.isBlank() || find(taskId).isPresent()) {
            return Optional.empty();
        }
        HistoricTaskInstance done = history.createHistoricTaskInstanceQuery().taskId(taskId).finished()
                .singleResult();
        if (done == null || !wasConcerned(caller, done)) {
            return Optional.empty();
        }
        boolean completed = "completed".equals(done.getDeleteReason());
        String by = done.getAssignee();
        return Optional.of(new ClosedTask(taskId, done.getName(), completed,
                completed && caller.getUsername().equals(by),
                by == null ? null : people.findByUsername(by).map(PersonSummary::displayName).orElse(by),
                done.getEndTime() == null ? null : done.getEndTime().toInstant()));
    }

    /** Whether the caller was the task's assignee, one of its candidates, the assignee's manager, or an admin. */
    private boolean wasConcerned(LadderUser caller, HistoricTaskInstance task) {
        String me = caller.getUsername();
        if (me.equals(task.getAssignee()) || caller.hasRole(Role.ADMIN)) {
            return true;
        }
        for (HistoricIdentityLinkLog link : history.createHistoricIdentityLinkLogQuery().taskId(task.getId())
                .list()) {
            if (me.equals(link.getUserId())
                    || (link.getGroupId() != null && Role.parse(link.getGroupId()).map(caller::hasRole).orElse(false))) {
                return true;
            }
        }
        return task.getAssignee() != null && people.findByUsername(task.getAssignee())
                .map(PersonSummary::managerId)
                .filter(managerId -> managerId == caller.personId())
                .isPresent();
    }

    private Optional<Task> find(String taskId) {
        if (taskId == null || taskId.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(tasks.createTaskQuery().taskId(taskId).singleResult());
    }

    private boolean maySee(LadderUser caller, Task task) {
        String me = caller.getUsername();
        if (me.equals(task.getAssignee()) || caller.hasRole(Role.ADMIN)) {
            return true;
        }
        if (task.getAssignee() == null) {
            return isCandidate(me, task.getId());
        }
        return people.findByUsername(task.getAssignee())
                .map(PersonSummary::managerId)
                .filter(managerId -> managerId == caller.personId())
                .isPresent();
    }

    /** Whether the unassigned task is offered to the person, directly or through one of their roles. */
    private boolean isCandidate(String username, String taskId) {
        return tasks.createTaskQuery().taskId(taskId).taskCandidateUser(username).count() > 0;
    }

    private boolean wasOfferedTo(String username, String taskId) {
        return tasks.createTaskQuery().taskId(taskId).taskCandidateUser(username).includeAssignedTasks().count() > 0;
    }

    // ---------------------------------------------------------------- commands

    @Override
    @Transactional
    public void claim(String taskId) {
        String me = currentUser.require().getUsername();
        Task task = find(taskId).orElseThrow(() -> new TaskAlreadyCompletedException(NO_LONGER_OPEN));
        if (me.equals(task.getAssignee())) {
            return; // claimed already, e.g. a double click
        }
        if (!wasOfferedTo(me, taskId)) {
            throw new AccessDeniedException("This task is not offered to you.");
        }
        if (task.getAssignee() != null) {
            throw new IllegalStateException(alreadyClaimedBy(task.getAssignee()));
        }
        try {
            tasks.claim(taskId, me);
        } catch (TaskAlreadyClaimedException | OptimisticLockingException e) {
            // a colleague claimed it between our check and our update
            throw new IllegalStateException(find(taskId).map(Task::getAssignee)
                    .map(this::alreadyClaimedBy).orElse(NO_LONGER_OPEN), e);
        }
    }

    @Override
    @Transactional
    public void unclaim(String taskId) {
        String me = currentUser.require().getUsername();
        Task task = find(taskId).orElseThrow(() -> new TaskAlreadyCompletedException(NO_LONGER_OPEN));
        if (!me.equals(task.getAssignee())) {
            throw new AccessDeniedException("You can only hand back tasks you have claimed.");
        }
        if (candidates(taskId).isEmpty()) {
            throw new IllegalStateException("This task was given to you directly; nobody else could take it.");
        }
        try {
            tasks.setAssignee(taskId, null);
        } catch (OptimisticLockingException e) {
            TaskAlreadyCompletedException gone = new TaskAlreadyCompletedException(NO_LONGER_OPEN);
            gone.initCause(e);
            throw gone;
        }
    }

    /**
     * Completes the task in the caller's transaction (the engine runs on Spring's transaction manager), so the
     * caller's domain change and the completion commit or roll back together. When two completions race, the
     * second one finds the task gone or fails the engine's optimistic lock: both become
     * {@link TaskAlreadyCompletedException}, and the caller's transaction rolls back.
     */
    @Override
    @Transactional
    public void complete(String taskId, Map<String, Object> variables) {
        String me = currentUser.require().getUsername();
        Task task = find(taskId).orElseThrow(() -> new TaskAlreadyCompletedException(ALREADY_COMPLETED));
        boolean mine = me.equals(task.getAssignee());
        if (!mine && !(task.getAssignee() == null && isCandidate(me, taskId))) {
            throw new AccessDeniedException("You may not complete this task.");
        }
        try {
            tasks.complete(taskId, variables == null ? Map.of() : variables);
        } catch (OptimisticLockingException e) {
            throw alreadyCompleted(e);
        } catch (ProcessEngineException e) {
            if (find(taskId).isEmpty()) { // gone between our check and the engine's read
                throw alreadyCompleted(e);
            }
            throw e;
        }
    }

    private static TaskAlreadyCompletedException alreadyCompleted(Exception cause) {
        TaskAlreadyCompletedException e = new TaskAlreadyCompletedException(ALREADY_COMPLETED);
        e.initCause(cause);
        return e;
    }

    private String alreadyClaimedBy(String username) {
        String name = people.findByUsername(username).map(PersonSummary::displayName).orElse(username);
        return "This task was already claimed by " + name + ".";
    }

    // ---------------------------------------------------------------- mapping

    private List<IdentityLink> candidates(String taskId) {
        return tasks.getIdentityLinksForTask(taskId).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
                .toList();
    }

    private List<TaskInfo> toInfos(List<Task> page) {
        return toInfos(page, true);
    }

    /**
     * Maps a page of tasks; process keys, business keys, candidate groups and names are read once per page, not once
     * per task ({@code withSubjects}: also what each task is about, for the caller).
     */
    private List<TaskInfo> toInfos(List<Task> page, boolean withSubjects) {
        if (page.isEmpty()) {
            return List.of();
        }
        Map<String, String> keys = processKeys(ids(page, Task::getProcessDefinitionId));
        Map<String, String> businessKeys = businessKeys(ids(page, Task::getProcessInstanceId));
        Map<String, List<String>> groups = candidateGroups(ids(page, Task::getId));
        Map<String, Optional<String>> names = new HashMap<>();
        Map<String, String> subjectByInstance = withSubjects ? subjects(page, keys, businessKeys) : Map.of();
        return page.stream().map(t -> new TaskInfo(
                t.getId(), t.getName(), subjectByInstance.getOrDefault(t.getProcessInstanceId(), t.getDescription()),
                keys.get(t.getProcessDefinitionId()), t.getTaskDefinitionKey(), t.getProcessInstanceId(),
                businessKeys.get(t.getProcessInstanceId()),
                t.getAssignee(),
                t.getAssignee() == null ? null
                        : names.computeIfAbsent(t.getAssignee(),
                                u -> people.findByUsername(u).map(PersonSummary::displayName)).orElse(t.getAssignee()),
                groups.getOrDefault(t.getId(), List.of()),
                t.getCreateTime() == null ? null : t.getCreateTime().toInstant(),
                t.getDueDate() == null ? null : t.getDueDate().toInstant()))
                .toList();
    }

    /**
     * What each task is about, named by the feature that owns its process with the viewer's rights (the engine's
     * descriptions carry ids only), by process instance id.
     */
    private Map<String, String> subjects(List<Task> page, Map<String, String> processKeys,
            Map<String, String> businessKeys) {
        Map<String, String> byInstance = new HashMap<>();
        Optional<LadderUser> viewer = currentUser.get();
        if (viewer.isEmpty()) {
            return byInstance; // nobody to name it for (the engine's own jobs): the description's ids stay
        }
        for (TaskSubjects feature : subjects) {
            for (String processKey : feature.processKeys()) {
                Map<String, String> instanceByBusinessKey = new HashMap<>();
                for (Task t : page) {
                    String businessKey = businessKeys.get(t.getProcessInstanceId());
                    if (processKey.equals(processKeys.get(t.getProcessDefinitionId())) && businessKey != null) {
                        instanceByBusinessKey.put(businessKey, t.getProcessInstanceId());
                    }
                }
                if (!instanceByBusinessKey.isEmpty()) {
                    feature.subjects(processKey, instanceByBusinessKey.keySet(), viewer.get().personId())
                            .forEach((businessKey, subject) -> byInstance.put(instanceByBusinessKey.get(businessKey),
                                    subject));
                }
            }
        }
        return byInstance;
    }

    @Override
    public Map<Long, String> subjectsFor(String taskId, Collection<Long> personIds) {
        if (taskId == null || taskId.isBlank() || personIds.isEmpty()) {
            return Map.of();
        }
        return subjectsFor(Map.of(taskId, personIds)).getOrDefault(taskId, Map.of());
    }

    @Override
    public Map<String, Map<Long, String>> subjectsFor(Map<String, ? extends Collection<Long>> personIdsByTask) {
        List<String> taskIds = personIdsByTask.entrySet().stream()
                .filter(e -> e.getKey() != null && e.getValue() != null && !e.getValue().isEmpty())
                .map(Map.Entry::getKey).distinct().toList();
        if (taskIds.isEmpty()) {
            return Map.of();
        }
        List<Task> found = new ArrayList<>();
        for (int from = 0; from < taskIds.size(); from += SUBJECT_CHUNK) {
            found.addAll(tasks.createTaskQuery().taskIdIn(taskIds.subList(from, Math.min(taskIds.size(),
                    from + SUBJECT_CHUNK)).toArray(String[]::new)).list());
        }
        found.removeIf(t -> t.getProcessInstanceId() == null);
        Map<String, String> processKeys = processKeys(ids(found, Task::getProcessDefinitionId));
        Map<String, String> businessKeys = new HashMap<>();
        List<String> instanceIds = List.copyOf(ids(found, Task::getProcessInstanceId));
        for (int from = 0; from < instanceIds.size(); from += SUBJECT_CHUNK) {
            businessKeys.putAll(businessKeys(new LinkedHashSet<>(instanceIds.subList(from, Math.min(
                    instanceIds.size(), from + SUBJECT_CHUNK)))));
        }
        // per process key: each viewer's business keys, and which task each (viewer, business key) stands for
        Map<String, Map<Long, Set<String>>> keysByViewer = new LinkedHashMap<>();
        Map<String, String> businessKeyOfTask = new HashMap<>();
        Map<String, String> processKeyOfTask = new HashMap<>();
        for (Task task : found) {
            String processKey = processKeys.get(task.getProcessDefinitionId());
            String businessKey = businessKeys.get(task.getProcessInstanceId());
            if (processKey == null || businessKey == null) {
                continue;
            }
            businessKeyOfTask.put(task.getId(), businessKey);
            processKeyOfTask.put(task.getId(), processKey);
            Map<Long, Set<String>> viewers = keysByViewer.computeIfAbsent(processKey, k -> new LinkedHashMap<>());
            for (Long person : personIdsByTask.get(task.getId())) {
                if (person != null) {
                    viewers.computeIfAbsent(person, p -> new LinkedHashSet<>()).add(businessKey);
                }
            }
        }
        Map<String, Map<Long, Map<String, String>>> answers = new HashMap<>();
        keysByViewer.forEach((processKey, viewers) -> subjects.orderedStream()
                .filter(f -> f.processKeys().contains(processKey)).findFirst().ifPresent(f -> {
                    try {
                        answers.put(processKey, f.subjectsByViewer(processKey, viewers));
                    } catch (RuntimeException e) {
                        // a feature that fails names nothing (caught here, so the caller's transaction stays good)
                        log.warn("Tasks of {}: {} could not name their subjects: {}", processKey,
                                f.getClass().getSimpleName(), e.toString());
                    }
                }));
        Map<String, Map<Long, String>> named = new LinkedHashMap<>();
        for (String taskId : taskIds) {
            Map<Long, Map<String, String>> answer = answers.get(processKeyOfTask.get(taskId));
            String businessKey = businessKeyOfTask.get(taskId);
            if (answer == null || businessKey == null) {
                continue;
            }
            Map<Long, String> byPerson = new LinkedHashMap<>();
            for (Long person : personIdsByTask.get(taskId)) {
                String subject = person == null ? null
                        : answer.getOrDefault(person, Map.of()).get(businessKey);
                if (subject != null) {
                    byPerson.put(person, subject);
                }
            }
            if (!byPerson.isEmpty()) {
                named.put(taskId, byPerson);
            }
        }
        return named;
    }

    /**
     * The candidate groups of each task, in one query for the whole page. The engine's API reads them one task at a
     * time (four statements each: task, execution, definition, links), which made every inbox page an N+1; this
     * adapter is the engine's side of the port, so it reads the engine's identity-link table itself.
     */
    private Map<String, List<String>> candidateGroups(Set<String> taskIds) {
        if (taskIds.isEmpty()) {
            return Map.of();
        }
        Map<String, List<String>> byTask = new HashMap<>();
        jdbc.query("select distinct TASK_ID_, GROUP_ID_ from ACT_RU_IDENTITYLINK where TYPE_ = :type "
                + "and GROUP_ID_ is not null and TASK_ID_ in (:ids) order by TASK_ID_, GROUP_ID_",
                Map.of("type", IdentityLinkType.CANDIDATE, "ids", taskIds),
                (java.sql.ResultSet rs) -> {
                    byTask.computeIfAbsent(rs.getString(1), id -> new ArrayList<>()).add(rs.getString(2));
                });
        return byTask;
    }

    private static Set<String> ids(Collection<Task> page, java.util.function.Function<Task, String> id) {
        return page.stream().map(id).filter(Objects::nonNull).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private Map<String, String> processKeys(Set<String> definitionIds) {
        if (definitionIds.isEmpty()) {
            return Map.of();
        }
        return repository.createProcessDefinitionQuery().processDefinitionIdIn(definitionIds.toArray(String[]::new))
                .list().stream().collect(Collectors.toMap(ProcessDefinition::getId, ProcessDefinition::getKey));
    }

    private Map<String, String> businessKeys(Set<String> instanceIds) {
        if (instanceIds.isEmpty()) {
            return Map.of();
        }
        Map<String, String> keys = new HashMap<>();
        for (ProcessInstance pi : runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list()) {
            keys.put(pi.getId(), pi.getBusinessKey());
        }
        return keys;
    }
}
