package org.ladder.goals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.ladder.goals.domain.Goal;
import org.ladder.goals.domain.GoalStore;
import org.ladder.goals.domain.KeyResult;

/**
 * What an edit changes, one readable line per change, and which kinds of change it holds: targets (a key result's
 * target, or key results added or removed), weights, parent, period — the ones approvals and acknowledgements are
 * about.
 */
record Changes(List<String> lines, boolean targets, boolean weights, boolean parent, boolean period) {

    static Changes between(Goal goal, GoalDraft d, GoalStore.Row newParent, Function<Long, String> titleOf) {
        List<String> lines = new ArrayList<>();
        boolean targets = false;
        boolean weights = false;
        boolean parent = false;
        boolean period = false;
        if (!Objects.equals(goal.getTitle(), d.title() == null ? null : d.title().trim())) {
            lines.add("Title: “" + goal.getTitle() + "” → “" + d.title().trim() + "”");
        }
        if (!Objects.equals(goal.getDescription(), GoalRules.blankToNull(d.description()))) {
            lines.add("Description changed");
        }
        Long newParentId = newParent == null ? null : newParent.id();
        if (!Objects.equals(goal.getParentId(), newParentId)) {
            parent = true;
            lines.add("Ladders up to: " + titleOf.apply(goal.getParentId()) + " → "
                    + (newParent == null ? "nothing" : "“" + newParent.title() + "”"));
        }
        if (!Objects.equals(goal.getPeriodStart(), d.periodStart()) || !Objects.equals(goal.getPeriodEnd(),
                d.periodEnd())) {
            period = true;
            lines.add("Period: " + goal.getPeriodStart() + " – " + goal.getPeriodEnd() + " → " + d.periodStart() + " – "
                    + d.periodEnd());
        }
        if (goal.getLevel() == GoalLevel.COMPANY && !Objects.equals(goal.getPillar(), d.pillar())) {
            lines.add("Pillar: " + goal.getPillar() + " → " + d.pillar());
        }
        if (goal.getVisibility() != d.visibility() && goal.getLevel() == GoalLevel.PERSONAL) {
            lines.add("Visible to: " + goal.getVisibility().label() + " → " + d.visibility().label());
        }
        if (!goal.getContributesTo().equals(new LinkedHashSet<>(d.contributesTo()))) {
            lines.add("Contributes to other goals: changed");
        }
        Map<Long, KeyResult> before = new HashMap<>();
        goal.getKeyResults().forEach(kr -> before.put(kr.getId(), kr));
        for (KeyResultDraft kr : d.keyResults()) {
            KeyResult old = kr.id() == null ? null : before.remove(kr.id());
            if (old == null) {
                targets = true;
                lines.add("Key result added: “" + kr.name() + "”, target " + number(kr.target()) + unit(kr.unit())
                        + ", weight " + kr.weight());
                continue;
            }
            String name = "“" + old.getName() + "”";
            if (!old.getName().equals(kr.name() == null ? null : kr.name().trim())) {
                lines.add("Key result " + name + " renamed “" + kr.name() + "”");
            }
            if (kr.target() != null && old.getTarget().compareTo(kr.target()) != 0) {
                targets = true;
                lines.add("Target of " + name + ": " + number(old.getTarget()) + " → " + number(kr.target())
                        + unit(old.getUnit()));
            }
            if (kr.baseline() != null && old.getBaseline().compareTo(kr.baseline()) != 0) {
                targets = true;
                lines.add("Baseline of " + name + ": " + number(old.getBaseline()) + " → " + number(kr.baseline()));
            }
            if (old.getType() != kr.type()) {
                targets = true;
                lines.add("Measure of " + name + ": " + old.getType().label() + " → " + kr.type().label());
            }
            if (kr.weight() != null && old.getWeight() != kr.weight()) {
                weights = true;
                lines.add("Weight of " + name + ": " + old.getWeight() + " → " + kr.weight());
            }
            if (kr.current() != null && old.getCurrent().compareTo(kr.current()) != 0) {
                lines.add("Current value of " + name + ": " + number(old.getCurrent()) + " → " + number(kr.current()));
            }
        }
        for (KeyResult removed : before.values()) {
            targets = true;
            lines.add("Key result removed: “" + removed.getName() + "”");
        }
        return new Changes(List.copyOf(lines), targets, weights, parent, period);
    }

    static String number(BigDecimal value) {
        return value == null ? "—" : value.stripTrailingZeros().toPlainString();
    }

    private static String unit(String unit) {
        return unit == null || unit.isBlank() ? "" : " " + unit;
    }
}
