package org.ladder.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ladder.people.domain.OrgUnitRepository;
import org.ladder.people.domain.Person;
import org.ladder.people.domain.PersonRepository;
import org.ladder.support.CsvFiles;
import org.ladder.support.LadderIntegrationTest;
import org.ladder.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

@LadderIntegrationTest
class OrgImportServiceTest {

    @Autowired
    OrgImportService imports;
    @Autowired
    PersonRepository people;
    @Autowired
    OrgUnitRepository units;
    @Autowired
    SignedIn signedIn;
    @Autowired
    TransactionTemplate tx;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void previewSavesNothingAndApplyImportsEverythingWithReportingLines() {
        signedIn.as("hr");
        String run = CsvFiles.runId();
        long before = people.count();

        ImportReport preview = imports.preview(CsvFiles.goodFile(run));
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.unitsCreated()).isEqualTo(1);
        assertThat(preview.peopleCreated()).isEqualTo(3);
        assertThat(people.count()).isEqualTo(before);

        ImportReport applied = imports.apply(CsvFiles.goodFile(run));
        assertThat(applied.applied()).isTrue();
        assertThat(people.count()).isEqualTo(before + 3);
        tx.executeWithoutResult(s -> {
            Person jon = people.findByExternalId(run + "-P2").orElseThrow();
            assertThat(jon.getManager().getExternalId()).isEqualTo(run + "-P1");
            assertThat(jon.getUnit().getExternalId()).isEqualTo(run + "-U1");
            assertThat(jon.getUsername()).isEqualTo(run.toLowerCase() + ".jon@import.example");
            assertThat(units.findByExternalId(run + "-U1").orElseThrow().getHead().getExternalId())
                    .isEqualTo(run + "-P1");
        });
        assertThat(imports.recentImports(5)).first().satisfies(e -> {
            assertThat(e.getActor()).isEqualTo("hr");
            assertThat(e.getDetails()).contains("3 people created");
        });
    }

    @Test
    void reimportingTheSameFileChangesNothing() {
        signedIn.as("hr");
        String run = CsvFiles.runId();
        imports.apply(CsvFiles.goodFile(run));
        long versionBefore = people.findByExternalId(run + "-P2").orElseThrow().getVersion();

        ImportReport again = imports.apply(CsvFiles.goodFile(run));

        assertThat(again.changes()).isZero();
        assertThat(again.unchanged()).isEqualTo(4);
        assertThat(people.findByExternalId(run + "-P2").orElseThrow().getVersion()).isEqualTo(versionBefore);
    }

    @Test
    void aBadFileIsRefusedWithEveryRowAndNothingIsSaved() {
        signedIn.as("admin");
        String run = CsvFiles.runId();
        long peopleBefore = people.count();
        long unitsBefore = units.count();

        assertThatThrownBy(() -> imports.apply(CsvFiles.badFile(run)))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> {
                    assertThat(e.report().problems()).extracting(ImportReport.Line::line).contains(4, 5);
                    assertThat(e.report().problems()).extracting(ImportReport.Line::message)
                            .anySatisfy(m -> assertThat(m).contains("not a valid address"))
                            .anySatisfy(m -> assertThat(m).contains("Unit NOPE is unknown"))
                            .anySatisfy(m -> assertThat(m).contains("Reporting loop"));
                });
        assertThat(people.count()).isEqualTo(peopleBefore);
        assertThat(units.count()).isEqualTo(unitsBefore);
        assertThat(people.findByExternalId(run + "-P1")).isEmpty();
    }

    @Test
    void onlyHrAndAdminsMayImport() {
        signedIn.as("employee");
        assertThatThrownBy(() -> imports.preview(CsvFiles.goodFile(CsvFiles.runId())))
                .isInstanceOf(AccessDeniedException.class);
        signedIn.as("manager");
        assertThatThrownBy(() -> imports.apply(CsvFiles.goodFile(CsvFiles.runId())))
                .isInstanceOf(AccessDeniedException.class);
        signedIn.nobody();
        assertThatThrownBy(() -> imports.recentImports(5)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void emptyAndGarbledFilesGetAClearMessage() {
        signedIn.as("hr");
        assertThat(imports.preview(new byte[0]).problems()).singleElement()
                .extracting(ImportReport.Line::message).isEqualTo("The file is empty.");
        assertThat(imports.preview("kind,external_id\nunit,\"U1\n".getBytes()).problems()).singleElement()
                .extracting(ImportReport.Line::message).asString().contains("never closed");
    }
}
