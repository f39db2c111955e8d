package org.ladder.reviews.ui;

import java.util.List;

import org.ladder.base.security.Roles;
import org.ladder.reviews.ReviewTemplateSummary;
import org.ladder.reviews.ReviewTemplates;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** HR's review templates: each with its latest version; a row opens the editor, “New template” starts one. */
@Route(ReviewTemplatesView.ROUTE)
@PageTitle("Review templates")
@Menu(order = 44, title = "Review templates", icon = "vaadin:clipboard-text")
@RolesAllowed({Roles.HR, Roles.ADMIN})
class ReviewTemplatesView extends VerticalLayout implements BeforeEnterObserver {

    static final String ROUTE = "review-templates";

    private final transient ReviewTemplates templates;
    final Grid<ReviewTemplateSummary> grid = new Grid<>();
    final Paragraph empty = new Paragraph();

    ReviewTemplatesView(ReviewTemplates templates) {
        this.templates = templates;
        setId("review-templates-view");
        addClassName("ladder-reviews");
        Button create = new Button("New template", VaadinIcon.PLUS.create(),
                e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(ReviewTemplateEditorView.ROUTE)));
        create.setId("review-template-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Anchor start = new Anchor("review-rounds/new", "Start reviews with a template");
        start.setId("review-templates-start");
        FlexLayout head = new FlexLayout(new H2("Review templates"), create, start);
        head.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        head.addClassName("ladder-review-buttons");
        head.setWidthFull();
        Paragraph intro = new Paragraph("A template holds the questions, the performance and the alignment scale, "
                + "whether colleagues are asked and each step's deadline. A version that reviews use never changes: "
                + "saving it makes a new version, and running reviews keep theirs.");
        grid.setId("review-templates-grid");
        grid.addColumn(ReviewTemplateSummary::name).setHeader("Template").setFlexGrow(2);
        grid.addColumn(t -> "Version " + t.version()).setHeader("Latest").setFlexGrow(0).setWidth("8rem");
        grid.addColumn(t -> t.peersAsked() ? "Yes" : "No").setHeader("Peer input").setFlexGrow(0).setWidth("8rem");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("ladder-clickable-rows");
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ReviewTemplateEditorView.ROUTE + "/"
                + e.getItem().templateId())));
        empty.setText("No template yet: write the first with “New template”.");
        empty.setId("review-templates-empty");
        empty.addClassName("ladder-empty");
        add(head, intro, empty, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<ReviewTemplateSummary> all = templates.list();
        grid.setItems(all);
        grid.setVisible(!all.isEmpty());
        empty.setVisible(all.isEmpty());
    }
}
