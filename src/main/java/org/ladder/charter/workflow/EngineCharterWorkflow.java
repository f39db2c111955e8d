package org.ladder.charter.workflow;

import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.ladder.charter.CharterWorkflow;
import org.springframework.stereotype.Component;

/**
 * {@link CharterWorkflow} on the embedded engine. Runs in the caller's transaction, so a version's submission and
 * the start of its process commit together.
 */
@Component
class EngineCharterWorkflow implements CharterWorkflow {

    private final RuntimeService runtime;
    private final CharterTimings timings;

    EngineCharterWorkflow(RuntimeService runtime, CharterTimings timings) {
        this.runtime = runtime;
        this.timings = timings;
    }

    @Override
    public void startPublication(long versionId, String drafterUsername, List<String> approverUsernames) {
        runtime.startProcessInstanceByKey(CharterPublicationProcess.KEY,
                CharterPublicationProcess.businessKey(versionId),
                CharterPublicationProcess.start(versionId, drafterUsername, approverUsernames, timings).asMap());
    }

    @Override
    public boolean publicationOpen(long versionId) {
        return runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(CharterPublicationProcess.businessKey(versionId)).count() > 0;
    }
}
