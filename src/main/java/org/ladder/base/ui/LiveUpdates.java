package org.ladder.base.ui;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.Registration;

/**
 * Tells open browser windows that something of their person changed (a new task, a notification, a charter to
 * acknowledge), through server push. Signals are sent after the surrounding transaction commits, so a window
 * never reloads data that is not there yet, and once per person per transaction however often it was named.
 * In-memory, per node.
 * <p>
 * Other people's windows are updated on a worker thread: {@code UI.access} on a session nobody holds runs the
 * update (the other window's rebuild and its push) in the calling thread, so a manager returning a goal would
 * otherwise wait for the owner's open windows to re-render (most of the second "Return for changes" took). The
 * caller's own windows are updated as before, at the end of its request.
 */
@Component
public class LiveUpdates implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);
    /** Signals waiting for the worker; beyond that a signal is dropped (a window catches up on its next refresh). */
    static final int QUEUE_CAPACITY = 10_000;

    private record Listener(UI ui, Runnable onChange) {
    }

    private final Map<Long, List<Listener>> listeners = new ConcurrentHashMap<>();
    private final ExecutorService worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(QUEUE_CAPACITY), r -> {
                Thread t = new Thread(r, "ladder-live-updates");
                t.setDaemon(true);
                return t;
            }, (r, pool) -> log.warn("Live update dropped: {} signals already waiting", QUEUE_CAPACITY));

    /** Runs {@code onChange} in {@code ui} (holding its lock) whenever {@link #changed} names this person. */
    public Registration register(long personId, UI ui, Runnable onChange) {
        Listener listener = new Listener(ui, onChange);
        listeners.computeIfAbsent(personId, id -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.computeIfPresent(personId, (id, list) -> {
            list.remove(listener);
            return list.isEmpty() ? null : list;
        });
    }

    /** Signals these people's windows, after commit when a transaction is active (once per person). */
    public void changed(Collection<Long> personIds) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            signal(new LinkedHashSet<>(personIds));
            return;
        }
        @SuppressWarnings("unchecked")
        Set<Long> pending = (Set<Long>) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            Set<Long> ids = new LinkedHashSet<>();
            TransactionSynchronizationManager.bindResource(this, ids);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    signal(ids);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(LiveUpdates.this);
                }
            });
            pending = ids;
        }
        pending.addAll(personIds);
    }

    /** Signals every open window (e.g. a new charter version concerns everyone). */
    public void changedForEveryone() {
        changed(List.copyOf(listeners.keySet()));
    }

    private void signal(Set<Long> ids) {
        VaadinSession current = VaadinSession.getCurrent();
        for (Long id : ids) {
            for (Listener l : listeners.getOrDefault(id, List.of())) {
                if (!l.ui().isAttached()) {
                    continue;
                }
                if (current != null && l.ui().getSession() == current) {
                    l.ui().access(l.onChange()::run); // this request's own session: runs when the request ends
                } else {
                    worker.execute(() -> {
                        if (l.ui().isAttached()) {
                            l.ui().access(l.onChange()::run);
                        }
                    });
                }
            }
        }
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
