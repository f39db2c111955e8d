package org.ladder.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.ladder.tasks.TaskAssigned;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Records the {@link TaskAssigned} events the application publishes (test-only; part of the shared context). */
@Component
public class RecordedTaskEvents {

    private final List<TaskAssigned> assigned = new CopyOnWriteArrayList<>();

    @EventListener
    void on(TaskAssigned event) {
        assigned.add(event);
    }

    /** The events recorded so far for one task, in order. */
    public List<TaskAssigned> forTask(String taskId) {
        return assigned.stream().filter(e -> e.taskId().equals(taskId)).toList();
    }
}
