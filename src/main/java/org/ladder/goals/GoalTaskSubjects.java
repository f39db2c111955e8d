package org.ladder.goals;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToLongFunction;

import org.ladder.goals.domain.Goal;
import org.ladder.goals.domain.GoalRepository;
import org.ladder.goals.workflow.GoalApprovalProcess;
import org.ladder.goals.workflow.OrphanGoalProcess;
import org.ladder.people.PeopleService;
import org.ladder.people.PersonSummary;
import org.ladder.tasks.TaskSubjects;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Names the goal behind each goal task in the inbox ("“Title” — Owner"), with the viewer's rights: a private goal
 * the viewer may not see is "A private goal". The engine itself only knows the goal's id.
 */
@Component
@Transactional(readOnly = true)
class GoalTaskSubjects implements TaskSubjects {

    static final String PRIVATE_GOAL = "A private goal";

    private final GoalRepository goals;
    private final GoalAccess access;
    private final PeopleService people;

    GoalTaskSubjects(GoalRepository goals, GoalAccess access, PeopleService people) {
        this.goals = goals;
        this.access = access;
        this.people = people;
    }

    @Override
    public Set<String> processKeys() {
        return Set.of(GoalApprovalProcess.KEY, OrphanGoalProcess.KEY);
    }

    @Override
    public Map<String, String> subjects(String processKey, Collection<String> businessKeys) {
        ToLongFunction<String> goalId = switch (processKey) {
            case GoalApprovalProcess.KEY -> GoalApprovalProcess::goalId;
            case OrphanGoalProcess.KEY -> OrphanGoalProcess::goalId;
            default -> throw new IllegalArgumentException("Not a goal process: " + processKey);
        };
        Map<Long, String> keyByGoal = new HashMap<>();
        businessKeys.forEach(k -> keyByGoal.put(goalId.applyAsLong(k), k));
        List<Goal> found = goals.findAllById(keyByGoal.keySet());
        Map<Long, String> personNames = new HashMap<>();
        people.summaries(found.stream().map(Goal::getOwnerPersonId).filter(Objects::nonNull).distinct().toList())
                .forEach(p -> personNames.put(p.id(), p.displayName()));
        Map<Long, String> unitNames = people.unitNames(found.stream().map(Goal::getOwnerUnitId)
                .filter(Objects::nonNull).distinct().toList());
        Map<String, String> subjects = new HashMap<>();
        for (Goal goal : found) {
            String owner = switch (goal.getLevel()) {
                case COMPANY -> "Company";
                case UNIT -> unitNames.getOrDefault(goal.getOwnerUnitId(), "");
                case PERSONAL -> personNames.getOrDefault(goal.getOwnerPersonId(), "");
            };
            String what = mayRead(goal) ? "“" + goal.getTitle() + "”" : PRIVATE_GOAL;
            subjects.put(keyByGoal.get(goal.getId()), what + " — " + owner);
        }
        return subjects;
    }

    private boolean mayRead(Goal goal) {
        return goal.getVisibility() == Visibility.PUBLIC
                || access.currentUser().isPresent() && access.maySee(goal.getVisibility(), goal.getOwnerPersonId());
    }
}
