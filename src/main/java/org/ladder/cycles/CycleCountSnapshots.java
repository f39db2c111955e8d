package org.ladder.cycles;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.ladder.base.workflow.StepCounts;
import org.ladder.cycles.CycleStepsEngine.Model;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The diagram counts the cycle page shows. A cycle kept as counters (ADR 0033) is counted afresh at each read. A
 * cycle launched before them is read at most every {@link #MAX_AGE} per cycle, model and scope (ADR 0028):
 * the grouped statements cost about a second at 50,000 instances, far more than a page may take, so a page shows
 * the latest snapshot (with the time it was counted) and a stale one is counted again on a worker thread, once,
 * however many pages ask. The first read of a snapshot is counted at once. In memory, per node; snapshots nobody
 * asked for in {@link #FORGET_AFTER} are dropped.
 */
@Component
class CycleCountSnapshots implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(CycleCountSnapshots.class);
    /** How old a snapshot may be before a read has it counted again (in the background). */
    static final Duration MAX_AGE = Duration.ofSeconds(5);
    static final Duration FORGET_AFTER = Duration.ofMinutes(10);

    /** Counts per element id, and when they were read. */
    record Snapshot(Map<String, StepCounts> counts, Instant countedAt) {
    }

    private record Key(Model model, long cycleId, int scope, List<String> businessKeys) {
    }

    private record Entry(Snapshot snapshot, Instant lastAsked) {
    }

    private final CycleStepsEngine engine;
    private final Clock clock;
    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    private final Set<Key> refreshing = ConcurrentHashMap.newKeySet();
    private final ExecutorService worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(100), r -> {
                Thread t = new Thread(r, "ladder-cycle-counts");
                t.setDaemon(true);
                return t;
            }, new ThreadPoolExecutor.DiscardPolicy());

    CycleCountSnapshots(CycleStepsEngine engine, Clock clock) {
        this.engine = engine;
        this.clock = clock;
    }

    /** The counts of what {@code viewer} sees of the cycle's instances of the model. */
    Snapshot counts(Model model, CycleViewer viewer) {
        if (engine.counted(viewer.cycleId())) {
            // kept as counters (ADR 0033): a fresh count costs a few rows, so no snapshot
            Instant at = clock.instant();
            return new Snapshot(engine.counts(model, viewer), at);
        }
        boolean whole = model == Model.CYCLE || viewer.everything();
        return counts(model, viewer.cycleId(), whole ? null : viewer.businessKeys());
    }

    /** The counts of the cycle's instances of the model (of {@code businessKeys} when not null). */
    Snapshot counts(Model model, long cycleId, Collection<String> businessKeys) {
        if (engine.counted(cycleId)) {
            // kept as counters (ADR 0033): a fresh count costs a few rows, so no snapshot
            Instant at = clock.instant();
            return new Snapshot(engine.counts(model, cycleId, businessKeys), at);
        }
        List<String> keys = businessKeys == null ? null : businessKeys.stream().sorted().toList();
        Key key = new Key(model, cycleId, keys == null ? 0 : keys.hashCode(), keys);
        Instant now = clock.instant();
        Entry entry = entries.get(key);
        if (entry == null) {
            forgetOld(now);
            Snapshot fresh = count(key);
            entries.put(key, new Entry(fresh, now));
            return fresh;
        }
        entries.put(key, new Entry(entry.snapshot(), now));
        if (entry.snapshot().countedAt().plus(MAX_AGE).isBefore(now) && refreshing.add(key)) {
            worker.execute(() -> {
                try {
                    Snapshot fresh = count(key);
                    entries.computeIfPresent(key, (k, e) -> new Entry(fresh, e.lastAsked()));
                } catch (RuntimeException e) {
                    log.warn("Counting the steps of cycle {} ({}) failed: {}", key.cycleId(), key.model(), e.toString());
                } finally {
                    refreshing.remove(key);
                }
            });
        }
        return entry.snapshot();
    }

    /** Counts the cycle's snapshots again at their next read, at once (after something changed them). */
    void forget(long cycleId) {
        entries.keySet().removeIf(k -> k.cycleId() == cycleId);
    }

    private Snapshot count(Key key) {
        Instant at = clock.instant();
        return new Snapshot(engine.counts(key.model(), key.cycleId(), key.businessKeys()), at);
    }

    private void forgetOld(Instant now) {
        entries.entrySet().removeIf(e -> e.getValue().lastAsked().plus(FORGET_AFTER).isBefore(now));
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
