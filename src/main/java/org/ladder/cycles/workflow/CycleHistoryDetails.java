package org.ladder.cycles.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * The engine's history, written as at history level FULL except for one kind of row (ADR 0040): the detail row
 * ({@code ACT_HI_DETAIL}) for a variable <em>created</em> in an instance of the cascade's models
 * ({@code unit-cascade}, {@code cycle-personal-goals}, {@code cycle-launch}). A cycle of 50,000 people starts
 * 55,000 such instances with their start variables; each variable's first value is already in the engine's
 * variable history ({@code ACT_HI_VARINST}, kept), so its detail row repeats it. Changes of those variables, and
 * every variable of every other model, keep their detail rows.
 * <p>
 * Installed as a process engine plugin: the engine's default database handler is replaced by this one, which is
 * the same handler with that one rule.
 */
@Component
class CycleHistoryDetails extends AbstractProcessEnginePlugin {

    /** The models whose start variables keep no detail row. */
    static final Set<String> WITHOUT_START_DETAILS = Set.of(UnitCascadeProcess.KEY, UnitCascadeProcess.PERSON_KEY,
            UnitCascadeProcess.LAUNCH_KEY);

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getHistoryEventHandler() != null) {
            throw new IllegalStateException("Another history event handler is installed ("
                    + configuration.getHistoryEventHandler().getClass().getName() + "); ADR 0040 needs the engine's "
                    + "database handler");
        }
        List<HistoryEventHandler> handlers = new ArrayList<>();
        if (configuration.getCustomHistoryEventHandlers() != null) {
            handlers.addAll(configuration.getCustomHistoryEventHandlers());
        }
        handlers.add(0, new Handler());
        configuration.setCustomHistoryEventHandlers(handlers);
        configuration.setEnableDefaultDbHistoryEventHandler(false);
    }

    /** The engine's database handler, without the detail row of a cascade instance's new variable. */
    static final class Handler extends DbHistoryEventHandler {

        @Override
        protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
            if (event.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_CREATE)
                    && WITHOUT_START_DETAILS.contains(event.getProcessDefinitionKey())) {
                return false;
            }
            return super.shouldWriteHistoricDetail(event);
        }
    }
}
