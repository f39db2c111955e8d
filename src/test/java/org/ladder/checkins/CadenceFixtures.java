package org.ladder.checkins;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.ladder.checkins.workflow.CheckInCadenceProcess;
import org.ladder.people.OrgImportService;
import org.ladder.people.domain.OrgUnitRepository;
import org.ladder.people.domain.PersonRepository;
import org.ladder.support.CsvFiles;
import org.ladder.support.SignedIn;
import org.springframework.stereotype.Component;

/**
 * A unit of its own for each cadence test (so no demo person gets check-in tasks): "Team" headed by Ines (a
 * manager) with Jon and Kim, and below it "Squad" with Lou and Max reporting to Jon. Runs the launch jobs.
 */
@Component
public class CadenceFixtures {

    /** The imported organisation: ids and usernames. */
    public record Org(long team, long squad, long ines, long jon, long kim, long lou, long max, String run) {

        public List<Long> everyone() {
            return List.of(ines, jon, kim, lou, max);
        }

        public String username(String first) {
            return run.toLowerCase() + "." + first + "@cadence.example";
        }
    }

    private final OrgImportService imports;
    private final PersonRepository people;
    private final OrgUnitRepository units;
    private final SignedIn signedIn;
    private final ManagementService management;
    private final RuntimeService runtime;
    private final TaskService tasks;

    CadenceFixtures(OrgImportService imports, PersonRepository people, OrgUnitRepository units, SignedIn signedIn,
            ManagementService management, RuntimeService runtime, TaskService tasks) {
        this.imports = imports;
        this.people = people;
        this.units = units;
        this.signedIn = signedIn;
        this.management = management;
        this.runtime = runtime;
        this.tasks = tasks;
    }

    /** Imports a fresh organisation as HR (and leaves HR signed in). */
    public Org organisation() {
        String r = CsvFiles.runId();
        String csv = CsvFiles.HEADER
                + "unit," + r + "-U1,Team " + r + ",U-CO," + r + "-P1,,,,,,,,\n"
                + "unit," + r + "-U2,Squad " + r + "," + r + "-U1," + r + "-P2,,,,,,,,\n"
                + person(r, "P1", "Ines", "", "U1", "MANAGER")
                + person(r, "P2", "Jon", "P1", "U1", "MANAGER")
                + person(r, "P3", "Kim", "P1", "U1", "")
                + person(r, "P4", "Lou", "P2", "U2", "")
                + person(r, "P5", "Max", "P2", "U2", "");
        signedIn.as("hr");
        imports.apply(csv.getBytes(StandardCharsets.UTF_8));
        return new Org(unit(r + "-U1"), unit(r + "-U2"), id(r, "P1"), id(r, "P2"), id(r, "P3"), id(r, "P4"),
                id(r, "P5"), r);
    }

    private static String person(String r, String p, String first, String manager, String unit, String roles) {
        return "person," + r + "-" + p + ",,,," + first + ",Test," + r.toLowerCase() + "." + first.toLowerCase()
                + "@cadence.example,Analyst," + r + "-" + unit + "," + (manager.isEmpty() ? "" : r + "-" + manager)
                + "," + roles + ",yes\n";
    }

    private long id(String r, String p) {
        return people.findByExternalId(r + "-" + p).orElseThrow().getId();
    }

    private long unit(String externalId) {
        return units.findByExternalId(externalId).orElseThrow().getId();
    }

    /** Runs every queued launch job (as a job executor would). Returns how many ran. */
    public int runLaunchJobs() {
        List<Job> jobs = management.createJobQuery().processDefinitionKey(CheckInCadenceProcess.LAUNCH_KEY)
                .executable().list();
        jobs.forEach(j -> management.executeJob(j.getId()));
        return jobs.size();
    }

    /** The running cadence instances of a person. */
    public long instances(long personId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(CheckInCadenceProcess.KEY)
                .processInstanceBusinessKey(CheckInCadenceProcess.businessKey(personId)).active().count();
    }

    /** Open tasks of a person's cadence (check-in and 1:1). */
    public List<Task> openTasks(long personId) {
        return tasks.createTaskQuery().processDefinitionKey(CheckInCadenceProcess.KEY)
                .processInstanceBusinessKey(CheckInCadenceProcess.businessKey(personId)).list();
    }
}
