package org.ladder.support;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Component;

/**
 * Holds one engine command at a chosen point, so a test can let another transaction overtake it without
 * sleeping. A test model calls {@code ${raceGate.pass(task)}} from a task listener; after {@link #arm()}, the first
 * caller waits there until {@link #release()}; everyone else passes (test-only).
 */
@Component("raceGate")
public class RaceGate {

    private record Round(CountDownLatch arrived, CountDownLatch released) {
    }

    private final AtomicReference<Round> armed = new AtomicReference<>();
    private volatile Round current;

    public void arm() {
        Round round = new Round(new CountDownLatch(1), new CountDownLatch(1));
        current = round;
        armed.set(round);
    }

    /** Called by the model; holds the first caller after {@link #arm()}. */
    public void pass(Object task) throws InterruptedException {
        Round round = armed.getAndSet(null);
        if (round != null) {
            round.arrived().countDown();
            if (!round.released().await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The race gate was never released");
            }
        }
    }

    /** Waits until the held caller is at the gate. */
    public boolean awaitArrival() throws InterruptedException {
        return current.arrived().await(60, TimeUnit.SECONDS);
    }

    public void release() {
        Round round = current;
        if (round != null) {
            round.released().countDown();
        }
    }
}
