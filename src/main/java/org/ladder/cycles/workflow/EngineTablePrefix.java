package org.ladder.cycles.workflow;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;

/** The engine's table prefix (none by default), read once from its configuration when first needed. */
final class EngineTablePrefix {

    private final ObjectProvider<ProcessEngine> engine;
    private volatile String prefix;

    EngineTablePrefix(ObjectProvider<ProcessEngine> engine) {
        this.engine = engine;
    }

    String get() {
        String p = prefix;
        if (p == null) {
            p = engine.getObject().getProcessEngineConfiguration() instanceof ProcessEngineConfigurationImpl impl
                    && impl.getDatabaseTablePrefix() != null ? impl.getDatabaseTablePrefix() : "";
            prefix = p;
        }
        return p;
    }
}
