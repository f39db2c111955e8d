package org.ladder.goals;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The rules of key results, checked field by field (keys like {@code keyResults[1].target}). */
final class KeyResultRules {

    static final BigDecimal LIMIT = new BigDecimal("1000000000000");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private KeyResultRules() {
    }

    static Map<String, String> check(List<KeyResultDraft> keyResults) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (keyResults.size() > GoalLimits.KEY_RESULTS_MAX) {
            errors.put("keyResults", "A goal has at most " + GoalLimits.KEY_RESULTS_MAX + " key results.");
            return errors;
        }
        int total = 0;
        boolean weightsKnown = true;
        for (int i = 0; i < keyResults.size(); i++) {
            KeyResultDraft kr = keyResults.get(i);
            String k = "keyResults[" + i + "].";
            if (kr.name() == null || kr.name().isBlank()) {
                errors.put(k + "name", "Name the key result.");
            } else if (kr.name().trim().length() > GoalLimits.KEY_RESULT_NAME_MAX_LENGTH) {
                errors.put(k + "name", "Keep the name under " + GoalLimits.KEY_RESULT_NAME_MAX_LENGTH + " characters.");
            }
            if (kr.weight() == null) {
                errors.put(k + "weight", "Give a weight (1–100).");
                weightsKnown = false;
            } else if (kr.weight() < 1 || kr.weight() > 100) {
                errors.put(k + "weight", "A weight is a whole percentage from 1 to 100.");
                weightsKnown = false;
            } else {
                total += kr.weight();
            }
            if (kr.type() == null) {
                errors.put(k + "type", "Choose how this key result is measured.");
                continue;
            }
            checkValues(kr, k, errors);
        }
        if (!keyResults.isEmpty() && weightsKnown && total != 100) {
            errors.put("keyResults", "The weights of the key results add up to " + total + "; they must add up to 100.");
        }
        return errors;
    }

    private static void checkValues(KeyResultDraft kr, String k, Map<String, String> errors) {
        BigDecimal baseline = kr.baseline();
        BigDecimal target = kr.target();
        BigDecimal current = kr.current();
        switch (kr.type()) {
            case BINARY -> {
                if (target != null && target.compareTo(BigDecimal.ONE) != 0) {
                    errors.put(k + "target", "A done / not done key result has target 1 (done).");
                }
                if (baseline != null && baseline.signum() != 0) {
                    errors.put(k + "baseline", "A done / not done key result starts at 0 (not done).");
                }
                if (current != null && current.signum() != 0 && current.compareTo(BigDecimal.ONE) != 0) {
                    errors.put(k + "current", "Done is 1, not done is 0.");
                }
                return;
            }
            default -> {
            }
        }
        if (baseline == null) {
            errors.put(k + "baseline", "Give the starting value.");
        }
        if (target == null) {
            errors.put(k + "target", "Give the target.");
        }
        if (current == null) {
            errors.put(k + "current", "Give the current value (the baseline if nothing changed yet).");
        }
        for (var e : Map.of("baseline", baseline == null ? BigDecimal.ZERO : baseline, "target",
                target == null ? BigDecimal.ZERO : target, "current", current == null ? BigDecimal.ZERO : current)
                .entrySet()) {
            BigDecimal v = e.getValue();
            if (v.abs().compareTo(LIMIT) >= 0) {
                errors.putIfAbsent(k + e.getKey(), "This number is too large.");
            } else if (v.stripTrailingZeros().scale() > 4) {
                errors.putIfAbsent(k + e.getKey(), "Use at most 4 decimal places.");
            } else if (kr.type() == KeyResultType.PERCENTAGE && (v.signum() < 0 || v.compareTo(HUNDRED) > 0)) {
                errors.putIfAbsent(k + e.getKey(), "A percentage is between 0 and 100.");
            } else if (kr.type() == KeyResultType.MILESTONE && (v.signum() < 0 || v.stripTrailingZeros().scale() > 0)) {
                errors.putIfAbsent(k + e.getKey(), "Milestones are counted in whole numbers from 0.");
            }
        }
        if (baseline != null && target != null && baseline.compareTo(target) == 0) {
            errors.putIfAbsent(k + "target", "The target must differ from the baseline.");
        }
        if (kr.type() == KeyResultType.MILESTONE && target != null && current != null
                && current.compareTo(target) > 0) {
            errors.putIfAbsent(k + "current", "More milestones reached than planned (" + target.toPlainString() + ").");
        }
        if (kr.type() == KeyResultType.CURRENCY && (kr.unit() == null || !kr.unit().trim().matches("[A-Za-z]{3}"))) {
            errors.put(k + "unit", "Give the currency as a 3-letter code, e.g. EUR.");
        }
        if (kr.unit() != null && kr.unit().trim().length() > GoalLimits.KEY_RESULT_UNIT_MAX_LENGTH) {
            errors.put(k + "unit", "Keep the unit under " + GoalLimits.KEY_RESULT_UNIT_MAX_LENGTH + " characters.");
        }
    }
}
