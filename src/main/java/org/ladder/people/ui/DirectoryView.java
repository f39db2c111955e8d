package org.ladder.people.ui;

import org.ladder.base.text.Plural;
import org.ladder.people.PeopleService;
import org.ladder.people.PersonSummary;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

/** Find anyone by name, e-mail or job title; the list is paged from the database. */
@Route("people")
@PageTitle("People")
@Menu(order = 30, title = "People", icon = "vaadin:users")
@PermitAll
public class DirectoryView extends VerticalLayout {

    private final transient PeopleService people;
    final TextField search = new TextField();
    final Checkbox includeLeavers = new Checkbox("Include people who left");
    final Grid<PersonSummary> grid = new Grid<>(PersonSummary.class, false);
    private final Span count = new Span();

    public DirectoryView(PeopleService people) {
        this.people = people;
        setSizeFull();
        addClassName("ladder-directory");

        search.setId("directory-search");
        search.setPlaceholder("Search by name, e-mail or job title");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMaxLength(100);
        search.setWidth("24rem");
        search.setMaxWidth("100%"); // a phone is narrower than the field
        search.addValueChangeListener(e -> refresh());
        includeLeavers.setId("include-leavers");
        includeLeavers.setVisible(people.mayManagePeople());
        includeLeavers.addValueChangeListener(e -> refresh());
        count.setId("directory-count");
        count.addClassName("ladder-hint");
        HorizontalLayout toolbar = new HorizontalLayout(search, includeLeavers, count);
        toolbar.setAlignItems(Alignment.BASELINE);
        toolbar.setWrap(true);
        toolbar.setWidthFull();

        grid.setId("directory-grid");
        grid.addComponentColumn(p -> new RouterLink(p.displayName(), PersonView.class, p.id()))
                .setHeader("Name").setFlexGrow(2);
        grid.addColumn(p -> p.jobTitle() == null ? "" : p.jobTitle()).setHeader("Job title").setFlexGrow(2);
        grid.addColumn(p -> p.unitName() == null ? "" : p.unitName()).setHeader("Unit").setFlexGrow(1);
        grid.addColumn(PersonSummary::email).setHeader("E-mail").setFlexGrow(2);
        grid.addColumn(p -> p.active() ? "" : "Left").setHeader("").setWidth("5em").setFlexGrow(0);
        grid.setPageSize(OrganisationView.PAGE_SIZE);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText("No one matches your search.");
        grid.setSizeFull();
        add(toolbar, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private void refresh() {
        String text = search.getValue();
        boolean leavers = includeLeavers.getValue();
        long total = people.countDirectory(text, leavers);
        count.setText(Plural.count(total, "person", "people"));
        grid.setItems(q -> people.directory(text, leavers, q.getOffset(), q.getLimit()).stream(),
                q -> (int) people.countDirectory(text, leavers));
    }
}
