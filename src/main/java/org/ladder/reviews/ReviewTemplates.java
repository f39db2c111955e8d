package org.ladder.reviews;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.ladder.base.ConcurrentEditException;
import org.ladder.base.ValidationException;
import org.ladder.base.audit.AuditLog;
import org.ladder.base.security.CurrentUser;
import org.ladder.base.security.Role;
import org.ladder.reviews.domain.ReviewTemplate;
import org.ladder.reviews.domain.ReviewTemplateRepository;
import org.ladder.reviews.domain.ReviewTemplateVersion;
import org.ladder.reviews.domain.ReviewTemplateVersionRepository;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * HR's review templates (HR and administrators only): list, read, create, save. A version used by any review never
 * changes: saving a template whose latest version is in use makes a new version, and every review keeps the version
 * it started with. Saves are optimistic: a template changed by someone else since it was read is refused with a
 * conflict, nothing saved. Every change is audited.
 */
@Service
@Transactional
public class ReviewTemplates {

    private final ReviewTemplateRepository templates;
    private final ReviewTemplateVersionRepository versions;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    ReviewTemplates(ReviewTemplateRepository templates, ReviewTemplateVersionRepository versions,
            CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.templates = templates;
        this.versions = versions;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the caller may edit templates and start rounds by hand (HR, administrators). */
    @Transactional(readOnly = true)
    public boolean mayManage() {
        return currentUser.hasAnyRole(Role.HR, Role.ADMIN);
    }

    /** Every template by name, with its latest version. */
    @Transactional(readOnly = true)
    public List<ReviewTemplateSummary> list() {
        requireManager();
        return summaries();
    }

    /** For {@link ReviewRounds#usableTemplates()} (no caller check). */
    List<ReviewTemplateSummary> summaries() {
        return templates.findAllByOrderByNameAsc().stream().map(t -> {
            ReviewTemplateVersion v = latest(t);
            return new ReviewTemplateSummary(t.id(), v.number(), v.name(), v.peersAsked());
        }).toList();
    }

    /** The template's latest version. */
    @Transactional(readOnly = true)
    public ReviewTemplateDetails read(long templateId) {
        requireManager();
        ReviewTemplate t = template(templateId);
        return details(t, latest(t));
    }

    /** One version of the template (older versions are read-only). */
    @Transactional(readOnly = true)
    public ReviewTemplateDetails read(long templateId, int number) {
        requireManager();
        ReviewTemplate t = template(templateId);
        return details(t, versions.findByTemplateIdAndNumber(templateId, number).orElseThrow(
                () -> new ValidationException(Map.of("number", "Version " + number + " does not exist."))));
    }

    /** A sensible start for a new template: the default template's questions and scales. */
    public TemplateDraft starterDraft() {
        return DefaultTemplate.draft("New review template");
    }

    /** Creates a template with its first version. */
    public ReviewTemplateDetails create(TemplateDraft draft) {
        requireManager();
        validate(draft);
        String name = draft.name().trim();
        if (templates.findByNameIgnoreCase(name).isPresent()) {
            throw new ValidationException(Map.of("name", "Another template is called " + name + "."));
        }
        String by = currentUser.actorName();
        ReviewTemplate t = templates.saveAndFlush(new ReviewTemplate(name, by, clock.instant()));
        ReviewTemplateVersion v = versions.saveAndFlush(
                new ReviewTemplateVersion(t.id(), t.nextNumber(by, clock.instant()), draft, by, clock.instant()));
        audit.record("review-template.created", "review-template", t.id(), name + ", version " + v.number());
        return details(t, v);
    }

    /**
     * Saves the template: rewrites its latest version while no review uses it, else makes a new version.
     *
     * @param expectedVersion the {@link ReviewTemplateDetails#templateVersion()} the editor read
     * @throws ConcurrentEditException when someone saved the template since
     */
    public ReviewTemplateDetails save(long templateId, long expectedVersion, TemplateDraft draft) {
        requireManager();
        ReviewTemplate t = template(templateId);
        if (t.version() != expectedVersion) {
            throw new ConcurrentEditException("Someone else saved this template meanwhile. Reload it to see their "
                    + "change; your edits are still in the form.");
        }
        validate(draft);
        String name = draft.name().trim();
        templates.findByNameIgnoreCase(name).filter(other -> !other.id().equals(t.id())).ifPresent(other -> {
            throw new ValidationException(Map.of("name", "Another template is called " + name + "."));
        });
        String by = currentUser.actorName();
        ReviewTemplateVersion latest = latest(t);
        ReviewTemplateVersion saved;
        String what;
        if (latest.inUse()) {
            saved = versions.save(new ReviewTemplateVersion(t.id(), t.nextNumber(by, clock.instant()), draft, by,
                    clock.instant()));
            what = "version " + saved.number() + " made (version " + latest.number() + " is in use)";
        } else {
            latest.rewrite(draft, by, clock.instant());
            t.touched(by, clock.instant());
            saved = latest;
            what = "version " + saved.number() + " rewritten";
        }
        t.rename(name);
        try {
            templates.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("Someone else saved this template meanwhile. Reload it to see their "
                    + "change; your edits are still in the form.");
        }
        audit.record("review-template.saved", "review-template", t.id(), name + ": " + what);
        return details(t, saved);
    }

    // --- for the module -------------------------------------------------------------------------------------------

    /** The latest version of a template, for a new round (no caller check). */
    ReviewTemplateVersion latestVersion(long templateId) {
        return latest(template(templateId));
    }

    private ReviewTemplate template(long templateId) {
        return templates.findById(templateId).orElseThrow(
                () -> new ValidationException(Map.of("templateId", "This review template does not exist.")));
    }

    private ReviewTemplateVersion latest(ReviewTemplate t) {
        return versions.findByTemplateIdAndNumber(t.id(), t.latestNumber()).orElseThrow();
    }

    private ReviewTemplateDetails details(ReviewTemplate t, ReviewTemplateVersion v) {
        List<Integer> numbers = versions.findByTemplateIdOrderByNumberDesc(t.id()).stream()
                .map(ReviewTemplateVersion::number).toList();
        return new ReviewTemplateDetails(t.id(), t.version(), v.id(), v.number(), v.draft(), v.inUse(), v.savedBy(),
                v.savedAt(), numbers);
    }

    private static void validate(TemplateDraft draft) {
        Map<String, String> errors = TemplateRules.check(draft);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private void requireManager() {
        if (!mayManage()) {
            throw new AccessDeniedException("Only HR and administrators manage review templates.");
        }
    }
}
