package org.ladder.people.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class CsvReaderTest {

    private static CsvReader.Table read(String text) {
        return CsvReader.read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsHeaderAndRowsWithLineNumbers() {
        CsvReader.Table t = read("Kind,External_ID,name\nunit,U1,Sales\n\nunit,U2,Ops\n");
        assertThat(t.columns()).containsExactly("kind", "external_id", "name");
        assertThat(t.rows()).hasSize(2);
        assertThat(t.rows().get(0).line()).isEqualTo(2);
        assertThat(t.rows().get(1).line()).isEqualTo(4);
        assertThat(t.rows().get(1).get("name")).isEqualTo("Ops");
    }

    @Test
    void handlesQuotesCommasLineBreaksCrLfAndBom() {
        CsvReader.Table t = read("\uFEFFkind,name\r\nunit,\"Sales, North\"\r\nunit,\"Say \"\"hi\"\"\nthere\"\r\nunit,Last");
        assertThat(t.rows()).extracting(r -> r.get("name"))
                .containsExactly("Sales, North", "Say \"hi\"\nthere", "Last");
        assertThat(t.rows().get(2).line()).isEqualTo(5);
    }

    @Test
    void missingTrailingFieldsAreEmpty() {
        CsvReader.Table t = read("kind,external_id,name\nunit,U1");
        assertThat(t.rows().get(0).get("name")).isEmpty();
    }

    @Test
    void refusesTooManyFieldsUnclosedQuotesEmptyFilesAndNonUtf8() {
        assertThatThrownBy(() -> read("a,b\n1,2,3\n")).isInstanceOf(CsvReader.CsvFormatException.class)
                .hasMessageContaining("Line 2 has 3 fields");
        assertThatThrownBy(() -> read("a,b\n1,\"open\n")).hasMessageContaining("never closed");
        assertThatThrownBy(() -> read("")).hasMessageContaining("empty");
        assertThatThrownBy(() -> CsvReader.read(new byte[] {'a', ',', (byte) 0xC3, (byte) 0x28}))
                .hasMessageContaining("not UTF-8");
    }
}
