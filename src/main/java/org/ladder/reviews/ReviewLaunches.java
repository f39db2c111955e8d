package org.ladder.reviews;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.ladder.base.ValidationException;
import org.ladder.base.audit.AuditLog;
import org.ladder.base.security.CurrentUser;
import org.ladder.base.security.Role;
import org.ladder.base.text.Plural;
import org.ladder.people.PeopleService;
import org.ladder.people.PersonSummary;
import org.ladder.reviews.domain.Calibration;
import org.ladder.reviews.domain.CalibrationRepository;
import org.ladder.reviews.domain.Review;
import org.ladder.reviews.domain.ReviewRepository;
import org.ladder.reviews.domain.ReviewRound;
import org.ladder.reviews.domain.ReviewRoundRepository;
import org.ladder.reviews.domain.ReviewTemplateVersion;
import org.ladder.reviews.domain.ReviewTemplateVersionRepository;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starting and ending review rounds: {@link ReviewRounds} for the alignment cycle, and the same by hand for HR
 * ({@link #startRound}, {@link #addPerson}). A start writes one review row per active person in scope who has
 * none in the round (a unique key on round and person: a double start or a restart creates no duplicates), audited,
 * and queues launch jobs of {@value ReviewLimits#CHUNK_SIZE} reviews whose instances the engine starts (ADR 0024).
 * A person who joins later is not reviewed in the round unless HR adds them. People without a manager are not
 * reviewed (nobody would write their manager review); the start says how many.
 * <p>
 * Called by the engine (no signed-in user) the {@link ReviewRounds} methods check nothing; called by a person, only HR
 * and administrators may start, add or cancel.
 */
@Service
@Transactional
public class ReviewLaunches implements ReviewRounds {

    private static final Pattern ROUND_KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final int IN_CLAUSE = 1000;

    private final ReviewRoundRepository rounds;
    private final ReviewRepository reviews;
    private final ReviewTemplateVersionRepository versions;
    private final CalibrationRepository calibrations;
    private final ReviewTemplates templates;
    private final ReviewOverview overview;
    private final CalibrationGroups groups;
    private final RoundCompletion completion;
    private final PeopleService people;
    private final ReviewWorkflow workflow;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate newTransaction;

    ReviewLaunches(ReviewRoundRepository rounds, ReviewRepository reviews, ReviewTemplateVersionRepository versions,
            CalibrationRepository calibrations, ReviewTemplates templates, ReviewOverview overview,
            CalibrationGroups groups, RoundCompletion completion, PeopleService people, ReviewWorkflow workflow, CurrentUser currentUser,
            AuditLog audit, Clock clock, PlatformTransactionManager transactions) {
        this.rounds = rounds;
        this.reviews = reviews;
        this.versions = versions;
        this.calibrations = calibrations;
        this.templates = templates;
        this.overview = overview;
        this.groups = groups;
        this.completion = completion;
        this.people = people;
        this.workflow = workflow;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
    }

    // --- ReviewRounds -----------------------------------------------------------------------------------------------

    @Override
    @Transactional(readOnly = true)
    public List<ReviewTemplateSummary> usableTemplates() {
        return templates.summaries();
    }

    /**
     * Starts the round: one review per active person in scope. A second start of the same round (a double start, or
     * a restart) adds nobody — a joiner is reviewed only when HR adds them — and only launches the reviews left
     * without an instance. Two starts at once: the later one waits for the first's round row, fails on the unique key
     * and is retried once, then finds the round started.
     */
    @Override
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public ReviewRoundStarted start(ReviewRoundRequest request) {
        requireHrOrEngine();
        try {
            return newTransaction.execute(s -> startInTransaction(request));
        } catch (DataIntegrityViolationException concurrentStart) {
            return newTransaction.execute(s -> startInTransaction(request));
        }
    }

    @Override
    @Transactional(readOnly = true)
    public ReviewRoundProgress progress(String roundKey) {
        return overview.progressOf(roundKey, null);
    }

    @Override
    @Transactional(readOnly = true)
    public RatingDistributions distributions(String roundKey, Long unitId) {
        return overview.distributionsOf(roundKey, unitId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> learnings(String roundKey, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return reviews.withLearnings(roundKey, PageRequest.of(0, Math.min(limit, 1000))).stream()
                .map(Review::learnings).filter(l -> !l.isBlank()).toList();
    }

    /** Ends every open review of the round, their tasks and timers and open calibrations with them. */
    @Override
    public void cancel(String roundKey, String reason) {
        requireHrOrEngine();
        if (rounds.findByRoundKey(roundKey).isEmpty()) {
            throw new ValidationException(Map.of("roundKey", "There is no review round " + roundKey + "."));
        }
        while (cancelSome(roundKey, reason, ReviewLimits.CHUNK_SIZE) > 0) {
            // a chunk at a time; a cycle's cancel calls cancelSome itself, one chunk per job
        }
    }

    /**
     * Ends at most {@code limit} open reviews of the round (the first call marks the round cancelled), their tasks
     * and timers with them; once none is left, its open calibrations end and the round's completion is checked.
     * Returns how many reviews this call ended: 0 when none was left (or there is no such round).
     */
    @Override
    public int cancelSome(String roundKey, String reason, int limit) {
        requireHrOrEngine();
        ReviewRound round = rounds.findByRoundKey(roundKey).orElse(null);
        if (round == null) {
            return 0;
        }
        String why = reason == null || reason.isBlank() ? "cancelled" : reason.trim();
        if (why.length() > 500) {
            throw new ValidationException(Map.of("reason", "A reason can be at most 500 characters."));
        }
        if (!round.isCancelled()) {
            round.cancel(why, clock.instant());
        }
        why = round.cancelReason() == null ? why : round.cancelReason();
        int ended = 0;
        for (Review review : reviews.findByRoundKeyAndStepNotInOrderByIdAsc(roundKey,
                List.of(ReviewStep.DONE, ReviewStep.ENDED), org.springframework.data.domain.PageRequest.of(0, Math.max(1, limit)))) {
            if (review.end("round cancelled: " + why, clock.instant())) {
                workflow.end(businessKey(review));
                ended++;
            }
        }
        if (ended > 0) {
            audit.record("review-round.cancelled", "review-round", roundKey,
                    Plural.count(ended, "open review", "open reviews") + " ended: " + why);
            return ended;
        }
        for (Calibration c : calibrations.findByRoundKeyOrderByUnitId(roundKey)) {
            if (c.isOpen()) {
                workflow.endCalibration(roundKey, c.unitId());
            }
        }
        completion.check(roundKey);
        return 0;
    }

    // --- HR by hand ---------------------------------------------------------------------------------------------------

    /** Whether the caller may start rounds by hand (HR and administrators). */
    @Transactional(readOnly = true)
    public boolean mayStart() {
        return currentUser.hasAnyRole(Role.HR, Role.ADMIN);
    }

    /** HR starts a round by hand: for a unit subtree or everyone, a period, a template. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public ReviewRoundStarted startRound(ReviewRoundRequest request) {
        requireHr();
        return start(request);
    }

    /** The rounds, newest first (HR, administrators). */
    @Transactional(readOnly = true)
    public List<ReviewRoundSummary> rounds() {
        requireHr();
        return rounds.findAllByOrderByStartedAtDesc().stream().map(this::summary).toList();
    }

    /**
     * Adds a person to a running round (a joiner): their review starts like the others'. Refused when the round was
     * cancelled, the person has left, has no manager, or is in the round already.
     */
    public ReviewRoundStarted addPerson(String roundKey, long personId) {
        requireHr();
        ReviewRound round = rounds.findByRoundKey(roundKey).orElseThrow(
                () -> new ValidationException(Map.of("roundKey", "There is no review round " + roundKey + ".")));
        if (round.isCancelled()) {
            throw new ValidationException(Map.of("roundKey", "This review round was cancelled."));
        }
        if (!people.isActive(personId)) {
            throw new ValidationException(Map.of("personId", "This person has left or does not exist."));
        }
        if (reviews.findByRoundKeyAndPersonId(roundKey, personId).isPresent()) {
            throw new ValidationException(Map.of("personId", "This person is already in the round."));
        }
        Launched launched = insert(round, versions.findById(round.templateVersionId()).orElseThrow(), List.of(personId),
                currentUser.actorName());
        if (launched.withoutManager > 0) {
            throw new ValidationException(Map.of("personId", "This person has no manager to write their review."));
        }
        audit.record("review-round.person-added", "review-round", roundKey, "person " + personId);
        workflow.launch(request(), launched.ids);
        return new ReviewRoundStarted(roundKey, launched.ids.size(), 0, 0);
    }

    // --- the start ------------------------------------------------------------------------------------------------

    private ReviewRoundStarted startInTransaction(ReviewRoundRequest request) {
        validate(request);
        ReviewRound round = rounds.findByRoundKey(request.roundKey()).orElse(null);
        boolean existed = round != null;
        ReviewTemplateVersion version;
        if (round == null) {
            version = templates.latestVersion(request.templateId());
            version.markInUse();
            round = rounds.saveAndFlush(new ReviewRound(request.roundKey(), request.name().trim(),
                    request.periodStart(), request.periodEnd(), version.id(), request.unitId(), startedBy(request),
                    clock.instant()));
        } else {
            if (round.isCancelled()) {
                throw new ValidationException(Map.of("roundKey", "The review round " + request.roundKey()
                        + " was cancelled."));
            }
            version = versions.findById(round.templateVersionId()).orElseThrow();
        }
        if (existed) {
            // a double start or a restart: nobody new (a joiner is added by HR), only reviews left without an instance
            List<Long> unlaunched = reviews.unlaunched(round.roundKey());
            workflow.launch(request(), unlaunched);
            int inRound = (int) reviews.countRound(round.roundKey());
            audit.record("review-round.restarted", "review-round", round.roundKey(), round.name() + ": "
                    + Plural.count(inRound, "review", "reviews") + " already in the round, " + unlaunched.size()
                    + " launched again");
            return new ReviewRoundStarted(round.roundKey(), 0, inRound, 0);
        }
        List<Long> toStart = activePeople(round.unitId());
        Launched launched = insert(round, version, toStart, startedBy(request));
        audit.record("review-round.started", "review-round", round.roundKey(), round.name() + ": "
                + Plural.count(launched.ids.size(), "review", "reviews") + " started, "
                + launched.withoutManager + " without a manager left out");
        workflow.launch(request(), launched.ids);
        return new ReviewRoundStarted(round.roundKey(), launched.ids.size(), 0, launched.withoutManager);
    }

    private record Launched(List<Long> ids, int withoutManager) {
    }

    private Launched insert(ReviewRound round, ReviewTemplateVersion version, List<Long> personIds, String by) {
        if (personIds.isEmpty()) {
            return new Launched(List.of(), 0);
        }
        Map<Long, PersonSummary> placed = new HashMap<>();
        people.placements(personIds).forEach(p -> placed.put(p.id(), p));
        CalibrationUnits units = calibrationUnits();
        Instant now = clock.instant();
        Instant selfDue = now.plus(version.daysFor(ReviewStep.SELF_REVIEW), ChronoUnit.DAYS);
        List<Review> rows = new ArrayList<>();
        Set<Long> groupUnits = new HashSet<>();
        int withoutManager = 0;
        for (long id : personIds) {
            PersonSummary p = placed.get(id);
            if (p == null || p.managerId() == null) {
                withoutManager++;
                continue;
            }
            Long calibrationUnit = units.of(id, p.unitId());
            if (calibrationUnit != null) {
                groupUnits.add(calibrationUnit);
            }
            rows.add(new Review(round.roundKey(), id, p.unitId(), calibrationUnit, p.managerId(), version.id(), by,
                    now, selfDue));
        }
        reviews.saveAll(rows);
        reviews.flush();
        groups.ensure(round.roundKey(), groupUnits, units);
        return new Launched(rows.stream().map(Review::id).toList(), withoutManager);
    }

    CalibrationUnits calibrationUnits() {
        Map<Long, Long> parents = people.unitParents();
        return new CalibrationUnits(parents, people.headsOf(parents.keySet()));
    }

    private List<Long> activePeople(Long unitId) {
        Collection<Long> candidates = unitId == null ? people.everyoneIds()
                : people.activeMemberIds(people.unitIdsAtOrBelow(List.of(unitId)));
        List<Long> ids = new ArrayList<>(candidates);
        List<Long> active = new ArrayList<>();
        for (List<Long> chunk : chunks(ids)) {
            active.addAll(people.activeUsernames(chunk).keySet());
        }
        active.sort(null);
        return active;
    }

    private void validate(ReviewRoundRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (request == null) {
            throw new ValidationException(Map.of("roundKey", "Nothing to start."));
        }
        if (request.roundKey() == null || request.roundKey().length() > ReviewLimits.ROUND_KEY_MAX_LENGTH
                || !ROUND_KEY.matcher(request.roundKey()).matches()) {
            errors.put("roundKey", "A round key is 1 to " + ReviewLimits.ROUND_KEY_MAX_LENGTH
                    + " letters, digits, dots, dashes or underscores.");
        }
        String name = request.name() == null ? "" : request.name().trim();
        if (name.isEmpty()) {
            errors.put("name", "Give the round a name.");
        } else if (name.length() > ReviewLimits.ROUND_NAME_MAX_LENGTH) {
            errors.put("name", "A name can be at most " + ReviewLimits.ROUND_NAME_MAX_LENGTH + " characters.");
        }
        if (request.periodStart() == null) {
            errors.put("periodStart", "Choose the first day of the period.");
        }
        if (request.periodEnd() == null) {
            errors.put("periodEnd", "Choose the last day of the period.");
        } else if (request.periodStart() != null && request.periodEnd().isBefore(request.periodStart())) {
            errors.put("periodEnd", "The period cannot end before it starts.");
        }
        if (request.unitId() != null && people.unitParents().keySet().stream().noneMatch(request.unitId()::equals)) {
            errors.put("unitId", "This unit does not exist.");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        templates.latestVersion(request.templateId()); // refuses a template that does not exist, by field
    }

    private ReviewRoundSummary summary(ReviewRound r) {
        return new ReviewRoundSummary(r.roundKey(), r.name(), r.periodStart(), r.periodEnd(), r.unitId(),
                r.unitId() == null ? null : people.unitNames(List.of(r.unitId())).get(r.unitId()), r.startedBy(),
                r.startedAt(), r.cancelledAt(), reviews.countRound(r.roundKey()));
    }

    private String startedBy(ReviewRoundRequest request) {
        return Optional.ofNullable(request.startedBy()).filter(s -> !s.isBlank())
                .orElseGet(currentUser::actorName);
    }

    private void requireHrOrEngine() {
        if (currentUser.get().isPresent() && !currentUser.hasAnyRole(Role.HR, Role.ADMIN)) {
            throw new AccessDeniedException("Only HR and administrators start or cancel review rounds.");
        }
    }

    private void requireHr() {
        if (!mayStart()) {
            throw new AccessDeniedException("Only HR and administrators start review rounds.");
        }
    }

    static String businessKey(Review review) {
        return org.ladder.reviews.workflow.ReviewProcess.businessKey(review.roundKey(), review.personId());
    }

    private static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += IN_CLAUSE) {
            chunks.add(ids.subList(from, Math.min(ids.size(), from + IN_CLAUSE)));
        }
        return chunks;
    }

    private static String request() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static Map<ReviewStep, Integer> emptySteps() {
        return new EnumMap<>(ReviewStep.class);
    }
}
