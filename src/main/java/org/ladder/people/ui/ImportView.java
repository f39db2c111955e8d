package org.ladder.people.ui;


import org.ladder.base.audit.AuditEvent;
import org.ladder.base.security.Roles;
import org.ladder.base.ui.Formats;
import org.ladder.people.OrgImportService;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** HR and admins: import the organisation from CSV, and see the latest imports. */
@Route("organisation/import")
@PageTitle("Organisation import")
@Menu(order = 25, title = "Import", icon = "vaadin:upload")
@RolesAllowed({Roles.HR, Roles.ADMIN})
public class ImportView extends VerticalLayout {

    private final transient OrgImportService importService;
    final Grid<AuditEvent> history = new Grid<>(AuditEvent.class, false);

    public ImportView(OrgImportService importService) {
        this.importService = importService;
        setId("import-view");
        setSizeFull();
        Paragraph intro = new Paragraph("Bring in org units and people from your HR system as one CSV file. "
                + "You will see a preview first; if any row has a problem, nothing is imported.");
        Button upload = new Button("Upload a CSV file…", VaadinIcon.UPLOAD.create(),
                e -> new ImportDialog(importService, this::refresh).open());
        upload.setId("open-import");
        upload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        history.setId("import-history");
        history.addColumn(e -> Formats.dateTime(e.getOccurredAt())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        history.addColumn(AuditEvent::getActor).setHeader("By").setAutoWidth(true).setFlexGrow(0);
        history.addColumn(AuditEvent::getDetails).setHeader("What changed").setFlexGrow(1);
        history.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        history.setEmptyStateText("No imports yet.");
        add(intro, upload, new H3("Latest imports"), history);
        setFlexGrow(1, history);
        refresh();
    }

    private void refresh() {
        history.setItems(importService.recentImports(50));
    }
}
