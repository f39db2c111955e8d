package org.ladder.base.ui;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;

/**
 * Tells open browser windows that something of their person changed (a new task, a notification, a charter to
 * acknowledge), through server push. Signals are sent after the surrounding transaction commits, so a window
 * never reloads data that is not there yet. In-memory, per node.
 */
@Component
public class LiveUpdates {

    private record Listener(UI ui, Runnable onChange) {
    }

    private final Map<Long, List<Listener>> listeners = new ConcurrentHashMap<>();

    /** Runs {@code onChange} in {@code ui} (holding its lock) whenever {@link #changed} names this person. */
    public Registration register(long personId, UI ui, Runnable onChange) {
        Listener listener = new Listener(ui, onChange);
        listeners.computeIfAbsent(personId, id -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.computeIfPresent(personId, (id, list) -> {
            list.remove(listener);
            return list.isEmpty() ? null : list;
        });
    }

    /** Signals these people's windows, after commit when a transaction is active. */
    public void changed(Collection<Long> personIds) {
        List<Long> ids = List.copyOf(personIds);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    signal(ids);
                }
            });
        } else {
            signal(ids);
        }
    }

    /** Signals every open window (e.g. a new charter version concerns everyone). */
    public void changedForEveryone() {
        changed(List.copyOf(listeners.keySet()));
    }

    private void signal(List<Long> ids) {
        for (Long id : ids) {
            for (Listener l : listeners.getOrDefault(id, List.of())) {
                if (l.ui().isAttached()) {
                    l.ui().access(l.onChange()::run);
                }
            }
        }
    }
}
