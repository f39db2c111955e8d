package org.ladder.goals;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToLongFunction;

import org.ladder.base.security.Role;
import org.ladder.goals.domain.Goal;
import org.ladder.goals.domain.GoalRepository;
import org.ladder.goals.workflow.GoalApprovalProcess;
import org.ladder.goals.workflow.OrphanGoalProcess;
import org.ladder.people.PeopleService;
import org.ladder.tasks.TaskSubjects;
import org.springframework.stereotype.Component;

/**
 * Names the goal behind each goal task ("“Title” — Owner") for the inbox, notifications and e-mail, with the
 * viewer's rights: a private goal's title only for its owner, the owner's manager chain and HR (as
 * {@link Visibility} says); others read "A private goal — Owner". The engine itself only knows the goal's id.
 */
@Component
class GoalTaskSubjects implements TaskSubjects {

    static final String PRIVATE_GOAL = "A private goal";

    private final GoalRepository goals;
    private final PeopleService people;

    GoalTaskSubjects(GoalRepository goals, PeopleService people) {
        this.goals = goals;
        this.people = people;
    }

    @Override
    public Set<String> processKeys() {
        return Set.of(GoalApprovalProcess.KEY, OrphanGoalProcess.KEY);
    }

    @Override
    public Map<String, String> subjects(String processKey, Collection<String> businessKeys, long viewerPersonId) {
        ToLongFunction<String> goalId = switch (processKey) {
            case GoalApprovalProcess.KEY -> GoalApprovalProcess::goalId;
            case OrphanGoalProcess.KEY -> OrphanGoalProcess::goalId;
            default -> throw new IllegalArgumentException("Not a goal process: " + processKey);
        };
        Map<Long, String> keyByGoal = new HashMap<>();
        businessKeys.forEach(k -> keyByGoal.put(goalId.applyAsLong(k), k));
        List<Goal> found = goals.findAllById(keyByGoal.keySet());
        Map<Long, String> personNames = new HashMap<>();
        // no caller check here: notifications ask for their recipients while nobody may be signed in
        found.stream().map(Goal::getOwnerPersonId).filter(Objects::nonNull).distinct()
                .forEach(id -> people.usernameOf(id).flatMap(people::findByUsername)
                        .ifPresent(p -> personNames.put(id, p.displayName())));
        Map<Long, String> unitNames = people.unitNames(found.stream().map(Goal::getOwnerUnitId)
                .filter(Objects::nonNull).distinct().toList());
        Map<String, String> subjects = new HashMap<>();
        Set<Long> hr = found.stream().anyMatch(g -> !readableByAnyone(g))
                ? Set.copyOf(people.activePersonIdsWithRole(Role.HR)) : Set.of();
        for (Goal goal : found) {
            String owner = switch (goal.getLevel()) {
                case COMPANY -> "Company";
                case UNIT -> unitNames.getOrDefault(goal.getOwnerUnitId(), "");
                case PERSONAL -> personNames.getOrDefault(goal.getOwnerPersonId(), "");
            };
            String what = mayRead(goal, viewerPersonId, hr) ? "“" + goal.getTitle() + "”" : PRIVATE_GOAL;
            subjects.put(keyByGoal.get(goal.getId()), what + " — " + owner);
        }
        return subjects;
    }

    private boolean mayRead(Goal goal, long viewer, Set<Long> hr) {
        return readableByAnyone(goal) || goal.getOwnerPersonId() == viewer || hr.contains(viewer)
                || people.managerChain(goal.getOwnerPersonId()).contains(viewer);
    }

    private static boolean readableByAnyone(Goal goal) {
        return goal.getVisibility() == Visibility.PUBLIC || goal.getOwnerPersonId() == null;
    }
}
