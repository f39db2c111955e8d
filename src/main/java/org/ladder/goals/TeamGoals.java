package org.ladder.goals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.ladder.base.security.LadderUser;
import org.ladder.goals.domain.GoalStore;
import org.ladder.people.OrgUnitNode;
import org.ladder.people.PeopleService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Team goals": every goal of the people who report to the caller (at any depth) and, for heads of units, the unit
 * goals of the units they lead and those below, in one paged list — awaiting approval first, then the goals
 * updated longest ago. Private goals show only where the caller may see them (as everywhere).
 */
@Service
@Transactional(readOnly = true)
public class TeamGoals {

    /** Longest title fragment the search accepts. */
    public static final int SEARCH_MAX_LENGTH = 100;

    private final GoalStore store;
    private final GoalAccess access;
    private final GoalRows rows;
    private final PeopleService people;
    private final Clock clock;

    TeamGoals(GoalStore store, GoalAccess access, GoalRows rows, PeopleService people, Clock clock) {
        this.store = store;
        this.access = access;
        this.rows = rows;
        this.people = people;
        this.clock = clock;
    }

    /** What the list is narrowed by; every part optional. */
    public record Filter(String text, GoalStatus status, Long personId, boolean awaitingApproval) {

        public static final Filter NONE = new Filter(null, null, null, false);

        public Filter {
            if (text != null && text.length() > SEARCH_MAX_LENGTH) {
                text = text.substring(0, SEARCH_MAX_LENGTH);
            }
        }
    }

    /** One goal of the team as the list shows it. */
    public record Row(GoalNode goal, Instant updatedAt) {

        public boolean awaitingApproval() {
            return goal.approval() == ApprovalState.PENDING;
        }
    }

    /** Whether the caller has a team to show: people reporting to them, or units they lead. */
    public boolean hasTeam() {
        LadderUser me = access.user();
        return !people.subordinateIds(me.personId()).isEmpty() || !people.unitsHeadedBy(me.personId()).isEmpty();
    }

    public List<Row> page(Filter filter, long offset, int limit) {
        GoalStore.Team team = team();
        List<GoalStore.TeamRow> found = store.teamRows(team, access.viewer(), filter.text(), filter.status(),
                filter.personId(), filter.awaitingApproval(), offset, limit);
        List<GoalStore.Row> goals = found.stream().map(GoalStore.TeamRow::goal).toList();
        List<GoalNode> nodes = rows.nodes(goals, LocalDate.now(clock));
        return IntStream.range(0, found.size()).mapToObj(i -> new Row(nodes.get(i), found.get(i).updatedAt()))
                .toList();
    }

    public long count(Filter filter) {
        return store.countTeam(team(), access.viewer(), filter.text(), filter.status(), filter.personId(),
                filter.awaitingApproval());
    }

    private GoalStore.Team team() {
        long me = access.user().personId();
        Set<Long> reports = new HashSet<>(people.subordinateIds(me));
        List<Long> headed = people.unitsHeadedBy(me);
        Set<Long> units = new HashSet<>();
        if (!headed.isEmpty()) {
            people.unitsAtOrBelow(headed, 5000).stream().map(OrgUnitNode::id).forEach(units::add);
        }
        long everyone = people.countEveryone();
        if (reports.size() * 2L > everyone) {
            Set<Long> others = new HashSet<>(people.everyoneIds());
            others.removeAll(reports);
            return new GoalStore.Team(others, true, units);
        }
        return new GoalStore.Team(reports, false, units);
    }
}
