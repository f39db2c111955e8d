package org.ladder.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ladder.base.ConcurrentEditException;
import org.ladder.base.ValidationException;
import org.ladder.base.audit.AuditLog;
import org.ladder.reviews.domain.ReviewRepository;
import org.ladder.reviews.domain.ReviewTemplateVersionRepository;
import org.ladder.support.CsvFiles;
import org.ladder.support.LadderIntegrationTest;
import org.ladder.support.ReviewFixtures;
import org.ladder.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Templates through the service: HR and administrators only; bad input refused by field with nothing saved; an
 * unused version is rewritten, a version in use makes a new one and the running reviews keep theirs; two saves of
 * the same template read at once give one result and a conflict; everything audited. The demo has the default.
 */
@LadderIntegrationTest
class ReviewTemplatesTest {

    @Autowired
    ReviewTemplates templates;
    @Autowired
    ReviewFixtures fixtures;
    @Autowired
    ReviewRepository reviews;
    @Autowired
    ReviewTemplateVersionRepository versions;
    @Autowired
    AuditLog audit;
    @Autowired
    SignedIn signedIn;
    @Autowired
    ReviewTemplateSeeds seeds;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    static TemplateDraft named(String name) {
        return DefaultTemplate.draft(name);
    }

    @Test
    void onlyHrAndAdministratorsManageTemplates() {
        seeds.seedDefault(); // the demo seeds it; the MariaDB tests run without the demo
        signedIn.as("manager");
        assertThat(templates.mayManage()).isFalse();
        assertThatThrownBy(() -> templates.list()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> templates.create(named("Mine " + CsvFiles.runId())))
                .isInstanceOf(AccessDeniedException.class);
        signedIn.as("admin");
        assertThat(templates.mayManage()).isTrue();
        signedIn.as("hr");
        assertThat(templates.list()).extracting(ReviewTemplateSummary::name).contains(DefaultTemplate.NAME);
    }

    @Test
    void badInputIsRefusedByFieldAndNothingIsSaved() {
        seeds.seedDefault();
        signedIn.as("hr");
        int before = templates.list().size();
        TemplateDraft d = named("");
        TemplateDraft bad = new TemplateDraft(d.name(), d.sections(), new RatingScale("P", List.of("only")),
                d.alignmentScale(), d.peersAsked(), d.deadlineDays());
        assertThatThrownBy(() -> templates.create(bad)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.fieldErrors()).containsKeys("name", "performanceScale.labels"));
        assertThat(templates.list()).hasSize(before);
        assertThatThrownBy(() -> templates.create(named(DefaultTemplate.NAME)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("name"));
    }

    @Test
    void aVersionInUseIsNeverChangedSavingMakesANewOneAndReviewsKeepTheirs() {
        String name = "Versioned " + CsvFiles.runId();
        signedIn.as("hr");
        ReviewTemplateDetails v1 = templates.create(named(name));
        ReviewTemplateDetails rewritten = templates.save(v1.templateId(), v1.templateVersion(),
                withPeers(named(name), false));
        assertThat(rewritten.number()).as("unused: rewritten in place").isEqualTo(1);
        assertThat(rewritten.draft().peersAsked()).isFalse();
        signedIn.nobody();

        ReviewFixtures.Team team = fixtures.freshTeam(1);
        String round = fixtures.startRound(team, v1.templateId());
        long used = reviews.findByRoundKeyAndPersonId(round, team.personId()).orElseThrow().templateVersionId();
        assertThat(used).isEqualTo(v1.versionId());

        signedIn.as("hr");
        ReviewTemplateDetails inUse = templates.read(v1.templateId());
        assertThat(inUse.inUse()).isTrue();
        ReviewTemplateDetails v2 = templates.save(v1.templateId(), inUse.templateVersion(),
                withPeers(named(name), true));
        assertThat(v2.number()).isEqualTo(2);
        assertThat(v2.versionId()).isNotEqualTo(v1.versionId());
        assertThat(v2.numbers()).containsExactly(2, 1);
        assertThat(versions.findById(v1.versionId()).orElseThrow().peersAsked()).as("version 1 unchanged").isFalse();
        assertThat(reviews.findByRoundKeyAndPersonId(round, team.personId()).orElseThrow().templateVersionId())
                .as("the review keeps the version it started with").isEqualTo(v1.versionId());
        assertThat(templates.read(v1.templateId(), 1).draft().peersAsked()).isFalse();
        assertThat(audit.history("review-template", v1.templateId(), 10)).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void twoSavesOfTheSameReadGiveOneResultAndAConflict() {
        signedIn.as("hr");
        String name = "Contested " + CsvFiles.runId();
        ReviewTemplateDetails read = templates.create(named(name));
        templates.save(read.templateId(), read.templateVersion(), withPeers(named(name), false));
        assertThatThrownBy(() -> templates.save(read.templateId(), read.templateVersion(),
                withPeers(named(name + " too"), true))).isInstanceOf(ConcurrentEditException.class)
                .hasMessageContaining("Someone else saved this template");
        assertThat(templates.read(read.templateId()).name()).isEqualTo(name);
    }

    static TemplateDraft withPeers(TemplateDraft d, boolean peers) {
        return new TemplateDraft(d.name(), d.sections(), d.performanceScale(), d.alignmentScale(), peers,
                d.deadlineDays());
    }
}
