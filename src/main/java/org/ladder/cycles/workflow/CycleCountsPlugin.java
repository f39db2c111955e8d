package org.ladder.cycles.workflow;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Installs {@link CycleCountingHistoryEventProducer} as the engine's history event producer, so the cycle's
 * counters are kept in the same transaction as its history (ADR 0033). Picked up by the engine's Spring Boot starter
 * as a process engine plugin bean.
 */
@Component
class CycleCountsPlugin extends AbstractProcessEnginePlugin {

    private final CycleStepCounters counters;

    CycleCountsPlugin(CycleStepCounters counters) {
        this.counters = counters;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getHistoryEventProducer() != null) {
            throw new IllegalStateException("Another history event producer is installed ("
                    + configuration.getHistoryEventProducer().getClass().getName() + "): the cycle's counters need "
                    + "theirs (ADR 0033)");
        }
        configuration.setHistoryEventProducer(new CycleCountingHistoryEventProducer(counters));
    }
}
