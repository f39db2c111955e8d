package org.ladder.cycles;

import java.time.Instant;
import java.util.Map;

import org.ladder.base.ui.diagram.ProcessDiagram;
import org.ladder.base.workflow.StepCounts;

/**
 * One of the cycle's models as its page shows it: the model's own diagram and, per element id, the counts of this
 * cycle's instances (only the viewer's units and people when {@code scoped}), read at {@code countedAt}.
 */
public record CycleModelView(CycleStepsEngine.Model model, String title, ProcessDiagram diagram,
        Map<String, StepCounts> counts, boolean scoped, Instant countedAt) {

    public CycleModelView {
        counts = Map.copyOf(counts);
    }
}
