package org.ladder.tasks.inbox;

import java.util.Collection;
import java.util.Map;

import org.ladder.tasks.TaskInfo;
import org.ladder.tasks.TaskSubjectProvider;
import org.ladder.tasks.RecipientTaskSubjects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link RecipientTaskSubjects} over the engine's open tasks and the feature modules' {@link TaskSubjectProvider}s. */
@Service
@Transactional(readOnly = true)
class EngineTaskSubjects implements RecipientTaskSubjects {

    private static final Logger log = LoggerFactory.getLogger(EngineTaskSubjects.class);

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
                .map(p -> subjects(p, task, viewerPersonIds)))
                .orElse(Map.of());
    }

    /** A provider that fails names nothing (caught here, so the caller's transaction is not marked for rollback). */
    private static Map<Long, String> subjects(TaskSubjectProvider provider, TaskInfo task, Collection<Long> viewers) {
        try {
            return provider.subjects(task, viewers);
        } catch (RuntimeException e) {
            log.warn("Task {}: {} could not name its subject: {}", task.id(), provider.getClass().getSimpleName(),
                    e.toString());
            return Map.of();
        }
    }
}
