package org.ladder.people.ui;

import java.util.stream.Stream;

import org.ladder.people.OrgImportService;
import org.ladder.people.OrgUnitNode;
import org.ladder.people.PeopleService;
import org.ladder.people.PersonSummary;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.AbstractBackEndHierarchicalDataProvider;
import com.vaadin.flow.data.provider.hierarchy.HierarchicalQuery;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

/**
 * The organisation: the unit tree (loaded level by level, as units are expanded) and, for the selected unit,
 * its head and its members (paged). HR and admins can import the organisation from CSV here.
 */
@Route("organisation")
@PageTitle("Organisation")
@Menu(order = 20, title = "Organisation", icon = "vaadin:sitemap")
@PermitAll
public class OrganisationView extends VerticalLayout {

    static final int PAGE_SIZE = 50;

    private final transient PeopleService people;
    final TreeGrid<OrgUnitNode> tree = new TreeGrid<>();
    final Grid<PersonSummary> members = new Grid<>(PersonSummary.class, false);
    private final H3 unitTitle = new H3();
    private final Span unitHead = new Span();
    final Span unitExternalId = new Span();
    private final Div unitPanel = new Div();
    private final Paragraph noSelection = new Paragraph("Select a unit to see its head and members.");
    private final UnitTreeProvider treeProvider;

    public OrganisationView(PeopleService people, OrgImportService importService) {
        this.people = people;
        setSizeFull();
        addClassName("ladder-organisation");

        treeProvider = new UnitTreeProvider(people);
        tree.setId("org-tree");
        tree.addHierarchyColumn(OrgUnitNode::name).setHeader("Unit").setFlexGrow(3).setSortable(false);
        tree.addColumn(n -> n.headName() == null ? "—" : n.headName()).setHeader("Head").setFlexGrow(2);
        tree.addColumn(OrgUnitNode::members).setHeader("Direct members").setFlexGrow(0).setWidth("10em")
                .setTooltipGenerator(n -> "People who belong directly to " + n.name() + ", not to the units below it");
        tree.setPageSize(PAGE_SIZE);
        tree.setDataProvider(treeProvider);
        tree.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        tree.setSizeFull();
        tree.asSingleSelect().addValueChangeListener(e -> showUnit(e.getValue()));

        members.setId("unit-members");
        members.addComponentColumn(p -> new RouterLink(p.displayName(), PersonView.class, p.id()))
                .setHeader("Name").setFlexGrow(2);
        members.addColumn(p -> p.jobTitle() == null ? "" : p.jobTitle()).setHeader("Job title").setFlexGrow(2);
        members.addColumn(p -> p.managerName() == null ? "" : p.managerName()).setHeader("Manager").setFlexGrow(1);
        members.setPageSize(PAGE_SIZE);
        members.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        members.setEmptyStateText("No one belongs directly to this unit.");
        members.setSizeFull();

        unitHead.setId("unit-head");
        unitExternalId.setId("unit-external-id");
        unitExternalId.addClassName("ladder-hint");
        unitPanel.add(unitTitle, unitHead, unitExternalId, members);
        unitPanel.addClassName("ladder-unit-panel");
        unitPanel.setSizeFull();
        unitPanel.setVisible(false);

        VerticalLayout right = new VerticalLayout(noSelection, unitPanel);
        right.setSizeFull();
        right.setPadding(false);
        SplitLayout split = new SplitLayout(tree, right);
        split.setSplitterPosition(50);
        split.setSizeFull();

        HorizontalLayout toolbar = new HorizontalLayout();
        toolbar.setWidthFull();
        toolbar.setAlignItems(Alignment.CENTER);
        Span hint = new Span("Expand a unit to see the units below it.");
        hint.addClassName("ladder-hint");
        toolbar.add(hint);
        if (people.mayManagePeople()) {
            Button importButton = new Button("Import from CSV…", VaadinIcon.UPLOAD.create(),
                    e -> new ImportDialog(importService, this::refresh).open());
            importButton.setId("open-import");
            importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.addToEnd(importButton);
        }

        if (people.countChildUnits(null) == 0) {
            Paragraph empty = new Paragraph(people.mayManagePeople()
                    ? "There is no organisation yet. Import your units and people from a CSV file."
                    : "There is no organisation yet. HR will import it soon.");
            empty.setId("org-empty");
            empty.addClassName("ladder-empty");
            add(toolbar, empty);
        } else {
            add(toolbar, split);
            setFlexGrow(1, split);
            people.childUnits(null, 0, 1).stream().findFirst().ifPresent(root -> tree.expand(root));
        }
    }

    /** After an import: re-read the tree (or, when the view showed the empty state, the whole page). */
    void refresh() {
        if (tree.getParent().isEmpty()) {
            getUI().ifPresent(ui -> ui.getPage().reload());
            return;
        }
        tree.asSingleSelect().clear();
        treeProvider.refreshAll();
    }

    private void showUnit(OrgUnitNode unit) {
        noSelection.setVisible(unit == null);
        unitPanel.setVisible(unit != null);
        if (unit == null) {
            return;
        }
        unitTitle.setText(unit.name());
        unitHead.setText(unit.headName() == null ? "No head assigned" : "Head: " + unit.headName());
        long id = unit.id();
        // the HR system's id the import matches on, for HR and admins
        people.unitExternalId(id).ifPresentOrElse(ext -> {
            unitExternalId.setText(" · External id: " + ext);
            unitExternalId.setVisible(true);
        }, () -> unitExternalId.setVisible(false));
        members.setItems(q -> people.members(id, q.getOffset(), q.getLimit()).stream(),
                q -> (int) people.countMembers(id));
    }

    /** Children of a unit, fetched page by page from the service. */
    static final class UnitTreeProvider extends AbstractBackEndHierarchicalDataProvider<OrgUnitNode, Void> {

        private final transient PeopleService people;

        UnitTreeProvider(PeopleService people) {
            this.people = people;
        }

        @Override
        protected Stream<OrgUnitNode> fetchChildrenFromBackEnd(HierarchicalQuery<OrgUnitNode, Void> query) {
            Long parent = query.getParentOptional().map(OrgUnitNode::id).orElse(null);
            return people.childUnits(parent, query.getOffset(), query.getLimit()).stream();
        }

        @Override
        public int getChildCount(HierarchicalQuery<OrgUnitNode, Void> query) {
            Long parent = query.getParentOptional().map(OrgUnitNode::id).orElse(null);
            return (int) people.countChildUnits(parent);
        }

        @Override
        public boolean hasChildren(OrgUnitNode item) {
            return item.hasChildren();
        }

        @Override
        public Object getId(OrgUnitNode item) {
            return item.id();
        }
    }
}
