package org.ladder.cycles.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ladder.base.workflow.StepCounts;
import org.ladder.cycles.CycleDecisions;
import org.ladder.cycles.CycleLaunches;
import org.ladder.cycles.CycleScope;
import org.ladder.cycles.CycleStepsEngine.Model;
import org.ladder.cycles.LaunchRequest;
import org.ladder.people.OrgImportService;
import org.ladder.people.domain.OrgUnitRepository;
import org.ladder.support.CsvFiles;
import org.ladder.support.CycleFixtures;
import org.ladder.support.LadderIntegrationTest;
import org.ladder.support.ProcessJobs;
import org.ladder.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Many transactions of one cycle at once (ADR 0033): eight threads fire the people's reminders, complete their tasks
 * and end the instances of those who leave, all on the same counter rows (the cycle's total, each unit's); no
 * increment is lost (the counters equal the grouped statements over the history) and no transaction fails (a
 * deadlock would). Meant for MariaDB (InnoDB row locks) and run on H2 as well.
 */
@LadderIntegrationTest
class CycleStepCountersParallelTest {

    private static final int UNITS = 4;
    private static final int PER_UNIT = 10;
    private static final int THREADS = 8;

    @Autowired
    CycleFixtures fixtures;
    @Autowired
    ProcessJobs jobs;
    @Autowired
    EngineCycleSteps engine;
    @Autowired
    CycleDecisions decisions;
    @Autowired
    OrgImportService imports;
    @Autowired
    OrgUnitRepository units;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;
    @Autowired
    SignedIn signedIn;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    /** A unit with {@link #UNITS} sub-units of {@link #PER_UNIT} people, nobody heading anything (gaps accepted). */
    private long organisation() {
        String r = CsvFiles.runId();
        StringBuilder csv = new StringBuilder(CsvFiles.HEADER);
        csv.append("unit,").append(r).append("-U0,Top ").append(r).append(",U-CO,,,,,,,,,\n");
        for (int u = 1; u <= UNITS; u++) {
            csv.append("unit,").append(r).append("-U").append(u).append(",Sub ").append(u).append(' ').append(r)
                    .append(',').append(r).append("-U0,,,,,,,,,\n");
            for (int p = 1; p <= PER_UNIT; p++) {
                String id = "P" + u + "x" + p;
                csv.append("person,").append(r).append('-').append(id).append(",,,,Par").append(u).append(p)
                        .append(",Test,").append(r.toLowerCase()).append('.').append(id.toLowerCase())
                        .append("@parallel.example,Analyst,").append(r).append("-U").append(u).append(",,,yes\n");
            }
        }
        fixtures.run("hr", () -> imports.apply(csv.toString().getBytes(StandardCharsets.UTF_8)));
        return units.findByExternalId(r + "-U0").orElseThrow().getId();
    }

    private void sameAsTheHistory(long cycleId) {
        for (Model model : Model.values()) {
            Map<String, StepCounts> grouped = new java.util.HashMap<>(engine.grouped(model, cycleId, null));
            grouped.values().removeIf(StepCounts::isEmpty);
            assertThat(engine.counts(model, cycleId, null)).as(model.toString()).isEqualTo(grouped);
        }
    }

    @Test
    void manyTransactionsOfOneCycleAtOnceLoseNoIncrementAndNeverDeadlock() throws Exception {
        fixtures.charterPublished();
        long top = organisation();
        LocalDate start = fixtures.today();
        LocalDate end = start.plusMonths(6);
        long id = fixtures.launch(new LaunchRequest("Parallel " + top, start, end, CycleScope.unit(top),
                CycleLaunches.suggestedDeadlines(start, end), null, fixtures.templateId(), true)).cycleId();
        Task confirm = fixtures.cycleTask(id, AlignmentCycleProcess.TASK_CONFIRM_CHARTER);
        fixtures.run("ceo", () -> decisions.confirmCharter(confirm.getId()));
        fixtures.runJobs(id);
        List<ProcessInstance> people = runtime.createProcessInstanceQuery()
                .processDefinitionKey(UnitCascadeProcess.PERSON_KEY)
                .processInstanceBusinessKeyLike(AlignmentCycleProcess.businessKeyPrefix(id) + "person-%").list();
        int n = UNITS * PER_UNIT;
        assertThat(people).as("every unit without a head is ready at once: everyone drafts").hasSize(n);
        sameAsTheHistory(id);

        // each person's work: the reminder fires, then the task is completed, or, for every fourth, the person leaves
        List<ProcessInstance> shuffled = new ArrayList<>(people);
        Collections.shuffle(shuffled, new java.util.Random(42));
        ConcurrentLinkedQueue<Runnable> work = new ConcurrentLinkedQueue<>();
        int leaving = 0;
        for (int i = 0; i < shuffled.size(); i++) {
            String pi = shuffled.get(i).getId();
            work.add(() -> retried(() -> jobs.fireTimer(pi, UnitCascadeProcess.TIMER_REMIND_PERSON)));
            if (i % 4 == 0) {
                work.add(() -> retried(() -> runtime.deleteProcessInstance(pi, "Left", false, true)));
                leaving++;
            } else {
                work.add(() -> retried(() -> tasks.complete(tasks.createTaskQuery().processInstanceId(pi)
                        .taskDefinitionKey(UnitCascadeProcess.TASK_DRAFT_PERSONAL_GOALS).singleResult().getId())));
            }
        }
        // one thread per person at a time (their two steps in order), eight people at once
        List<List<Runnable>> perPerson = new ArrayList<>();
        List<Runnable> all = new ArrayList<>(work);
        for (int i = 0; i < all.size(); i += 2) {
            perPerson.add(List.of(all.get(i), all.get(i + 1)));
        }
        ConcurrentLinkedQueue<List<Runnable>> queue = new ConcurrentLinkedQueue<>(perPerson);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                done.add(pool.submit(() -> {
                    go.await();
                    for (List<Runnable> steps; (steps = queue.poll()) != null;) {
                        steps.forEach(Runnable::run);
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : done) {
                f.get(5, TimeUnit.MINUTES); // any failure (a deadlock among them) fails the test here
            }
        } finally {
            pool.shutdownNow();
        }

        sameAsTheHistory(id);
        Map<String, StepCounts> cascade = engine.counts(Model.CASCADE, id, null);
        assertThat(cascade.get(UnitCascadeProcess.TIMER_REMIND_PERSON).completed()).isEqualTo(n);
        assertThat(cascade.get("Task_RemindPerson").completed()).isEqualTo(n);
        assertThat(cascade.get(UnitCascadeProcess.TASK_DRAFT_PERSONAL_GOALS))
                .isEqualTo(new StepCounts(0, 0, n - leaving, 0));

        // their asynchronous steps, one after the other
        fixtures.runJobs(id);
        sameAsTheHistory(id);
        assertThat(engine.counts(Model.CASCADE, id, null).get(UnitCascadeProcess.END_PERSONAL_GOALS_DONE).completed())
                .isEqualTo(n - leaving);
    }

    /**
     * Runs an engine command again when the engine's optimistic locking refused it (as the job executor would);
     * every other failure (a deadlock is one) is thrown.
     */
    private static void retried(Runnable command) {
        for (int attempt = 0;; attempt++) {
            try {
                command.run();
                return;
            } catch (OptimisticLockingException e) {
                if (attempt >= 5) {
                    throw e;
                }
            }
        }
    }
}
