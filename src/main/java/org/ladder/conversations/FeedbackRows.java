package org.ladder.conversations;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.ladder.conversations.domain.Feedback;
import org.ladder.conversations.domain.FeedbackRequest;
import org.ladder.goals.GoalRef;
import org.ladder.goals.PersonGoals;
import org.ladder.people.PeopleService;
import org.ladder.people.PersonSummary;
import org.springframework.stereotype.Component;

/**
 * Turns feedback and requests into what the caller reads: the people's names (one query per page) and the goals'
 * titles as the caller may see them (through {@link PersonGoals}, once per goal owner on the page).
 */
@Component
class FeedbackRows {

    static final String PRIVATE_GOAL = "a private goal";

    private final PeopleService people;
    private final PersonGoals personGoals;

    FeedbackRows(PeopleService people, PersonGoals personGoals) {
        this.people = people;
        this.personGoals = personGoals;
    }

    List<FeedbackItem> items(List<Feedback> page) {
        Map<Long, String> names = names(page.stream().flatMap(f -> Stream.of(f.getGiverId(), f.getReceiverId())));
        Map<Long, Map<Long, String>> goals = new HashMap<>();
        return page.stream().map(f -> new FeedbackItem(f.getId(), f.getGiverId(), names.getOrDefault(f.getGiverId(),
                "Someone"), f.getReceiverId(), names.getOrDefault(f.getReceiverId(), "Someone"), f.getKind(),
                f.getVisibility(), f.getGoalId(), f.getGoalId() == null ? null
                        : visibleGoals(goals, f.getReceiverId()).get(f.getGoalId()),
                f.getCharterValue(), f.getBody(), f.getRequestId() != null, f.getGivenAt())).toList();
    }

    List<FeedbackRequestItem> requests(List<FeedbackRequest> page, Map<Long, String> taskIds) {
        Map<Long, String> names = names(page.stream().flatMap(r -> Stream.of(r.getRequesterId(),
                r.getColleagueId())));
        Map<Long, Map<Long, String>> goals = new HashMap<>();
        return page.stream().map(r -> new FeedbackRequestItem(r.getId(), r.getVersion(), r.getRequesterId(),
                names.getOrDefault(r.getRequesterId(), "Someone"), r.getColleagueId(),
                names.getOrDefault(r.getColleagueId(), "Someone"), r.getGoalId(), r.getGoalId() == null ? null
                        : visibleGoals(goals, r.getRequesterId()).getOrDefault(r.getGoalId(), PRIVATE_GOAL),
                r.getNote(), r.getStatus(), r.getRequestedAt(), r.getDueAt(), r.getClosedAt(), r.getDeclineReason(),
                taskIds.get(r.getId()))).toList();
    }

    /** The goals of {@code ownerId} the caller may see, by id. */
    Map<Long, String> goalsOf(long ownerId) {
        Map<Long, String> titles = new HashMap<>();
        personGoals.of(ownerId).forEach(g -> titles.put(g.id(), g.title()));
        return titles;
    }

    List<GoalRef> goalChoices(long ownerId) {
        return personGoals.of(ownerId);
    }

    private Map<Long, String> visibleGoals(Map<Long, Map<Long, String>> cache, long ownerId) {
        return cache.computeIfAbsent(ownerId, this::goalsOf);
    }

    Map<Long, String> names(Stream<Long> ids) {
        return names(ids.filter(Objects::nonNull).distinct().toList());
    }

    Map<Long, String> names(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        people.summaries(List.copyOf(ids)).forEach(p -> names.put(p.id(), p.displayName()));
        return names;
    }

    String name(long id) {
        return people.summaries(List.of(id)).stream().findFirst().map(PersonSummary::displayName).orElse("Someone");
    }
}
