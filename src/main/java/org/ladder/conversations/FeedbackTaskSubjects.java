package org.ladder.conversations;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.ladder.conversations.domain.FeedbackRequest;
import org.ladder.conversations.domain.FeedbackRequestRepository;
import org.ladder.conversations.workflow.FeedbackRequestProcess;
import org.ladder.people.PeopleService;
import org.ladder.people.PersonSummary;
import org.ladder.tasks.TaskSubjects;
import org.springframework.stereotype.Component;

/**
 * Names what a feedback request's task is about — “asked by Emma Lindqvist” (“, about one of their goals”) — for
 * the inbox and for notifications, while the engine only knows “Feedback request 42”. The goal's title is never
 * named here (the viewer may not see it; the task's form shows it to those who may).
 */
@Component
class FeedbackTaskSubjects implements TaskSubjects {

    private final FeedbackRequestRepository requests;
    private final PeopleService people;

    FeedbackTaskSubjects(FeedbackRequestRepository requests, PeopleService people) {
        this.requests = requests;
        this.people = people;
    }

    @Override
    public Set<String> processKeys() {
        return Set.of(FeedbackRequestProcess.KEY);
    }

    @Override
    public Map<String, String> subjects(String processKey, Collection<String> businessKeys, long viewerPersonId) {
        Map<Long, String> keyById = new HashMap<>();
        businessKeys.forEach(k -> keyById.put(FeedbackRequestProcess.requestId(k), k));
        Map<String, String> subjects = new HashMap<>();
        for (FeedbackRequest r : requests.findAllById(keyById.keySet())) {
            String name = people.usernameOf(r.getRequesterId()).flatMap(people::findByUsername)
                    .map(PersonSummary::displayName).orElse("someone");
            subjects.put(keyById.get(r.getId()), "asked by " + name
                    + (r.getGoalId() == null ? "" : ", about one of their goals"));
        }
        return subjects;
    }
}
