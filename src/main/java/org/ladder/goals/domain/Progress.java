package org.ladder.goals.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

import org.ladder.goals.KeyResultType;

/** The roll-up arithmetic, in percent (0–100). */
public final class Progress {

    private Progress() {
    }

    /**
     * How far a key result has come from its baseline to its target (targets below the baseline count downwards);
     * binary is 0 or 100; below the baseline is 0, beyond the target 100.
     */
    public static double ofKeyResult(KeyResultType type, BigDecimal baseline, BigDecimal target, BigDecimal current) {
        if (type == KeyResultType.BINARY) {
            return current.signum() > 0 ? 100 : 0;
        }
        BigDecimal span = target.subtract(baseline);
        if (span.signum() == 0) {
            return current.compareTo(target) == 0 ? 100 : 0;
        }
        double share = current.subtract(baseline).divide(span, 6, RoundingMode.HALF_UP).doubleValue();
        return clamp(share * 100);
    }

    /** Weighted by the key results' weights (which add up to 100). */
    public static double ofKeyResults(Collection<KeyResult> keyResults) {
        int weights = keyResults.stream().mapToInt(KeyResult::getWeight).sum();
        if (weights == 0) {
            return 0;
        }
        double sum = 0;
        for (KeyResult kr : keyResults) {
            sum += kr.progress() * kr.getWeight();
        }
        return clamp(sum / weights);
    }

    public static double clamp(double percent) {
        if (Double.isNaN(percent)) {
            return 0;
        }
        return Math.round(Math.max(0, Math.min(100, percent)) * 100) / 100.0;
    }
}
