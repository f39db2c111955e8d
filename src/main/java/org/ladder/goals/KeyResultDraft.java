package org.ladder.goals;

import java.math.BigDecimal;

/**
 * A key result as an editor sends it. {@code id} is null for a new one. Weights are whole percentages and the
 * weights of a goal add up to 100.
 */
public record KeyResultDraft(Long id, String name, KeyResultType type, BigDecimal baseline, BigDecimal target,
        BigDecimal current, String unit, Integer weight) {
}
