package org.ladder.goals;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ladder.base.security.Role;
import org.ladder.goals.domain.Goal;
import org.ladder.goals.domain.GoalRepository;
import org.ladder.goals.workflow.GoalApprovalProcess;
import org.ladder.goals.workflow.OrphanGoalProcess;
import org.ladder.people.PeopleService;
import org.ladder.people.PersonSummary;
import org.ladder.tasks.TaskInfo;
import org.ladder.tasks.TaskSubjectProvider;
import org.springframework.stereotype.Component;

/**
 * Names the goal a goal task is about — "“Title” — Owner" — for each viewer as they may see it: a private goal's
 * title only for its owner, the owner's manager chain and HR (as {@link Visibility} says); others read "a private
 * goal of Owner".
 */
@Component
class GoalTaskSubjectProvider implements TaskSubjectProvider {

    private final GoalRepository goals;
    private final PeopleService people;

    GoalTaskSubjectProvider(GoalRepository goals, PeopleService people) {
        this.goals = goals;
        this.people = people;
    }

    @Override
    public boolean supports(TaskInfo task) {
        return task.businessKey() != null && (GoalApprovalProcess.KEY.equals(task.processDefinitionKey())
                || OrphanGoalProcess.KEY.equals(task.processDefinitionKey()));
    }

    @Override
    public Map<Long, String> subjects(TaskInfo task, Collection<Long> viewerPersonIds) {
        long goalId = GoalApprovalProcess.KEY.equals(task.processDefinitionKey())
                ? GoalApprovalProcess.goalId(task.businessKey()) : OrphanGoalProcess.goalId(task.businessKey());
        Optional<Goal> found = goals.findById(goalId);
        if (found.isEmpty()) {
            return Map.of();
        }
        Goal goal = found.get();
        String owner = owner(goal);
        Map<Long, String> subjects = new LinkedHashMap<>();
        if (goal.getVisibility() == Visibility.PUBLIC || goal.getOwnerPersonId() == null) {
            viewerPersonIds.forEach(id -> subjects.put(id, "“" + goal.getTitle() + "” — " + owner));
            return subjects;
        }
        Set<Long> mayRead = new HashSet<>(people.managerChain(goal.getOwnerPersonId()));
        mayRead.add(goal.getOwnerPersonId());
        mayRead.addAll(people.activePersonIdsWithRole(Role.HR));
        viewerPersonIds.forEach(id -> subjects.put(id, mayRead.contains(id) ? "“" + goal.getTitle() + "” — " + owner
                : "a private goal of " + owner));
        return subjects;
    }

    private String owner(Goal goal) {
        return switch (goal.getLevel()) {
            case COMPANY -> "Company";
            case UNIT -> goal.getOwnerUnitId() == null ? "Unit"
                    : people.unitNames(List.of(goal.getOwnerUnitId())).getOrDefault(goal.getOwnerUnitId(), "Unit");
            case PERSONAL -> goal.getOwnerPersonId() == null ? "Someone"
                    : people.usernameOf(goal.getOwnerPersonId()).flatMap(people::findByUsername)
                            .map(PersonSummary::displayName).orElse("Someone");
        };
    }
}
