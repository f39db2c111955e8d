package org.ladder.reviews.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.ladder.base.persistence.UtcInstantConverter;
import org.ladder.reviews.RatingScale;
import org.ladder.reviews.ReviewSection;
import org.ladder.reviews.ReviewStep;
import org.ladder.reviews.TemplateDraft;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One version of a template: its questions, both scales, whether peers are asked and the deadline of each step. A
 * version may be rewritten only while no review uses it ({@link #rewrite}); the first review marks it in use
 * ({@link #markInUse()}), and from then on it is frozen: an edit of the template makes a new version, and every
 * review keeps the version it started with.
 */
@Entity
@Table(name = "review_template_version")
public class ReviewTemplateVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_template_version_seq")
    @SequenceGenerator(name = "review_template_version_seq", sequenceName = "review_template_version_seq",
            allocationSize = 50)
    private Long id;

    @Column(name = "template_id", nullable = false, updatable = false)
    private long templateId;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, length = 12000)
    private String sections;

    @Column(name = "performance_scale", nullable = false, length = 1000)
    private String performanceScale;

    @Column(name = "alignment_scale", nullable = false, length = 1000)
    private String alignmentScale;

    @Column(name = "peers_asked", nullable = false)
    private boolean peersAsked;

    @Column(nullable = false, length = 400)
    private String deadlines;

    @Column(name = "in_use", nullable = false)
    private boolean inUse;

    @Column(name = "saved_by", nullable = false, length = 201)
    private String savedBy;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Version
    private long version;

    protected ReviewTemplateVersion() {
    }

    public ReviewTemplateVersion(long templateId, int number, TemplateDraft draft, String by, Instant at) {
        this.templateId = templateId;
        this.number = number;
        write(draft, by, at);
    }

    /** Rewrites this version in place; refused once a review uses it. */
    public void rewrite(TemplateDraft draft, String by, Instant at) {
        if (inUse) {
            throw new IllegalStateException("Version " + number + " is used by reviews and cannot change");
        }
        write(draft, by, at);
    }

    private void write(TemplateDraft draft, String by, Instant at) {
        this.name = draft.name().trim();
        this.sections = TemplateJson.sections(draft.sections());
        this.performanceScale = TemplateJson.scale(draft.performanceScale());
        this.alignmentScale = TemplateJson.scale(draft.alignmentScale());
        this.peersAsked = draft.peersAsked();
        this.deadlines = TemplateJson.deadlines(draft.allDeadlines());
        this.savedBy = by;
        this.savedAt = at;
    }

    /** A review started on this version: it is frozen from now on. */
    public void markInUse() {
        this.inUse = true;
    }

    public TemplateDraft draft() {
        return new TemplateDraft(name, sections(), performanceScale(), alignmentScale(), peersAsked, deadlines());
    }

    public Long id() {
        return id;
    }

    public long templateId() {
        return templateId;
    }

    public int number() {
        return number;
    }

    public String name() {
        return name;
    }

    public List<ReviewSection> sections() {
        return TemplateJson.sections(sections);
    }

    public RatingScale performanceScale() {
        return TemplateJson.scale(performanceScale);
    }

    public RatingScale alignmentScale() {
        return TemplateJson.scale(alignmentScale);
    }

    public boolean peersAsked() {
        return peersAsked;
    }

    public Map<ReviewStep, Integer> deadlines() {
        return TemplateJson.deadlines(deadlines);
    }

    public int daysFor(ReviewStep step) {
        return deadlines().getOrDefault(step, org.ladder.reviews.ReviewLimits.DEFAULT_DEADLINE_DAYS);
    }

    /** When a step that starts at {@code now} is due, by this version's deadlines. */
    public Instant dueFrom(Instant now, ReviewStep step) {
        return now.plus(daysFor(step), java.time.temporal.ChronoUnit.DAYS);
    }

    public boolean inUse() {
        return inUse;
    }

    public String savedBy() {
        return savedBy;
    }

    public Instant savedAt() {
        return savedAt;
    }

    public long version() {
        return version;
    }
}
