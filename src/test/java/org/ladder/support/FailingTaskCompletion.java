package org.ladder.support;

import java.util.concurrent.atomic.AtomicReference;

import org.ladder.tasks.TaskClosed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Makes the engine fail to complete one chosen task, once (test-only; part of the shared context): the tasks module
 * publishes {@link TaskClosed} from the engine's task listener, inside the completion, so throwing here fails the
 * completion as any failing listener, delegate or lost engine lock would.
 */
@Component
public class FailingTaskCompletion {

    private final AtomicReference<String> failing = new AtomicReference<>();

    /** The next completion of this task fails. */
    public void failNextCompletionOf(String taskId) {
        failing.set(taskId);
    }

    private static final String ANY = "*";

    /**
     * The next completion of any task fails (for a command that completes exactly one task, whichever the engine
     * picks: on MariaDB tasks created in the same second have no stable order).
     */
    public void failNextCompletion() {
        failing.set(ANY);
    }

    /** Whether the armed failure is still waiting (no completion of the task was attempted). */
    public boolean armed() {
        return failing.get() != null;
    }

    @EventListener
    void on(TaskClosed event) {
        if (event.completed() && (failing.compareAndSet(event.taskId(), null) || failing.compareAndSet(ANY, null))) {
            throw new IllegalStateException("Test: the engine could not complete task " + event.taskId());
        }
    }
}
