package org.ladder.people.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.ladder.base.text.Plural;
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
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * Import units and people from CSV: upload, preview (every bad row with its line and reason, or what will change:
 * each new, changed, deactivated or reactivated unit and person), then import all or nothing. Removing the file
 * clears its preview. A template file to start from can be downloaded.
 */
class ImportDialog extends Dialog {

    private final transient OrgImportService importService;
    private final Runnable afterImport;
    final Upload upload;
    final Paragraph summary = new Paragraph();
    final Grid<ImportReport.Line> problems = new Grid<>();
    final Grid<ImportReport.Change> changes = new Grid<>();
    final Anchor template;
    final Button importButton = new Button("Import");
    private byte[] content;
    private String fileName;

    static final String TEMPLATE_FILE = "organisation-template.csv";

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
        byte[] templateBytes = OrgImportService.template().getBytes(StandardCharsets.UTF_8);
        template = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(templateBytes), TEMPLATE_FILE, "text/csv", templateBytes.length)),
                "Download a template (" + TEMPLATE_FILE + ")");
        template.setId("import-template");
        template.getElement().setAttribute("download", true);

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
        upload.addFileRemovedListener(e -> clear());

        summary.setId("import-summary");
        summary.setVisible(false);
        problems.setId("import-problems");
        problems.addColumn(ImportReport.Line::line).setHeader("Line").setWidth("6em").setFlexGrow(0);
        problems.addColumn(ImportReport.Line::message).setHeader("Problem").setFlexGrow(1);
        problems.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        problems.setAllRowsVisible(false);
        problems.setHeight("16rem");
        problems.setVisible(false);

        changes.setId("import-changes");
        changes.addColumn(ImportReport.Change::line).setHeader("Line").setWidth("5em").setFlexGrow(0);
        changes.addColumn(ImportReport.Change::action).setKey("action").setHeader("Change").setWidth("8em")
                .setFlexGrow(0);
        changes.addColumn(c -> c.kind() + " " + c.externalId()).setKey("what").setHeader("Unit or person")
                .setAutoWidth(true).setFlexGrow(0);
        changes.addColumn(ImportReport.Change::name).setKey("name").setHeader("Name").setFlexGrow(1);
        changes.addColumn(c -> String.join("; ", c.details())).setKey("details").setHeader("What changes")
                .setFlexGrow(2);
        changes.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        changes.setHeight("16rem");
        changes.setVisible(false);

        VerticalLayout body = new VerticalLayout(help, format, template, upload, summary, problems, changes);
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

    /** The file was removed from the upload: nothing to preview or import any more. */
    void clear() {
        content = null;
        fileName = null;
        summary.setVisible(false);
        summary.setText("");
        problems.setItems(java.util.List.of());
        problems.setVisible(false);
        changes.setItems(java.util.List.of());
        changes.setVisible(false);
        importButton.setEnabled(false);
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
            summary.setText(Plural.count(report.problems().size(), "problem") + " in " + fileName
                    + ". Nothing will be imported until they are fixed.");
            summary.getElement().setAttribute("theme", "error");
            problems.setItems(report.problems());
            problems.setVisible(true);
            changes.setVisible(false);
        } else {
            summary.setText(report.changes() == 0
                    ? "Nothing to change: everything in " + fileName + " is already in Ladder ("
                            + Plural.count(report.unchanged(), "row") + " unchanged)."
                    : "Ready to import " + fileName + ": " + describe(report) + ".");
            summary.getElement().removeAttribute("theme");
            problems.setVisible(false);
            changes.setItems(report.rowChanges());
            changes.setVisible(!report.rowChanges().isEmpty());
        }
    }

    private static String describe(ImportReport r) {
        return Plural.count(r.unitsCreated(), "unit") + " new, " + r.unitsUpdated() + " changed; "
                + Plural.count(r.peopleCreated(), "person", "people") + " new, " + r.peopleUpdated() + " changed; "
                + r.unchanged() + " unchanged";
    }

}
