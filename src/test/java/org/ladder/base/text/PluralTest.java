package org.ladder.base.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PluralTest {

    @Test
    void oneIsSingularEverythingElsePlural() {
        assertThat(Plural.count(1, "unit")).isEqualTo("1 unit");
        assertThat(Plural.count(4, "problem")).isEqualTo("4 problems");
        assertThat(Plural.count(0, "person", "people")).isEqualTo("0 people");
        assertThat(Plural.count(1, "person", "people")).isEqualTo("1 person");
    }
}
