package org.ladder.bench;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The probes' yardstick, the raw engine: a trivial process (start, one user task for a candidate group) deployed
 * once, and as many instances of it as a measured step started, {@value #PER_TRANSACTION} per transaction.
 */
final class RawEngine {

    static final String PROCESS_KEY = "benchTrivialUserTask";
    static final int PER_TRANSACTION = 100;

    private final RuntimeService runtime;
    private final TransactionTemplate tx;

    private RawEngine(RuntimeService runtime, TransactionTemplate tx) {
        this.runtime = runtime;
        this.tx = tx;
    }

    /** Deploys the trivial process whose user task is offered to {@code candidateGroup}. */
    static RawEngine deploy(ApplicationContext context, String candidateGroup) {
        BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS_KEY).camundaHistoryTimeToLive(1)
                .startEvent().userTask("acknowledge").camundaCandidateGroups(candidateGroup).endEvent().done();
        context.getBean(RepositoryService.class).createDeployment().name("bench-trivial")
                .addModelInstance("bench-trivial.bpmn", model).deploy();
        return new RawEngine(context.getBean(RuntimeService.class),
                new TransactionTemplate(context.getBean(PlatformTransactionManager.class)));
    }

    /** Starts n instances, {@value #PER_TRANSACTION} per transaction; returns the elapsed nanoseconds. */
    long start(int n) {
        long t0 = System.nanoTime();
        for (int done = 0; done < n; done += PER_TRANSACTION) {
            int batch = Math.min(PER_TRANSACTION, n - done);
            tx.executeWithoutResult(status -> {
                for (int i = 0; i < batch; i++) {
                    runtime.startProcessInstanceByKey(PROCESS_KEY);
                }
            });
        }
        return System.nanoTime() - t0;
    }
}
