package org.ladder.goals.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.ladder.base.ui.Formats;
import org.ladder.base.ui.TreeScroll;
import org.ladder.goals.GoalFilter;
import org.ladder.goals.GoalLevel;
import org.ladder.goals.GoalNode;
import org.ladder.goals.GoalQueries;
import org.ladder.goals.GoalRef;
import org.ladder.goals.GoalStatus;
import org.ladder.people.OrgUnitNode;
import org.ladder.people.PeopleService;
import org.ladder.people.PersonSummary;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.AbstractBackEndHierarchicalDataProvider;
import com.vaadin.flow.data.provider.hierarchy.HierarchicalQuery;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/**
 * The alignment tree: the mission, its pillars, the company goals serving each pillar, and the unit and personal
 * goals below them, plus the orphan goals that ladder up to nothing. Loaded level by level as rows are expanded
 * (never the whole tree), filterable by unit, person, status and period.
 */
@Route("alignment")
@PageTitle("Alignment")
@Menu(order = 6, title = "Alignment", icon = "vaadin:file-tree")
@PermitAll
class AlignmentView extends VerticalLayout implements BeforeEnterObserver {

    static final int PAGE_SIZE = 50;

    private final transient GoalQueries goals;
    final TreeGrid<GoalNode> tree = new TreeGrid<>();
    final ComboBox<OrgUnitNode> unit = new ComboBox<>("Unit");
    final ComboBox<PersonSummary> person = new ComboBox<>("Person");
    final Select<GoalStatus> status = new Select<>();
    final Select<Integer> year = new Select<>();
    final Select<Integer> quarter = new Select<>();
    final Paragraph empty = new Paragraph();
    final Button filtersToggle = new Button("Filters", VaadinIcon.FILTER.create());
    final Button expandAll = new Button("Expand all", VaadinIcon.EXPAND_SQUARE.create());
    final Button collapseAll = new Button("Collapse", VaadinIcon.COMPRESS_SQUARE.create());
    final ComboBox<GoalRef> find = new ComboBox<>("Find a goal");
    final HorizontalLayout filters;
    private final GoalTreeProvider provider;
    static final int PHONE_WIDTH = 600;
    /** The most rows "Expand all" opens. */
    static final int EXPAND_LIMIT = 500;

    AlignmentView(GoalQueries goals, PeopleService people, Clock clock) {
        this.goals = goals;
        setId("alignment-view");
        addClassName("ladder-alignment");
        setSizeFull();
        provider = new GoalTreeProvider(goals);

        unit.setId("filter-unit");
        unit.setItemLabelGenerator(OrgUnitNode::name);
        unit.setItems(q -> people.searchUnits(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        unit.setClearButtonVisible(true);
        unit.setPlaceholder("All units");

        person.setId("filter-person");
        person.setItemLabelGenerator(PersonSummary::displayName);
        person.setItems(q -> people.directory(q.getFilter().orElse(""), false, q.getOffset(), q.getLimit()).stream());
        person.setClearButtonVisible(true);
        person.setPlaceholder("Everyone");

        status.setId("filter-status");
        status.setLabel("Status");
        status.setItems(GoalStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any status");
        status.setItemLabelGenerator(s -> s == null ? "Any status" : s.label());

        int thisYear = LocalDate.now(clock).getYear();
        year.setId("filter-year");
        year.setLabel("Year");
        year.setItems(thisYear - 2, thisYear - 1, thisYear, thisYear + 1);
        year.setEmptySelectionAllowed(true);
        year.setEmptySelectionCaption("Any time");
        year.setItemLabelGenerator(y -> y == null ? "Any time" : String.valueOf(y));
        quarter.setId("filter-quarter");
        quarter.setLabel("Quarter");
        quarter.setItems(1, 2, 3, 4);
        quarter.setEmptySelectionAllowed(true);
        quarter.setEmptySelectionCaption("Whole year");
        quarter.setItemLabelGenerator(q -> q == null ? "Whole year" : "Q" + q);
        quarter.setEnabled(false);

        Button clear = new Button("Clear filters", VaadinIcon.CLOSE_SMALL.create(), e -> clearFilters());
        clear.setId("clear-filters");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        find.setId("find-goal");
        find.setPlaceholder("Title");
        find.setItemLabelGenerator(r -> r.title() + " · " + GoalLabels.meta(r.level(), r.ownerName()));
        find.setItems(q -> goals.searchVisible(q.getFilter().orElse(""), q.getOffset() + q.getLimit()).stream()
                .skip(q.getOffset()).limit(q.getLimit()));
        find.setClearButtonVisible(true);
        find.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                showGoal(e.getValue().id());
            }
        });
        expandAll.setId("expand-all");
        expandAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        expandAll.setTooltipText("Opens every level, up to " + EXPAND_LIMIT + " goals");
        expandAll.addClickListener(e -> expandAll());
        collapseAll.setId("collapse-all");
        collapseAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        collapseAll.addClickListener(e -> {
            tree.collapseRecursively(goals.children(null, provider.filter, 0, 10), Integer.MAX_VALUE);
            expandMission();
        });
        HorizontalLayout filters = new HorizontalLayout(find, unit, person, status, year, quarter, clear, expandAll,
                collapseAll);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.addClassName("ladder-filters");
        filters.setWrap(true);
        // on a phone the filters fold away behind one button, so the tree gets the screen
        filtersToggle.setId("filters-toggle");
        filtersToggle.addClassName("ladder-phone-only");
        filtersToggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        filtersToggle.getElement().setAttribute("aria-expanded", "false");
        filtersToggle.addClickListener(e -> {
            boolean open = !filters.hasClassName("ladder-filters-open");
            filters.setClassName("ladder-filters-open", open);
            filtersToggle.getElement().setAttribute("aria-expanded", String.valueOf(open));
        });
        this.filters = filters;

        unit.addValueChangeListener(e -> applyFilter());
        person.addValueChangeListener(e -> applyFilter());
        status.addValueChangeListener(e -> applyFilter());
        year.addValueChangeListener(e -> {
            quarter.setEnabled(e.getValue() != null);
            if (e.getValue() == null) {
                quarter.clear();
            }
            applyFilter();
        });
        quarter.addValueChangeListener(e -> applyFilter());
        addAttachListener(e -> {
            e.getUI().getPage().retrieveExtendedClientDetails(d -> fitColumns(d.getWindowInnerWidth()));
            e.getUI().getPage().addBrowserWindowResizeListener(r -> fitColumns(r.getWidth()));
        });

        tree.setId("alignment-tree");
        tree.addComponentHierarchyColumn(this::titleCell).setHeader("Goal").setKey("title").setFlexGrow(4).setSortable(false);
        tree.addComponentColumn(n -> GoalBadges.status(n.status(), n.approval())).setHeader("Status").setKey("status")
                .setFlexGrow(0).setWidth("12em");
        tree.addComponentColumn(n -> n.kind() == GoalNode.Kind.GOAL ? ProgressMeter.of(n.progress()) : new Span())
                .setHeader("Progress").setKey("progress").setFlexGrow(0).setWidth("11em");
        tree.addColumn(n -> Formats.period(n.periodStart(), n.periodEnd())).setHeader("Period").setKey("period").setFlexGrow(1);
        tree.addComponentColumn(GoalBadges::markers).setHeader("Markers").setKey("markers").setFlexGrow(1);
        tree.setPageSize(PAGE_SIZE);
        tree.setDataProvider(provider);
        tree.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        tree.setSizeFull();
        tree.setPartNameGenerator(n -> "ladder-tree-" + n.kind().name().toLowerCase());
        tree.addItemClickListener(e -> {
            GoalNode n = e.getItem();
            if (n != null && n.goalId() != null) {
                getUI().ifPresent(ui -> ui.navigate(GoalLinks.pagePath(n.goalId())));
            }
        });

        empty.setId("alignment-empty");
        empty.addClassName("ladder-empty");
        empty.setVisible(false);

        HorizontalLayout actions = new HorizontalLayout();
        actions.setWidthFull();
        actions.setWrap(true);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        Span hint = new Span("Expand a row to see the goals that ladder up to it. Click a goal to open it.");
        hint.addClassNames("ladder-hint", "ladder-wide-only");
        actions.add(hint, filtersToggle);
        List<Component> create = new ArrayList<>();
        for (GoalLevel level : GoalLevel.values()) {
            if (goals.mayCreate(level)) {
                Button b = new Button("New " + level.label().toLowerCase(), VaadinIcon.PLUS.create(),
                        e -> e.getSource().getUI().ifPresent(ui -> GoalLinks.navigateToNew(ui, level)));
                b.setId("new-goal-" + level.name().toLowerCase());
                b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                create.add(b);
            }
        }
        create.forEach(actions::addToEnd);

        add(actions, filters, empty, tree);
        setFlexGrow(1, tree);
        expandMission();
    }

    /**
     * Opens every level below the roots, breadth first, until {@value #EXPAND_LIMIT} rows are open (a whole
     * organisation's tree would not fit a screen or a browser); beyond that it says so and suggests a filter.
     */
    void expandAll() {
        GoalFilter f = provider.filter;
        java.util.ArrayDeque<GoalNode> queue = new java.util.ArrayDeque<>(goals.children(null, f, 0, 10));
        List<GoalNode> open = new ArrayList<>();
        int rows = queue.size();
        boolean cut = false;
        while (!queue.isEmpty()) {
            GoalNode n = queue.poll();
            if (!n.hasChildren() && n.kind() == GoalNode.Kind.GOAL) {
                continue;
            }
            long count = goals.countChildren(n, f);
            if (count == 0) {
                continue;
            }
            if (rows + count > EXPAND_LIMIT) {
                cut = true;
                break;
            }
            open.add(n);
            rows += (int) count;
            queue.addAll(goals.children(n, f, 0, (int) count));
        }
        tree.expand(open);
        if (cut) {
            com.vaadin.flow.component.notification.Notification.show("Opened the first " + rows + " rows. Filter "
                    + "by unit or person, or find a goal by its title, to see the rest.", 6000,
                    com.vaadin.flow.component.notification.Notification.Position.BOTTOM_START);
        }
    }

    /** Below {@value #PHONE_WIDTH} px the tree keeps the goal and its progress: titles need the room. */
    void fitColumns(int windowWidth) {
        boolean phone = windowWidth < PHONE_WIDTH;
        tree.getColumnByKey("period").setVisible(!phone);
        tree.getColumnByKey("markers").setVisible(!phone);
        tree.getColumnByKey("status").setVisible(!phone); // the goal's page says it; titles need the room
        tree.getColumnByKey("progress").setWidth(phone ? "6em" : "11em");
    }

    /** {@code alignment?goal=12} opens the tree down to that goal, selects it and scrolls to it. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getParameters().getOrDefault("goal", List.of()).stream()
                .findFirst().flatMap(AlignmentView::parseId).ifPresent(this::showGoal);
    }

    void showGoal(long goalId) {
        try {
            var path = goals.pathTo(goalId, provider.filter);
            if (path.isEmpty() && !provider.filter.isEmpty()) {
                clearFilters();
                path = goals.pathTo(goalId, provider.filter);
            }
            path.ifPresent(p -> {
                List<GoalNode> nodes = p.nodes();
                tree.expand(nodes.subList(0, nodes.size() - 1));
                tree.select(nodes.get(nodes.size() - 1));
                TreeScroll.toRow(tree, p.indexes());
            });
        } catch (org.springframework.security.access.AccessDeniedException e) {
            // a goal the caller may not see: the tree simply opens as usual
        }
    }

    private static java.util.Optional<Long> parseId(String s) {
        try {
            return java.util.Optional.of(Long.parseLong(s));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    GoalFilter filter() {
        LocalDate from = null;
        LocalDate to = null;
        if (year.getValue() != null) {
            int y = year.getValue();
            Integer q = quarter.getValue();
            from = q == null ? LocalDate.of(y, 1, 1) : LocalDate.of(y, (q - 1) * 3 + 1, 1);
            to = q == null ? LocalDate.of(y, 12, 31) : from.plusMonths(3).minusDays(1);
        }
        return new GoalFilter(unit.getValue() == null ? null : unit.getValue().id(),
                person.getValue() == null ? null : person.getValue().id(), status.getValue(), from, to);
    }

    private void applyFilter() {
        provider.filter = filter();
        provider.refreshAll();
        expandMission();
    }

    private void clearFilters() {
        unit.clear();
        person.clear();
        status.clear();
        year.clear();
        quarter.clear();
    }

    /** Opens the mission row and says so when there is nothing below it (no charter, no goals, nothing matching). */
    private void expandMission() {
        GoalFilter f = provider.filter;
        List<GoalNode> roots = goals.children(null, f, 0, 10);
        GoalNode mission = roots.stream().filter(r -> r.kind() == GoalNode.Kind.MISSION).findFirst().orElse(null);
        if (mission != null) {
            tree.expand(mission);
        }
        boolean noCharter = goals.pillars().isEmpty();
        // the pillars first: in a planned organisation they hold goals, and then the orphans need no count
        boolean anyGoal = (mission != null && goals.children(mission, f, 0, 100).stream()
                .anyMatch(p -> goals.countChildren(p, f) > 0))
                || roots.stream().filter(r -> r.kind() == GoalNode.Kind.ORPHANS)
                        .anyMatch(r -> goals.countChildren(r, f) > 0);
        if (anyGoal) {
            empty.setVisible(false);
        } else {
            empty.setText(!f.isEmpty() ? "No goals match these filters."
                    : noCharter ? "No charter has been published yet, and nobody has set a goal. Once leadership "
                            + "publishes the mission and its pillars, company goals can serve them."
                    : "No goals yet. Company goals serve the pillars of the charter; unit and personal goals ladder "
                            + "up to them.");
            empty.setVisible(true);
        }
    }

    private Component titleCell(GoalNode n) {
        Div cell = new Div();
        cell.addClassName("ladder-tree-title");
        Span title = new Span(n.title());
        title.addClassName("ladder-tree-name");
        cell.add(title);
        if (n.kind() == GoalNode.Kind.GOAL) {
            Span meta = new Span(GoalLabels.meta(n.level(), n.ownerName()));
            meta.addClassName("ladder-hint");
            cell.add(meta);
        } else if (n.kind() == GoalNode.Kind.MISSION) {
            title.addClassName("ladder-tree-mission");
        }
        return cell;
    }

    /** Children of a tree row, fetched page by page; the filter narrows every level. */
    static final class GoalTreeProvider extends AbstractBackEndHierarchicalDataProvider<GoalNode, Void> {

        private final transient GoalQueries goals;
        GoalFilter filter = GoalFilter.NONE;

        GoalTreeProvider(GoalQueries goals) {
            this.goals = goals;
        }

        @Override
        protected Stream<GoalNode> fetchChildrenFromBackEnd(HierarchicalQuery<GoalNode, Void> query) {
            return goals.children(query.getParent(), filter, query.getOffset(), query.getLimit()).stream();
        }

        @Override
        public int getChildCount(HierarchicalQuery<GoalNode, Void> query) {
            return (int) goals.countChildren(query.getParent(), filter);
        }

        @Override
        public boolean hasChildren(GoalNode item) {
            return item.hasChildren();
        }

        @Override
        public Object getId(GoalNode item) {
            return item.key();
        }
    }
}
