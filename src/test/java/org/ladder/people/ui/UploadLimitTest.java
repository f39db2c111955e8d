package org.ladder.people.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ladder.people.OrgImportService;
import org.ladder.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.button.Button;

import jakarta.servlet.MultipartConfigElement;

/**
 * One upload limit (issue 8, security item 9): the file the import advertises (10 MB) gets through the servlet
 * container's multipart limits, and the Upload says why a larger one is refused.
 */
class UploadLimitTest extends KaribuTest {

    @Autowired
    MultipartConfigElement multipart;

    @Test
    void theServerAcceptsWhatTheUploadAdvertisesAndTheUploadExplainsTheLimit() {
        assertThat(OrgImportService.MAX_BYTES).isEqualTo(10 * 1024 * 1024);
        assertThat(multipart.getMaxFileSize()).isEqualTo(OrgImportService.MAX_BYTES);
        assertThat(multipart.getMaxRequestSize()).isGreaterThan(OrgImportService.MAX_BYTES);

        login("hr");
        navigate("organisation/import");
        _get(Button.class, b -> b.withId("open-import")).click();
        ImportDialog dialog = _get(ImportDialog.class);
        assertThat(dialog.upload.getMaxFileSize()).isEqualTo(OrgImportService.MAX_BYTES);
        assertThat(dialog.upload.getI18n().getError().getFileIsTooBig()).isEqualTo("The file is larger than 10 MB.");
    }
}
