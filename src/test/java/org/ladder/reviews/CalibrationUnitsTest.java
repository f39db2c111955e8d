package org.ladder.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The calibration unit: the nearest unit up from the person's own that has a head other than the person. */
class CalibrationUnitsTest {

    // company 1 (head 100) > division 2 (head 200) > team 3 (head 300), team 4 (no head)
    final Map<Long, Long> parents = new HashMap<>(Map.of(2L, 1L, 3L, 2L, 4L, 2L));
    final CalibrationUnits units = new CalibrationUnits(parents, Map.of(1L, 100L, 2L, 200L, 3L, 300L));

    @Test
    void aTeamMemberIsCalibratedInTheirTeam() {
        assertThat(units.of(301, 3L)).isEqualTo(3L);
    }

    @Test
    void aHeadIsCalibratedOneLevelUp() {
        assertThat(units.of(300, 3L)).isEqualTo(2L);
        assertThat(units.of(100, 1L)).as("nobody above the top head").isNull();
    }

    @Test
    void aUnitWithoutAHeadIsCalibratedWithTheUnitAbove() {
        assertThat(units.of(401, 4L)).isEqualTo(2L);
        assertThat(units.of(5, null)).isNull();
        assertThat(units.headOf(2L)).isEqualTo(200L);
    }
}
