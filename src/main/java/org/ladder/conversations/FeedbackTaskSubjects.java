package org.ladder.conversations;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.ladder.conversations.domain.FeedbackRequest;
import org.ladder.conversations.domain.FeedbackRequestRepository;
import org.ladder.conversations.workflow.FeedbackRequestProcess;
import org.ladder.people.PeopleService;
import org.ladder.people.PersonSummary;
import org.ladder.tasks.TaskInfo;
import org.ladder.tasks.TaskSubjectProvider;
import org.ladder.tasks.TaskSubjects;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Names what a feedback request's task is about — "Asked by Emma Lindqvist", in the inbox with the goal's title when
 * the viewer may see it — while the engine only knows "Feedback request 42". Notifications get the requester's name
 * only (no goal title, whoever reads them).
 */
@Component
@Transactional(readOnly = true)
class FeedbackTaskSubjects implements TaskSubjects, TaskSubjectProvider {

    private final FeedbackRequestRepository requests;
    private final FeedbackRows rows;
    private final PeopleService people;

    FeedbackTaskSubjects(FeedbackRequestRepository requests, FeedbackRows rows, PeopleService people) {
        this.requests = requests;
        this.rows = rows;
        this.people = people;
    }

    @Override
    public Set<String> processKeys() {
        return Set.of(FeedbackRequestProcess.KEY);
    }

    @Override
    public Map<String, String> subjects(String processKey, Collection<String> businessKeys) {
        Map<Long, String> keyById = new HashMap<>();
        businessKeys.forEach(k -> keyById.put(FeedbackRequestProcess.requestId(k), k));
        Map<String, String> subjects = new HashMap<>();
        rows.requests(requests.findAllById(keyById.keySet()), Map.of()).forEach(r -> subjects.put(
                keyById.get(r.id()), "Asked by " + r.requesterName() + (r.goalTitle() == null ? ""
                        : FeedbackRows.PRIVATE_GOAL.equals(r.goalTitle()) ? ", about a private goal"
                                : ", about “" + r.goalTitle() + "”")));
        return subjects;
    }

    @Override
    public boolean supports(TaskInfo task) {
        return FeedbackRequestProcess.KEY.equals(task.processDefinitionKey()) && task.businessKey() != null;
    }

    @Override
    public Map<Long, String> subjects(TaskInfo task, Collection<Long> viewerPersonIds) {
        Map<Long, String> subjects = new LinkedHashMap<>();
        requests.findById(FeedbackRequestProcess.requestId(task.businessKey())).map(FeedbackRequest::getRequesterId)
                .flatMap(people::usernameOf).flatMap(people::findByUsername).map(PersonSummary::displayName)
                .ifPresent(name -> viewerPersonIds.forEach(id -> subjects.put(id, "asked by " + name)));
        return subjects;
    }
}
