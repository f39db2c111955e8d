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
}
