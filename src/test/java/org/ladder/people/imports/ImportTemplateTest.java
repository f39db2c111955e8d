package org.ladder.people.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.ladder.people.OrgImportService;

/** The downloadable template is a valid file in the format the import reads. */
class ImportTemplateTest {

    @Test
    void theTemplateImportsWithoutProblems() {
        ImportRules.Outcome o = ImportRules.check(
                CsvReader.read(OrgImportService.template().getBytes(StandardCharsets.UTF_8)),
                ImportRules.Snapshot.empty());
        assertThat(o.problems()).isEmpty();
        assertThat(o.unitsCreated()).isEqualTo(2);
        assertThat(o.peopleCreated()).isEqualTo(3);
    }
}
