package org.ladder.goals;

import java.math.BigDecimal;

/** A key result as pages show it; {@code progress} is 0–100. */
public record KeyResultView(long id, String name, KeyResultType type, BigDecimal baseline, BigDecimal target,
        BigDecimal current, String unit, int weight, double progress) {

    public KeyResultDraft toDraft() {
        return new KeyResultDraft(id, name, type, baseline, target, current, unit, weight);
    }
}
