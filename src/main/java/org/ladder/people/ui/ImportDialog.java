package org.ladder.people.ui;

import org.ladder.base.ui.Toasts;
import org.ladder.base.web.UploadLimits;
import org.ladder.people.ImportRejectedException;
import org.ladder.people.ImportReport;
import org.ladder.people.OrgImportService;
import org.ladder.people.imports.ImportRules;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * Import units and people from CSV: upload, preview (counts, or every bad row with its line and reason), then
 * import all or nothing.
 */
class ImportDialog extends Dialog {

    private final transient OrgImportService importService;
    private final Runnable afterImport;
    final Upload upload;
    final Paragraph summary = new Paragraph();
    final Grid<ImportReport.Line> problems = new Grid<>();
    final Button importButton = new Button("Import");
    private byte[] content;
    private String fileName;

    ImportDialog(OrgImportService importService, Runnable afterImport) {
        this.importService = importService;
        this.afterImport = afterImport;
        setHeaderTitle("Import organisation from CSV");
        setWidth("min(56rem, 95vw)");
        setId("import-dialog");

        Paragraph help = new Paragraph("One UTF-8 CSV file with a header line. Each row is a unit or a person, "
                + "matched on external_id: importing the same file again changes nothing. If any row has a "
                + "problem, nothing is imported.");
        Pre format = new Pre(String.join(",", ImportRules.COLUMNS) + "\n"
                + "unit,U-1,Brightwater Ltd,,P-1,,,,,,,,\n"
                + "person,P-1,,,,Catherine,Okafor,catherine@example.com,CEO,U-1,,LEADERSHIP;MANAGER,yes");
        format.addClassName("ladder-csv-format");

        upload = new Upload(UploadHandler.inMemory((metadata, data) -> {
            fileName = metadata.fileName();
            content = data;
            getUI().ifPresent(ui -> ui.access(this::showPreview));
        }));
        upload.setId("import-upload");
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(OrgImportService.MAX_BYTES);
        UploadI18N i18n = new UploadI18N();
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(UploadLimits.tooLargeMessage())
                .setIncorrectFileType("Choose a CSV file (.csv).").setTooManyFiles("Choose one file."));
        upload.setI18n(i18n);
        upload.setDropLabel(new Span("Drop a CSV file here"));
        upload.addFileRejectedListener(e -> Toasts.error(e.getErrorMessage()));

        summary.setId("import-summary");
        summary.setVisible(false);
        problems.setId("import-problems");
        problems.addColumn(ImportReport.Line::line).setHeader("Line").setWidth("6em").setFlexGrow(0);
        problems.addColumn(ImportReport.Line::message).setHeader("Problem").setFlexGrow(1);
        problems.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        problems.setAllRowsVisible(false);
        problems.setHeight("16rem");
        problems.setVisible(false);

        VerticalLayout body = new VerticalLayout(help, format, upload, summary, problems);
        body.setPadding(false);
        add(body);

        importButton.setId("import-confirm");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        importButton.setDisableOnClick(true);
        importButton.addClickListener(e -> runImport());
        Button cancel = new Button("Close", e -> close());
        cancel.setId("import-cancel");
        getFooter().add(cancel, importButton);
    }

    /** Checks the uploaded file and shows what the import would do. */
    void showPreview() {
        ImportReport report = importService.preview(content);
        show(report);
        importButton.setEnabled(!report.hasProblems() && report.changes() > 0);
    }

    private void runImport() {
        try {
            ImportReport report = importService.apply(content);
            Toasts.success("Imported " + fileName + ": " + describe(report));
            close();
            afterImport.run();
        } catch (ImportRejectedException e) {
            show(e.report());
            importButton.setEnabled(false);
        }
    }

    private void show(ImportReport report) {
        summary.setVisible(true);
        if (report.hasProblems()) {
            summary.setText(report.problems().size() + " problem(s) in " + fileName
                    + ". Nothing will be imported until they are fixed.");
            summary.getElement().setAttribute("theme", "error");
            problems.setItems(report.problems());
            problems.setVisible(true);
        } else {
            summary.setText(report.changes() == 0
                    ? "Nothing to change: everything in " + fileName + " is already in Ladder (" + report.unchanged()
                            + " rows unchanged)."
                    : "Ready to import " + fileName + ": " + describe(report) + ".");
            summary.getElement().removeAttribute("theme");
            problems.setVisible(false);
        }
    }

    private static String describe(ImportReport r) {
        return r.unitsCreated() + " units new, " + r.unitsUpdated() + " changed; " + r.peopleCreated()
                + " people new, " + r.peopleUpdated() + " changed; " + r.unchanged() + " unchanged";
    }

}
