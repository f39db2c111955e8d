package org.ladder.support;

import org.ladder.cycles.CycleLaunched;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Test-only: lets {@link RaceGate} hold a cycle launch inside its transaction, after its cycle row is written and
 * before it commits (the launch publishes {@link CycleLaunched} there), so a second launch can run into it.
 */
@Component
public class CycleLaunchGate {

    private final RaceGate gate;

    CycleLaunchGate(RaceGate gate) {
        this.gate = gate;
    }

    @EventListener
    void launched(CycleLaunched event) throws InterruptedException {
        gate.pass(event);
    }
}
