package org.ladder.cycles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.ladder.base.ValidationException;
import org.ladder.cycles.domain.CycleRepository;
import org.ladder.cycles.domain.CycleUnitRepository;
import org.ladder.cycles.workflow.AlignmentCycleProcess;
import org.ladder.support.CycleFixtures;
import org.ladder.support.LadderIntegrationTest;
import org.ladder.support.RaceGate;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two HR users (or a double click) launch the same cycle at once: the first is held inside its transaction with its
 * cycle row written (support.RaceGate, via {@code CycleLaunchGate}); the second runs into it; exactly one cycle, one
 * process instance and one set of unit rows exist, and the other launch gets a clear message keyed by field.
 */
@LadderIntegrationTest
class CycleDoubleLaunchTest {

    @Autowired
    CycleFixtures fixtures;
    @Autowired
    CycleRepository cycles;
    @Autowired
    CycleUnitRepository units;
    @Autowired
    RaceGate gate;
    @Autowired
    org.camunda.bpm.engine.RuntimeService runtime;

    @Test
    void twoLaunchesAtOnceGiveExactlyOneCycle() throws Exception {
        CycleFixtures.Org org = fixtures.organisation();
        LaunchRequest request = fixtures.request(org);
        List<Throwable> refused = new CopyOnWriteArrayList<>();
        gate.arm();
        CompletableFuture<LaunchedCycle> first = CompletableFuture.supplyAsync(() -> fixtures.launch(request));
        assertThat(gate.awaitArrival()).as("the first launch is held before its commit").isTrue();
        Thread[] secondThread = new Thread[1];
        CompletableFuture<LaunchedCycle> second = CompletableFuture.supplyAsync(() -> {
            secondThread[0] = Thread.currentThread();
            try {
                return fixtures.launch(request.withName("Double click"));
            } catch (RuntimeException e) {
                refused.add(e);
                return null;
            }
        });
        // let the second launch run into the first one's uncommitted row (it waits on the unique key), then go on
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < until && !second.isDone()
                && (secondThread[0] == null || secondThread[0].getState() == Thread.State.RUNNABLE)) {
            Thread.onSpinWait();
        }
        gate.release();
        LaunchedCycle launched = first.get(60, TimeUnit.SECONDS);
        assertThat(second.get(60, TimeUnit.SECONDS)).isNull();

        assertThat(refused).hasSize(1);
        assertThat(refused.get(0)).isInstanceOf(ValidationException.class);
        assertThat(((ValidationException) refused.get(0)).fieldErrors().get("periodStart")).contains("exists already")
                .contains(request.name());
        assertThat(cycles.findByScopeAndPeriod(request.scope().key(), request.periodStart(), request.periodEnd()))
                .map(c -> c.getId()).contains(launched.cycleId());
        assertThat(units.countByCycleId(launched.cycleId())).isEqualTo(3);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(AlignmentCycleProcess.KEY)
                .variableValueEquals(AlignmentCycleProcess.CYCLE_ID.name(), launched.cycleId()).count()).isEqualTo(1);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(AlignmentCycleProcess.KEY)
                .processInstanceBusinessKey(AlignmentCycleProcess.businessKey(launched.cycleId())).count())
                .isEqualTo(1);
    }
}
