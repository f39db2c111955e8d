package org.ladder.cycles.ui;

import java.time.LocalDate;

import org.ladder.checkins.Frequency;
import org.ladder.cycles.CycleScope;
import org.ladder.cycles.LaunchRequest;
import org.ladder.cycles.PhaseDeadlines;
import org.ladder.cycles.ui.LaunchCycleView.ScopeKind;
import org.ladder.people.OrgUnitNode;
import org.ladder.reviews.ReviewTemplateSummary;

import com.vaadin.flow.data.binder.Binder;

/**
 * The launch wizard's values ({@link LaunchCycleView}), bound with a {@link Binder}; {@link #request()} turns them
 * into the service's request.
 */
final class LaunchForm {
    String name;
    LocalDate periodStart;
    LocalDate periodEnd;
    ScopeKind scopeKind = ScopeKind.ORGANISATION;
    OrgUnitNode unit;
    LocalDate defineBy;
    LocalDate cascadeBy;
    LocalDate reviewStartsOn;
    LocalDate reviewBy;
    LocalDate reviseBy;
    LocalDate closeBy;
    Frequency frequency;
    ReviewTemplateSummary template;
    boolean acceptGaps;

    CycleScope scope() {
        if (scopeKind == ScopeKind.UNIT) {
            return unit == null ? null : CycleScope.unit(unit.id());
        }
        return scopeKind == null ? null : CycleScope.organisation();
    }

    PhaseDeadlines deadlines() {
        return new PhaseDeadlines(defineBy, cascadeBy, reviewStartsOn, reviewBy, reviseBy, closeBy);
    }

    void deadlines(PhaseDeadlines d) {
        defineBy = d.defineBy();
        cascadeBy = d.cascadeBy();
        reviewStartsOn = d.reviewStartsOn();
        reviewBy = d.reviewBy();
        reviseBy = d.reviseBy();
        closeBy = d.closeBy();
    }

    /** The deadline of this key (defineBy, cascadeBy, reviewStartsOn, reviewBy, reviseBy or closeBy). */
    LocalDate deadline(String key) {
        return switch (key) {
            case "defineBy" -> defineBy;
            case "cascadeBy" -> cascadeBy;
            case "reviewStartsOn" -> reviewStartsOn;
            case "reviewBy" -> reviewBy;
            case "reviseBy" -> reviseBy;
            default -> closeBy;
        };
    }

    void deadline(String key, LocalDate v) {
        switch (key) {
            case "defineBy" -> defineBy = v;
            case "cascadeBy" -> cascadeBy = v;
            case "reviewStartsOn" -> reviewStartsOn = v;
            case "reviewBy" -> reviewBy = v;
            case "reviseBy" -> reviseBy = v;
            default -> closeBy = v;
        }
    }

    LaunchRequest request() {
        return new LaunchRequest(name == null ? null : name.trim(), periodStart, periodEnd, scope(), deadlines(),
                frequency, template == null ? null : template.templateId(), acceptGaps);
    }
}
