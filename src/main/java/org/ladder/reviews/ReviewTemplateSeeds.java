package org.ladder.reviews;

import java.time.Clock;

import org.ladder.base.audit.AuditLog;
import org.ladder.reviews.domain.ReviewTemplate;
import org.ladder.reviews.domain.ReviewTemplateRepository;
import org.ladder.reviews.domain.ReviewTemplateVersion;
import org.ladder.reviews.domain.ReviewTemplateVersionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Seeds the default template ({@link DefaultTemplate}) when none of that name exists: for the demo and tests. */
@Service
@Transactional
public class ReviewTemplateSeeds {

    private final ReviewTemplateRepository templates;
    private final ReviewTemplateVersionRepository versions;
    private final AuditLog audit;
    private final Clock clock;

    ReviewTemplateSeeds(ReviewTemplateRepository templates, ReviewTemplateVersionRepository versions, AuditLog audit,
            Clock clock) {
        this.templates = templates;
        this.versions = versions;
        this.audit = audit;
        this.clock = clock;
    }

    /** The default template's id, seeding it first if needed. */
    public long seedDefault() {
        return templates.findByNameIgnoreCase(DefaultTemplate.NAME).map(ReviewTemplate::id).orElseGet(() -> {
            ReviewTemplate t = templates.saveAndFlush(new ReviewTemplate(DefaultTemplate.NAME, "Ladder", clock.instant()));
            versions.saveAndFlush(new ReviewTemplateVersion(t.id(), t.nextNumber("Ladder", clock.instant()),
                    DefaultTemplate.draft(DefaultTemplate.NAME), "Ladder", clock.instant()));
            audit.recordAs("Ladder", "review-template.created", "review-template", t.id(), DefaultTemplate.NAME
                    + ", version 1 (seeded)");
            return t.id();
        });
    }
}
