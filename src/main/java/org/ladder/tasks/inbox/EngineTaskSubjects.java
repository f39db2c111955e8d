package org.ladder.tasks.inbox;

import java.util.Collection;
import java.util.Map;

import org.ladder.tasks.TaskSubjectProvider;
import org.ladder.tasks.TaskSubjects;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link TaskSubjects} over the engine's open tasks and the feature modules' {@link TaskSubjectProvider}s. */
@Service
@Transactional(readOnly = true)
class EngineTaskSubjects implements TaskSubjects {

    private final EngineInboxService inbox;
    private final ObjectProvider<TaskSubjectProvider> providers;

    EngineTaskSubjects(EngineInboxService inbox, ObjectProvider<TaskSubjectProvider> providers) {
        this.inbox = inbox;
        this.providers = providers;
    }

    @Override
    public Map<Long, String> subjects(String taskId, Collection<Long> viewerPersonIds) {
        if (viewerPersonIds.isEmpty()) {
            return Map.of();
        }
        return inbox.anyTask(taskId).flatMap(task -> providers.orderedStream()
                .filter(p -> p.supports(task))
                .findFirst()
                .map(p -> p.subjects(task, viewerPersonIds)))
                .orElse(Map.of());
    }
}
