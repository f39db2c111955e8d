package org.ladder.people.engine;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.stereotype.Component;

/**
 * Replaces the engine's own user tables with {@link LadderIdentityProvider}. Picked up by the engine's Spring Boot
 * starter as a process engine plugin bean.
 */
@Component
class LadderIdentityPlugin extends AbstractProcessEnginePlugin {

    private final EngineDirectory directory;

    LadderIdentityPlugin(EngineDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityProviderSessionFactory(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return ReadOnlyIdentityProvider.class;
            }

            @Override
            public Session openSession() {
                return new LadderIdentityProvider(directory);
            }
        });
    }
}
