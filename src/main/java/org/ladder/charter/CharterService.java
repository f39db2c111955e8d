package org.ladder.charter;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ladder.base.ConcurrentEditException;
import org.ladder.base.ValidationException;
import org.ladder.base.audit.AuditLog;
import org.ladder.base.security.CurrentUser;
import org.ladder.base.security.LadderUser;
import org.ladder.base.security.Role;
import org.ladder.base.text.TextDiff;
import org.ladder.charter.CharterComparison.Change;
import org.ladder.charter.CharterComparison.ItemChange;
import org.ladder.charter.domain.CharterReview;
import org.ladder.charter.domain.CharterReviewRepository;
import org.ladder.charter.domain.CharterVersion;
import org.ladder.charter.domain.CharterVersionRepository;
import org.ladder.charter.domain.PillarItem;
import org.ladder.charter.domain.ValueItem;
import org.ladder.charter.workflow.CharterPublicationProcess;
import org.ladder.people.PeopleService;
import org.ladder.people.PersonSummary;
import org.ladder.tasks.InboxService;
import org.ladder.tasks.TaskAlreadyCompletedException;
import org.ladder.tasks.TaskInfo;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The charter module's API. Everyone reads the published charter and the history of published versions;
 * leadership drafts, submits and approves; publishing and acknowledgements run in the {@code charter-publication}
 * process. Every change is audited.
 */
@Service
@Transactional
public class CharterService {

    public static final int MAX_TEXT = 2000;
    public static final int MAX_NAME = 100;
    public static final int MAX_DESCRIPTION = 1000;
    public static final int MAX_VALUES = 12;
    public static final int MAX_PILLARS = 8;

    private final CharterVersionRepository versions;
    private final CharterReviewRepository reviews;
    private final CurrentUser currentUser;
    private final PeopleService people;
    private final InboxService inbox;
    private final CharterWorkflow workflow;
    private final AuditLog audit;
    private final Clock clock;

    CharterService(CharterVersionRepository versions, CharterReviewRepository reviews, CurrentUser currentUser,
            PeopleService people, InboxService inbox, CharterWorkflow workflow,
            AuditLog audit, Clock clock) {
        this.versions = versions;
        this.reviews = reviews;
        this.currentUser = currentUser;
        this.people = people;
        this.inbox = inbox;
        this.workflow = workflow;
        this.audit = audit;
        this.clock = clock;
    }

    // --- reading ---------------------------------------------------------------------------------------------

    /** The published charter, if there is one. */
    @Transactional(readOnly = true)
    public Optional<CharterSnapshot> current() {
        currentUser.require();
        return versions.findFirstByStatus(CharterStatus.PUBLISHED).map(this::snapshot);
    }

    /**
     * The published version's id and number, for engine steps that ask someone to acknowledge the charter (the
     * onboarding of a person who joins during a cycle). Ids only, no caller check: the charter in force is no secret.
     */
    @Transactional(readOnly = true)
    public Optional<PublishedCharter> published() {
        return versions.findFirstByStatus(CharterStatus.PUBLISHED).map(v -> new PublishedCharter(v.getId(),
                v.getNumber()));
    }

    /** The mission and pillar names of the published charter, in two light queries (for the goal tree). */
    @Transactional(readOnly = true)
    public Optional<CharterOutline> outline() {
        currentUser.require();
        return versions.idAndMission(CharterStatus.PUBLISHED).stream().findFirst().map(row -> {
            long id = (Long) row[0];
            return new CharterOutline(id, (String) row[1], List.copyOf(versions.pillarNames(id)));
        });
    }

    /** A version the caller may see: published and superseded ones for everyone, drafts for leadership. */
    @Transactional(readOnly = true)
    public Optional<CharterSnapshot> version(long id) {
        currentUser.require();
        return versions.findById(id).filter(this::mayRead).map(this::snapshot);
    }

    /** The history, newest first (drafts only for leadership). */
    @Transactional(readOnly = true)
    public List<VersionSummary> history() {
        currentUser.require();
        List<CharterVersion> all = versions.findAllByOrderByNumberDesc().stream().filter(this::mayRead).toList();
        Map<Long, String> names = names(all.stream().map(CharterVersion::getDraftedBy).toList());
        return all.stream().map(v -> new VersionSummary(v.getId(), v.getNumber(), v.getStatus(), v.getChangeReason(),
                names.get(v.getDraftedBy()), v.getCreatedAt(), v.getPublishedAt())).toList();
    }

    /** The version being drafted or in approval, if any (leadership). */
    @Transactional(readOnly = true)
    public Optional<CharterSnapshot> openVersion() {
        requireLeadership();
        return openEntity().map(this::snapshot);
    }

    /** Approvers' decisions on a version, newest first (kept across returns and revisions). */
    @Transactional(readOnly = true)
    public List<ReviewComment> reviews(long versionId) {
        requireLeadership();
        List<CharterReview> list = reviews.findByVersionIdOrderByDecidedAtDesc(versionId);
        Map<Long, String> names = names(list.stream().map(CharterReview::getReviewerId).toList());
        return list.stream().map(r -> new ReviewComment(names.get(r.getReviewerId()),
                r.getDecision() == CharterReview.Decision.APPROVED, r.getComment(), r.getDecidedAt())).toList();
    }

    /** What changed from one version to another. */
    @Transactional(readOnly = true)
    public CharterComparison compare(long fromId, long toId) {
        CharterSnapshot from = version(fromId).orElseThrow(() -> new AccessDeniedException("No such version."));
        CharterSnapshot to = version(toId).orElseThrow(() -> new AccessDeniedException("No such version."));
        return compare(from, to);
    }

    /** What changed from the published version to this one (everything is new when nothing was published). */
    @Transactional(readOnly = true)
    public CharterComparison changesOf(long versionId) {
        CharterSnapshot to = version(versionId).orElseThrow(() -> new AccessDeniedException("No such version."));
        CharterSnapshot from = versions.findAllByOrderByNumberDesc().stream()
                .filter(v -> v.getNumber() < to.number() && v.getPublishedAt() != null)
                .findFirst().map(this::snapshot)
                .orElse(new CharterSnapshot(0, 0, 0, CharterStatus.SUPERSEDED, "", "", List.of(), List.of(), null, 0,
                        null, null, null, null));
        return compare(from, to);
    }

    static CharterComparison compare(CharterSnapshot from, CharterSnapshot to) {
        return new CharterComparison(from, to, TextDiff.diff(from.mission(), to.mission()),
                TextDiff.diff(from.vision(), to.vision()),
                items(from.values().stream().collect(toMap(CharterSnapshot.Value::name, CharterSnapshot.Value::description)),
                        to.values().stream().collect(toMap(CharterSnapshot.Value::name, CharterSnapshot.Value::description))),
                items(from.pillars().stream().collect(toMap(CharterSnapshot.Pillar::name, CharterSnapshot.Pillar::description)),
                        to.pillars().stream().collect(toMap(CharterSnapshot.Pillar::name, CharterSnapshot.Pillar::description))));
    }

    private static <T> java.util.stream.Collector<T, ?, LinkedHashMap<String, String>> toMap(Function<T, String> key,
            Function<T, String> value) {
        return Collectors.toMap(key, value, (a, b) -> a, LinkedHashMap::new);
    }

    private static List<ItemChange> items(Map<String, String> before, Map<String, String> after) {
        List<ItemChange> out = new ArrayList<>();
        for (var e : after.entrySet()) {
            String old = before.get(e.getKey());
            if (old == null) {
                out.add(new ItemChange(Change.ADDED, e.getKey(), TextDiff.diff("", e.getValue())));
            } else {
                var d = TextDiff.diff(old, e.getValue());
                out.add(new ItemChange(TextDiff.changed(d) ? Change.CHANGED : Change.SAME, e.getKey(), d));
            }
        }
        for (var e : before.entrySet()) {
            if (!after.containsKey(e.getKey())) {
                out.add(new ItemChange(Change.REMOVED, e.getKey(), TextDiff.diff(e.getValue(), "")));
            }
        }
        return out;
    }

    // --- drafting --------------------------------------------------------------------------------------------

    /** Opens the version being drafted, or starts one as a copy of the published charter. Leadership only. */
    public CharterSnapshot draft() {
        LadderUser user = requireLeadership();
        Optional<CharterVersion> open = openEntity();
        if (open.isPresent()) {
            return snapshot(open.get());
        }
        CharterVersion v = new CharterVersion(versions.maxNumber() + 1, user.personId(), clock.instant());
        versions.findFirstByStatus(CharterStatus.PUBLISHED).ifPresent(p -> v.edit(p.getMission(), p.getVision(),
                new ArrayList<>(p.getValues()), new ArrayList<>(p.getPillars()), null));
        try {
            versions.saveAndFlush(v);
        } catch (DataIntegrityViolationException raced) {
            throw new ConcurrentEditException("Someone else started a new version at the same moment. Reload.");
        }
        audit.record("charter.drafted", "charter", v.getId(), "Version " + v.getNumber());
        return snapshot(v);
    }

    /**
     * Saves the draft. {@code expectedVersion} is the version the editor loaded: if someone saved since, nothing
     * is saved and {@link ConcurrentEditException} says so.
     */
    public CharterSnapshot saveDraft(long id, CharterDraft draft, long expectedVersion) {
        requireLeadership();
        CharterVersion v = editable(id, expectedVersion);
        Map<String, String> errors = validate(draft, v.getNumber(), false);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        apply(v, draft);
        try {
            versions.saveAndFlush(v);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw conflict();
        }
        audit.record("charter.saved", "charter", v.getId(), "Version " + v.getNumber() + " draft saved");
        return snapshot(v);
    }

    /**
     * Saves and submits the draft for approval by every other leader: starts the publication process. Only one
     * version can be in approval at a time.
     */
    public CharterSnapshot submit(long id, CharterDraft draft, long expectedVersion) {
        LadderUser user = requireLeadership();
        CharterVersion v = editable(id, expectedVersion);
        Map<String, String> errors = validate(draft, v.getNumber(), true);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (workflow.publicationOpen(id)) {
            throw new ValidationException(Map.of("status",
                    "This version was returned for revision: resubmit it from your task in the inbox."));
        }
        apply(v, draft);
        enterApproval(v);
        List<String> approvers = approversFor(user);
        workflow.startPublication(id, user.getUsername(), approvers);
        audit.record("charter.submitted", "charter", id, "Version " + v.getNumber() + " submitted to "
                + approvers.size() + " approver(s)");
        return snapshot(v);
    }

    private void enterApproval(CharterVersion v) {
        boolean another = versions.findFirstByStatus(CharterStatus.IN_APPROVAL).filter(o -> !o.getId().equals(v.getId()))
                .isPresent();
        if (another) {
            throw new ValidationException(Map.of("status", "Another version is already in approval."));
        }
        v.submit(clock.instant());
        try {
            versions.saveAndFlush(v);
        } catch (DataIntegrityViolationException e) {
            throw new ValidationException(Map.of("status", "Another version is already in approval."));
        } catch (ObjectOptimisticLockingFailureException e) {
            throw conflict();
        }
    }

    private List<String> approversFor(LadderUser drafter) {
        List<String> leaders = new ArrayList<>(people.activeUsernamesWithRole(Role.LEADERSHIP));
        leaders.remove(drafter.getUsername());
        return leaders;
    }

    // --- approval tasks --------------------------------------------------------------------------------------

    /** An approver approves (optionally with a comment) and completes their task. */
    public void approve(String taskId, String comment) {
        decide(taskId, CharterReview.Decision.APPROVED, comment);
    }

    /** An approver returns the draft to its drafter; a comment is required. */
    public void returnDraft(String taskId, String comment) {
        if (comment == null || comment.isBlank()) {
            throw new ValidationException(Map.of("comment", "Say what should change before returning the draft."));
        }
        decide(taskId, CharterReview.Decision.RETURNED, comment);
    }

    private void decide(String taskId, CharterReview.Decision decision, String comment) {
        LadderUser user = requireLeadership();
        if (comment != null && comment.length() > MAX_TEXT) {
            throw new ValidationException(Map.of("comment", "Keep the comment under " + MAX_TEXT + " characters."));
        }
        TaskInfo task = openTask(taskId, CharterPublicationProcess.TASK_APPROVE);
        CharterVersion v = versions.findById(CharterPublicationProcess.versionId(task.businessKey())).orElseThrow();
        String text = comment == null || comment.isBlank() ? null : comment.trim();
        reviews.save(new CharterReview(v.getId(), user.personId(), decision, text, clock.instant()));
        if (decision == CharterReview.Decision.RETURNED) {
            v.returnToDraft();
            inbox.complete(taskId, CharterPublicationProcess.returned());
        } else {
            inbox.complete(taskId, CharterPublicationProcess.approved());
        }
        audit.record(decision == CharterReview.Decision.APPROVED ? "charter.approved" : "charter.returned", "charter",
                v.getId(), text);
    }

    /** The drafter resubmits a returned draft (after editing it) from their task. */
    public void resubmit(String taskId) {
        requireLeadership();
        TaskInfo task = openTask(taskId, CharterPublicationProcess.TASK_REVISE);
        CharterVersion v = versions.findById(CharterPublicationProcess.versionId(task.businessKey())).orElseThrow();
        Map<String, String> errors = validate(snapshot(v).toDraft(), v.getNumber(), true);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        enterApproval(v);
        inbox.complete(taskId, CharterPublicationProcess.resubmitted());
        audit.record("charter.resubmitted", "charter", v.getId(), "Version " + v.getNumber());
    }

    /** The drafter withdraws a returned draft: the process ends, the version stays a draft. */
    public void withdraw(String taskId) {
        requireLeadership();
        TaskInfo task = openTask(taskId, CharterPublicationProcess.TASK_REVISE);
        inbox.complete(taskId, CharterPublicationProcess.withdrawn());
        audit.record("charter.withdrawn", "charter", CharterPublicationProcess.versionId(task.businessKey()), null);
    }

    /**
     * Its drafter discards a version before it is published: its approval process (if any) ends, and the version
     * and its reviews are deleted, so the next draft takes its number.
     */
    public void discard(long versionId) {
        LadderUser user = requireLeadership();
        CharterVersion v = versions.findById(versionId).orElseThrow(() -> new AccessDeniedException("No such version."));
        if (v.getDraftedBy() != user.personId()) {
            throw new AccessDeniedException("Only the leader who drafted version " + v.getNumber() + " can discard it.");
        }
        if (v.getStatus() != CharterStatus.DRAFT && v.getStatus() != CharterStatus.IN_APPROVAL) {
            throw new ValidationException(Map.of("status", "Version " + v.getNumber() + " is "
                    + v.getStatus().label().toLowerCase() + " and can no longer be discarded."));
        }
        workflow.endPublication(versionId, "Draft discarded by its drafter");
        reviews.deleteAll(reviews.findByVersionIdOrderByDecidedAtDesc(versionId));
        versions.delete(v);
        versions.flush();
        audit.record("charter.discarded", "charter", versionId, "Version " + v.getNumber() + " discarded");
    }

    /** The version id behind a task of the publication process. */
    @Transactional(readOnly = true)
    public long versionOfTask(String taskId) {
        TaskInfo task = inbox.task(taskId).orElseThrow(() -> new TaskAlreadyCompletedException(
                "This task is no longer open."));
        return CharterPublicationProcess.versionId(task.businessKey());
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private TaskInfo openTask(String taskId, String taskDefinitionKey) {
        TaskInfo task = inbox.task(taskId).orElseThrow(() -> new TaskAlreadyCompletedException(
                "This task is no longer open: it may have been completed in another tab or by someone else."));
        if (!CharterPublicationProcess.KEY.equals(task.processDefinitionKey())
                || !taskDefinitionKey.equals(task.taskDefinitionKey())) {
            throw new AccessDeniedException("This is not a charter approval task.");
        }
        return task;
    }

    private CharterVersion editable(long id, long expectedVersion) {
        CharterVersion v = versions.findById(id).orElseThrow(() -> new AccessDeniedException("No such version."));
        if (v.getVersion() != expectedVersion) {
            throw conflict();
        }
        if (v.getStatus() != CharterStatus.DRAFT) {
            throw new ValidationException(Map.of("status", "Version " + v.getNumber() + " is "
                    + v.getStatus().label().toLowerCase() + " and can no longer be edited."));
        }
        return v;
    }

    private static ConcurrentEditException conflict() {
        return new ConcurrentEditException("Someone else saved this draft meanwhile. Your changes were not saved; "
                + "reload to see theirs.");
    }

    private void apply(CharterVersion v, CharterDraft d) {
        v.edit(d.mission().trim(), d.vision().trim(),
                d.values().stream().map(x -> new ValueItem(x.name().trim(), x.description().trim())).toList(),
                d.pillars().stream().map(p -> new PillarItem(p.name().trim(), p.description().trim(), p.ownerId()))
                        .toList(),
                d.changeReason() == null || d.changeReason().isBlank() ? null : d.changeReason().trim());
    }

    /** Rules of a draft; {@code complete} adds what a submission needs. */
    static Map<String, String> validate(CharterDraft d, int number, boolean complete) {
        Map<String, String> e = new LinkedHashMap<>();
        text(e, "mission", "The mission", d.mission(), MAX_TEXT, complete);
        text(e, "vision", "The vision", d.vision(), MAX_TEXT, complete);
        if (d.values().size() > MAX_VALUES) {
            e.put("values", "At most " + MAX_VALUES + " values.");
        }
        if (complete && d.values().isEmpty()) {
            e.put("values", "Name at least one value.");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < d.values().size(); i++) {
            var v = d.values().get(i);
            text(e, "values[" + i + "].name", "The value's name", v.name(), MAX_NAME, true);
            text(e, "values[" + i + "].description", "The value's description", v.description(), MAX_DESCRIPTION, complete);
            if (v.name() != null && !v.name().isBlank() && !seen.add(v.name().trim().toLowerCase())) {
                e.put("values[" + i + "].name", "Two values are called " + v.name().trim() + ".");
            }
        }
        if (d.pillars().size() > MAX_PILLARS) {
            e.put("pillars", "At most " + MAX_PILLARS + " strategic pillars.");
        }
        if (complete && d.pillars().isEmpty()) {
            e.put("pillars", "Name at least one strategic pillar.");
        }
        seen.clear();
        for (int i = 0; i < d.pillars().size(); i++) {
            var p = d.pillars().get(i);
            text(e, "pillars[" + i + "].name", "The pillar's name", p.name(), MAX_NAME, true);
            text(e, "pillars[" + i + "].description", "The pillar's description", p.description(), MAX_DESCRIPTION,
                    complete);
            if (p.name() != null && !p.name().isBlank() && !seen.add(p.name().trim().toLowerCase())) {
                e.put("pillars[" + i + "].name", "Two pillars are called " + p.name().trim() + ".");
            }
        }
        text(e, "changeReason", "The reason for the change", d.changeReason(), MAX_TEXT, complete && number > 1);
        return e;
    }

    private static void text(Map<String, String> errors, String field, String label, String value, int max,
            boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.put(field, label + " is required.");
            }
        } else if (value.trim().length() > max) {
            errors.put(field, label + " is longer than " + max + " characters (" + value.trim().length() + ").");
        }
    }

    private Optional<CharterVersion> openEntity() {
        return versions.findFirstByStatus(CharterStatus.IN_APPROVAL)
                .or(() -> versions.findFirstByStatus(CharterStatus.DRAFT));
    }

    private boolean mayRead(CharterVersion v) {
        return v.getPublishedAt() != null || currentUser.hasRole(Role.LEADERSHIP);
    }

    private LadderUser requireLeadership() {
        return currentUser.requireAnyRole(Role.LEADERSHIP);
    }

    private Map<Long, String> names(List<Long> personIds) {
        if (personIds.isEmpty() || currentUser.get().isEmpty()) {
            return Map.of();
        }
        return people.summaries(personIds.stream().distinct().toList()).stream()
                .collect(Collectors.toMap(PersonSummary::id, PersonSummary::displayName));
    }

    private CharterSnapshot snapshot(CharterVersion v) {
        List<Long> ids = new ArrayList<>();
        ids.add(v.getDraftedBy());
        v.getPillars().stream().map(PillarItem::getOwnerPersonId).filter(java.util.Objects::nonNull).forEach(ids::add);
        Map<Long, String> names = names(ids);
        return new CharterSnapshot(v.getId(), v.getVersion(), v.getNumber(), v.getStatus(), v.getMission(),
                v.getVision(),
                v.getValues().stream().map(x -> new CharterSnapshot.Value(x.getName(), x.getDescription())).toList(),
                v.getPillars().stream().map(p -> new CharterSnapshot.Pillar(p.getName(), p.getDescription(),
                        p.getOwnerPersonId(), p.getOwnerPersonId() == null ? null : names.get(p.getOwnerPersonId())))
                        .toList(),
                v.getChangeReason(), v.getDraftedBy(), names.get(v.getDraftedBy()), v.getCreatedAt(),
                v.getSubmittedAt(), v.getPublishedAt());
    }

    /** For the home banner: now, from the injected clock. */
    Instant now() {
        return clock.instant();
    }
}
