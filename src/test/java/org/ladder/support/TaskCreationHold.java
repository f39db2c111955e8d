package org.ladder.support;

import java.util.concurrent.atomic.AtomicReference;

import org.ladder.tasks.TaskAssigned;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Test-only: holds the next transaction that creates a user task, inside that transaction, right after the task
 * was created (the engine's task listener publishes {@link TaskAssigned} there): a launch chunk can so be caught
 * after it started an instance and before it commits, while another thread acts.
 */
@Component
public class TaskCreationHold {

    private final AtomicReference<Runnable> next = new AtomicReference<>();

    /** The next task creation runs this (once), in its thread and transaction. */
    public void holdNext(Runnable hold) {
        next.set(hold);
    }

    public void release() {
        next.set(null);
    }

    @EventListener
    void created(TaskAssigned event) {
        Runnable hold = next.getAndSet(null);
        if (hold != null) {
            hold.run();
        }
    }
}
