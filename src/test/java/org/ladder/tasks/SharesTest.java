package org.ladder.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SharesTest {

    @Test
    void roundsHalfUpAndNeverClaimsAllOrNoneTooEarly() {
        assertThat(Shares.percent(1, 6)).isEqualTo(17); // was shown as 16 %
        assertThat(Shares.percent(5, 6)).isEqualTo(83);
        assertThat(Shares.percent(1, 2)).isEqualTo(50);
        assertThat(Shares.percent(1, 8)).isEqualTo(13); // 12.5 rounds up
        assertThat(Shares.percent(199, 200)).isEqualTo(99); // 99.5 would round to 100 before everyone has
        assertThat(Shares.percent(1, 1000)).isEqualTo(1); // 0.1 would round to 0 although someone has
        assertThat(Shares.percent(0, 6)).isZero();
        assertThat(Shares.percent(6, 6)).isEqualTo(100);
        assertThat(Shares.percent(0, 0)).isEqualTo(100);
    }

    @Test
    void csvCellsAreQuotedAndFormulasDefused() {
        assertThat(Csv.row("Emma Lindqvist", "emma@example.com", "Core, Services", "Say \"hi\""))
                .isEqualTo("Emma Lindqvist,emma@example.com,\"Core, Services\",\"Say \"\"hi\"\"\"\r\n");
        assertThat(Csv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(Csv.cell(null)).isEmpty();
    }
}
