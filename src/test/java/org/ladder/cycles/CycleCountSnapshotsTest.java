package org.ladder.cycles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ladder.base.ui.diagram.ProcessDiagram;
import org.ladder.base.workflow.StepCounts;
import org.ladder.cycles.CycleStepsEngine.Model;

/**
 * The page's counts are a snapshot: the first read counts at once, reads within {@link CycleCountSnapshots#MAX_AGE}
 * count nothing, a stale snapshot is shown while one background count replaces it, and every scope is its own.
 */
class CycleCountSnapshotsTest {

    /** A clock the test moves. */
    static final class MovingClock extends Clock {
        Instant now = Instant.parse("2026-12-01T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** Counts how often it was asked; the n-th count says n active on one step. */
    static final class CountingEngine implements CycleStepsEngine {
        final AtomicInteger asked = new AtomicInteger();
        volatile CountDownLatch counted = new CountDownLatch(1);
        /** The cycles kept as counters (ADR 0033). */
        final java.util.Set<Long> withCounters = java.util.concurrent.ConcurrentHashMap.newKeySet();

        @Override
        public boolean counted(long cycleId) {
            return withCounters.contains(cycleId);
        }

        @Override
        public Map<String, StepCounts> counts(Model model, long cycleId, Collection<String> businessKeys) {
            int n = asked.incrementAndGet();
            counted.countDown();
            return Map.of("Task_X", new StepCounts(n, 0, 0, 0));
        }

        @Override
        public Map<String, StepCounts> counts(Model model, org.ladder.cycles.CycleViewer viewer) {
            return counts(model, viewer.cycleId(), viewer.businessKeys());
        }

        @Override
        public ProcessDiagram diagram(Model model) {
            return new ProcessDiagram(List.of(), List.of());
        }

        @Override
        public Page at(Model model, long cycleId, String elementId, Collection<String> businessKeys, int offset,
                int limit) {
            return new Page(List.of(), 0);
        }

        @Override
        public List<Item> openTasks(long cycleId, String businessKey) {
            return List.of();
        }

        @Override
        public boolean belongs(String taskId, long cycleId, Collection<String> businessKeys) {
            return false;
        }

        @Override
        public String unitKey(long cycleId, long unitId) {
            return "cycle-" + cycleId + "/unit-" + unitId;
        }

        @Override
        public String personKey(long cycleId, long personId) {
            return "cycle-" + cycleId + "/person-" + personId;
        }

        @Override
        public String cycleKey(long cycleId) {
            return "cycle-" + cycleId;
        }
    }

    private final MovingClock clock = new MovingClock();
    private final CountingEngine engine = new CountingEngine();
    private final CycleCountSnapshots snapshots = new CycleCountSnapshots(engine, clock);

    @AfterEach
    void stop() {
        snapshots.destroy();
    }

    private long active(CycleCountSnapshots.Snapshot s) {
        return s.counts().get("Task_X").active();
    }

    @Test
    void aStaleSnapshotIsShownWhileOneBackgroundCountReplacesIt() throws Exception {
        assertThat(active(snapshots.counts(Model.CASCADE, 7, null))).isEqualTo(1);
        clock.now = clock.now.plus(Duration.ofSeconds(3));
        assertThat(active(snapshots.counts(Model.CASCADE, 7, null))).isEqualTo(1);
        assertThat(engine.asked).hasValue(1);

        engine.counted = new CountDownLatch(1);
        clock.now = clock.now.plus(CycleCountSnapshots.MAX_AGE);
        CycleCountSnapshots.Snapshot stale = snapshots.counts(Model.CASCADE, 7, null);
        assertThat(active(stale)).isEqualTo(1);
        assertThat(stale.countedAt()).isEqualTo(Instant.parse("2026-12-01T10:00:00Z"));
        assertThat(engine.counted.await(10, TimeUnit.SECONDS)).isTrue();
        // the worker stores the snapshot right after counting
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> active(snapshots.counts(Model.CASCADE, 7, null)) == 2);
        assertThat(active(snapshots.counts(Model.CASCADE, 7, null))).isEqualTo(2);
        assertThat(engine.asked).hasValue(2);
    }

    @Test
    void eachCycleModelAndScopeHasItsOwnSnapshot() {
        snapshots.counts(Model.CASCADE, 7, null);
        snapshots.counts(Model.CYCLE, 7, null);
        snapshots.counts(Model.CASCADE, 8, null);
        snapshots.counts(Model.CASCADE, 7, List.of("cycle-7/unit-1", "cycle-7/person-2"));
        snapshots.counts(Model.CASCADE, 7, List.of("cycle-7/person-2", "cycle-7/unit-1")); // same scope
        assertThat(engine.asked).hasValue(4);

        snapshots.forget(7);
        snapshots.counts(Model.CASCADE, 7, null);
        snapshots.counts(Model.CASCADE, 8, null);
        assertThat(engine.asked).hasValue(5);
    }

    @Test
    void aCycleKeptAsCountersIsCountedAfreshAtEachRead() {
        engine.withCounters.add(9L);
        assertThat(active(snapshots.counts(Model.CASCADE, 9, null))).isEqualTo(1);
        CycleCountSnapshots.Snapshot second = snapshots.counts(Model.CASCADE, 9, null);
        assertThat(active(second)).as("no snapshot, even a second later").isEqualTo(2);
        assertThat(second.countedAt()).isEqualTo(clock.now);
        assertThat(engine.asked).hasValue(2);
    }
}
