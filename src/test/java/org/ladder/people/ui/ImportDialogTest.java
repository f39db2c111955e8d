package org.ladder.people.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ladder.people.ImportReport;
import org.ladder.people.domain.PersonRepository;
import org.ladder.support.CsvFiles;
import org.ladder.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;

class ImportDialogTest extends KaribuTest {

    @Autowired
    PersonRepository people;

    private ImportDialog openDialog() {
        login("hr");
        navigate("organisation/import");
        _get(Button.class, b -> b.withId("open-import")).click();
        return _get(ImportDialog.class);
    }

    private static void upload(ImportDialog dialog, byte[] content) {
        _upload(dialog.upload, "organisation.csv", "text/csv", content);
        MockVaadin.clientRoundtrip();
    }

    @Test
    void aBadFileShowsItsRowErrorsAndImportsNothing() {
        ImportDialog dialog = openDialog();
        long before = people.count();

        upload(dialog, CsvFiles.badFile(CsvFiles.runId()));

        assertThat(dialog.summary.getText()).contains("3 problems in organisation.csv").contains("Nothing will be imported");
        assertThat(dialog.problems.isVisible()).isTrue();
        assertThat(_size(dialog.problems)).isEqualTo(3); // bad e-mail, unknown unit, reporting loop
        ImportReport.Line first = GridKt._get(dialog.problems, 0);
        assertThat(first.line()).isEqualTo(4);
        assertThat(first.message()).contains("not a valid address");
        assertThat(dialog.importButton.isEnabled()).isFalse();
        assertThat(people.count()).isEqualTo(before);
    }

    @Test
    void aGoodFileIsPreviewedThenImported() {
        ImportDialog dialog = openDialog();
        String run = CsvFiles.runId();
        long before = people.count();

        upload(dialog, CsvFiles.goodFile(run));
        assertThat(dialog.summary.getText()).startsWith("Ready to import organisation.csv")
                .contains("1 unit new").contains("3 people new");
        assertThat(dialog.problems.isVisible()).isFalse();
        assertThat(people.count()).isEqualTo(before);

        dialog.importButton.click();
        NotificationsKt.expectNotifications("Imported organisation.csv: 1 unit new, 0 changed; 3 people new, 0 changed; 0 unchanged");
        assertThat(people.count()).isEqualTo(before + 3);
        assertThat(dialog.isOpened()).isFalse();

        _get(Button.class, b -> b.withId("open-import")).click();
        ImportDialog again = _get(ImportDialog.class);
        upload(again, CsvFiles.goodFile(run));
        assertThat(again.summary.getText()).startsWith("Nothing to change");
        assertThat(again.importButton.isEnabled()).isFalse();
    }

    @Test
    void aBadFileReportsEveryProblemInOnePassAndRemovingItClearsThePreview() {
        ImportDialog dialog = openDialog();
        String run = CsvFiles.runId();
        byte[] csv = (CsvFiles.HEADER
                + "unit," + run + "-U1,Imported Team " + run + ",U-CO," + run + "-P2,,,,,,,,\n"
                + "person," + run + "-P1,,,,Ann,Ok," + run + ".ann@import.example,," + run + "-U1," + run + "-P2,,\n"
                + "person," + run + "-P2,,,,Bad,Mail,not-an-email,,NOPE,,,\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);

        upload(dialog, csv);

        assertThat(dialog.summary.getText()).startsWith("4 problems in organisation.csv.");
        assertThat(GridKt._findAll(dialog.problems)).extracting(ImportReport.Line::line, ImportReport.Line::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "Head " + run + "-P2 is in the file but its own row is "
                                + "invalid (line 4)."),
                        org.assertj.core.groups.Tuple.tuple(3, "Manager " + run + "-P2 is in the file but its own row "
                                + "is invalid (line 4)."),
                        org.assertj.core.groups.Tuple.tuple(4, "E-mail 'not-an-email' is not a valid address."),
                        org.assertj.core.groups.Tuple.tuple(4, "Unit NOPE is unknown: it is neither in this file nor "
                                + "in Ladder."));

        com.vaadin.flow.component.ComponentUtil.fireEvent(dialog.upload,
                new com.vaadin.flow.component.upload.FileRemovedEvent(dialog.upload, "organisation.csv"));

        assertThat(dialog.summary.isVisible()).isFalse();
        assertThat(dialog.problems.isVisible()).isFalse();
        assertThat(_size(dialog.problems)).isZero();
        assertThat(dialog.importButton.isEnabled()).isFalse();
    }

    @Test
    void thePreviewListsEachNewUnitAndPersonAndATemplateCanBeDownloaded() {
        ImportDialog dialog = openDialog();
        String run = CsvFiles.runId();
        assertThat(dialog.template.getText()).isEqualTo("Download a template (organisation-template.csv)");
        assertThat(dialog.template.getHref()).isNotBlank();

        upload(dialog, CsvFiles.goodFile(run));

        assertThat(dialog.changes.isVisible()).isTrue();
        assertThat(GridKt._findAll(dialog.changes)).extracting(ImportReport.Change::action,
                ImportReport.Change::kind, ImportReport.Change::externalId).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("New", "Unit", run + "-U1"),
                        org.assertj.core.groups.Tuple.tuple("New", "Person", run + "-P1"),
                        org.assertj.core.groups.Tuple.tuple("New", "Person", run + "-P2"),
                        org.assertj.core.groups.Tuple.tuple("New", "Person", run + "-P3"));
    }
}
