package org.ladder.support;

import java.util.Objects;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/**
 * Runs the engine's jobs by hand, as the job executor would (it is off in tests), signed out as the executor is:
 * asynchronous continuations and timers. The scenario helpers ({@link GoalFixtures}, {@link CharterFixtures}) use
 * it.
 */
@Component
public class ProcessJobs {

    private final ManagementService management;
    private final RuntimeService runtime;
    private final SignedIn signedIn;

    ProcessJobs(ManagementService management, RuntimeService runtime, SignedIn signedIn) {
        this.management = management;
        this.runtime = runtime;
        this.signedIn = signedIn;
    }

    /** Runs the instance's waiting asynchronous continuations (not timers). */
    public void runAsyncJobs(String processInstanceId) {
        signedIn.nobody();
        for (Job job : management.createJobQuery().processInstanceId(processInstanceId).messages().list()) {
            management.executeJob(job.getId());
        }
    }

    /**
     * Runs the waiting asynchronous continuations (not timers) of the instances with this business key, and those
     * they leave, a few rounds deep.
     */
    public void runJobs(String businessKey) {
        signedIn.nobody();
        for (int round = 0; round < 5; round++) {
            boolean ran = false;
            for (var pi : runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list()) {
                for (Job job : management.createJobQuery().processInstanceId(pi.getId()).messages().list()) {
                    management.executeJob(job.getId());
                    ran = true;
                }
            }
            if (!ran) {
                return;
            }
        }
    }

    /** Fires the instance's one timer, due or not. */
    public void fireTimer(String processInstanceId) {
        signedIn.nobody();
        Job timer = management.createJobQuery().processInstanceId(processInstanceId).timers().singleResult();
        management.executeJob(timer.getId());
    }

    /** Fires the instance's timer waiting in {@code activityId}, as if its time had come. */
    public void fireTimer(String processInstanceId, String activityId) {
        signedIn.nobody();
        Job timer = management.createJobQuery().processInstanceId(processInstanceId).timers().activityId(activityId)
                .singleResult();
        Objects.requireNonNull(timer, () -> "No timer waiting in " + activityId);
        management.executeJob(timer.getId());
    }

    public boolean hasTimer(String processInstanceId, String activityId) {
        return management.createJobQuery().processInstanceId(processInstanceId).timers().activityId(activityId)
                .count() > 0;
    }
}
