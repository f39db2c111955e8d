package org.ladder.cycles.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One of HR's pause, resume or cancel commands on a cycle and the engine work it has done so far (ADR 0034): HR's
 * click records it, the {@code cycle-control} jobs work it off in chunks and count here what they did, so the cycle
 * page can say how far it is and a later command can see that one is still running. A cancel during a pause or a
 * resume supersedes it: the earlier one's job sees the cancelled cycle at its next turn and stops there.
 */
@Entity
@Table(name = "cycle_control")
public class ControlRun {

    /** What HR asked for. */
    public enum Operation {
        PAUSE("Pausing", "suspended"), RESUME("Resuming", "resumed"), CANCEL("Cancelling", "ended");

        private final String doing;
        private final String done;

        Operation(String doing, String done) {
            this.doing = doing;
            this.done = done;
        }

        /** "Pausing", "Resuming", "Cancelling". */
        public String doing() {
            return doing;
        }

        /** What happened to an instance: "suspended", "resumed", "ended". */
        public String done() {
            return done;
        }
    }

    /**
     * Where the work stands: the instances first (the onboardings' among them); a resume then takes the approvals and
     * acknowledgements made while paused (ADR 0038); a cancel closes the open onboardings, stops the cadences, then
     * ends the reviews.
     */
    public enum Stage {
        INSTANCES, APPROVALS, ONBOARDINGS, CADENCES, REVIEWS, DONE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cycle_control_seq")
    @SequenceGenerator(name = "cycle_control_seq", sequenceName = "cycle_control_seq", allocationSize = 50)
    private Long id;

    @Column(name = "cycle_id", nullable = false, updatable = false)
    private long cycleId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12, updatable = false)
    private Operation operation;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Stage stage;
    @Column(name = "instances_total", nullable = false)
    private int instancesTotal;
    @Column(name = "instances_done", nullable = false)
    private int instancesDone;
    @Column(name = "cadences_total", nullable = false)
    private int cadencesTotal;
    @Column(name = "cadences_done", nullable = false)
    private int cadencesDone;
    @Column(name = "reviews_done", nullable = false)
    private int reviewsDone;
    @Column(name = "approvals_done", nullable = false)
    private int approvalsDone;
    @Column(name = "onboardings_done", nullable = false)
    private int onboardingsDone;
    @Column(name = "onboarding_cursor", nullable = false)
    private long onboardingCursor;
    @Column(name = "person_cursor", nullable = false)
    private long personCursor;
    @Column(nullable = false)
    private int chunks;
    @Column(name = "requested_by", nullable = false, length = 201, updatable = false)
    private String requestedBy;
    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;
    @Column(name = "finished_at")
    private Instant finishedAt;
    @Column(nullable = false)
    private boolean superseded;
    @Version
    private long version;

    protected ControlRun() {
    }

    /** {@code instancesDone}: done in HR's click already (a pause suspends the cycle's own instance there). */
    public ControlRun(long cycleId, Operation operation, int instancesTotal, int instancesDone, int cadencesTotal,
            String by, Instant at) {
        this.cycleId = cycleId;
        this.operation = operation;
        this.stage = Stage.INSTANCES;
        this.instancesTotal = Math.max(instancesTotal, instancesDone);
        this.instancesDone = instancesDone;
        this.cadencesTotal = cadencesTotal;
        this.requestedBy = by;
        this.requestedAt = at;
    }

    /** A chunk of instances was suspended, activated or ended. */
    public void instancesDone(int n) {
        requireOpen();
        instancesDone += n;
        instancesTotal = Math.max(instancesTotal, instancesDone); // instances started meanwhile count too
        chunks++;
    }

    /** A chunk of the cycle's people had their cadences stopped; {@code lastPersonId} is the cursor. */
    public void cadencesDone(int people, long lastPersonId) {
        requireOpen();
        cadencesDone += people;
        cadencesTotal = Math.max(cadencesTotal, cadencesDone);
        personCursor = lastPersonId;
        chunks++;
    }

    /** A chunk of the approvals (or onboardings' approvals and acknowledgements) made while paused was taken. */
    public void approvalsDone(int n) {
        requireOpen();
        approvalsDone += n;
        chunks++;
    }

    /**
     * A resume looked again at a chunk of the cycle's open onboardings (up to {@code lastOnboardingId}), of which
     * {@code taken} took an approval or acknowledgement made while paused.
     */
    public void onboardingsLookedAt(int taken, long lastOnboardingId) {
        requireOpen();
        approvalsDone += taken;
        onboardingCursor = lastOnboardingId;
        chunks++;
    }

    public long onboardingCursor() {
        return onboardingCursor;
    }

    /** A chunk of the cycle's open onboardings was closed (a cancel). */
    public void onboardingsDone(int n) {
        requireOpen();
        onboardingsDone += n;
        chunks++;
    }

    public void reviewsDone(int n) {
        requireOpen();
        reviewsDone += n;
        chunks++;
    }

    /** The next stage; {@link Stage#DONE} finishes the run. */
    public void enter(Stage next, Instant at) {
        requireOpen();
        if (next.ordinal() <= stage.ordinal()) {
            throw new IllegalStateException("Control " + id + " is at " + stage + " already");
        }
        stage = next;
        if (next == Stage.INSTANCES || next == Stage.DONE) {
            instancesTotal = instancesDone;
        }
        if (next == Stage.REVIEWS || next == Stage.DONE) {
            cadencesTotal = cadencesDone;
        }
        if (next == Stage.DONE) {
            finishedAt = at;
        }
    }

    /** A later command took over: this one's jobs stop. */
    public void supersede(Instant at) {
        if (finishedAt == null) {
            superseded = true;
            finishedAt = at;
        }
    }

    private void requireOpen() {
        if (finishedAt != null) {
            throw new IllegalStateException("Control " + id + " has ended");
        }
    }

    public boolean isOpen() {
        return finishedAt == null;
    }

    public Long getId() {
        return id;
    }

    public long cycleId() {
        return cycleId;
    }

    public Operation operation() {
        return operation;
    }

    public Stage stage() {
        return stage;
    }

    public int instancesTotal() {
        return instancesTotal;
    }

    public int instancesDone() {
        return instancesDone;
    }

    public int cadencesTotal() {
        return cadencesTotal;
    }

    public int cadencesDone() {
        return cadencesDone;
    }

    public int reviewsDone() {
        return reviewsDone;
    }

    public int approvalsDone() {
        return approvalsDone;
    }

    public int onboardingsDone() {
        return onboardingsDone;
    }

    public long personCursor() {
        return personCursor;
    }

    public int chunks() {
        return chunks;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public boolean superseded() {
        return superseded;
    }
}
