package org.ladder.tasks.ui;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.ladder.base.security.Roles;
import org.ladder.base.ui.Formats;
import org.ladder.base.ui.Toasts;
import org.ladder.people.PersonSummary;
import org.ladder.tasks.AcknowledgementRefusedException;
import org.ladder.tasks.AcknowledgementService;
import org.ladder.tasks.CampaignSummary;
import org.ladder.tasks.Reminder;
import org.ladder.tasks.UnitProgress;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;

import jakarta.annotation.security.RolesAllowed;

/**
 * Following acknowledgements: for a campaign (a charter version, a goal change), the share acknowledged overall
 * and per org unit as a tree, the time until each unit reached 100 %, who is still missing (filter by name,
 * download as CSV), "remind now" per unit with a confirmation and the last reminder, and closing. HR, admins and
 * leadership see everything; a manager sees the units they head (the service enforces it). Refreshes itself every
 * 10 seconds.
 */
@Route("acknowledgements")
@PageTitle("Acknowledgements")
@Menu(order = 40, title = "Acknowledgements", icon = "vaadin:check-square-o")
@RolesAllowed({Roles.HR, Roles.ADMIN, Roles.LEADERSHIP, Roles.MANAGER})
public class AcknowledgementsView extends VerticalLayout {

    private final transient AcknowledgementService service;
    private final boolean mayRemind;
    private final boolean mayClose;
    final Select<CampaignSummary> campaign = new Select<>();
    final Span overall = new Span();
    final ProgressBar progress = new ProgressBar(0, 100);
    final Span timeToComplete = new Span();
    final Span lastReminded = new Span();
    final TreeGrid<UnitProgress> units = new TreeGrid<>();
    final Grid<PersonSummary> pending = new Grid<>(PersonSummary.class, false);
    final H3 pendingTitle = new H3();
    final TextField filter = new TextField();
    final Anchor export = new Anchor();
    final Button close = new Button("Close acknowledgements", VaadinIcon.CLOSE_CIRCLE_O.create());
    private UnitProgress selectedUnit;
    private com.vaadin.flow.shared.Registration poll;

    public AcknowledgementsView(AcknowledgementService service, org.ladder.base.security.CurrentUser currentUser) {
        this.service = service;
        this.mayRemind = service.mayRemind();
        this.mayClose = currentUser.hasRole(org.ladder.base.security.Role.HR);
        setId("acknowledgements-view");
        addClassName("ladder-acknowledgements");
        setWidthFull();
        List<CampaignSummary> campaigns = service.campaigns(0, 100);
        if (campaigns.isEmpty()) {
            Paragraph empty = new Paragraph(service.mayOversee()
                    ? "Nothing has been sent out for acknowledgement yet. When a charter version is published, "
                            + "everyone is asked to acknowledge it and you follow it here."
                    : "Nobody in the units you head has been asked to acknowledge anything yet.");
            empty.setId("acknowledgements-empty");
            empty.addClassName("ladder-empty");
            add(empty);
            return;
        }
        campaign.setId("campaign-select");
        campaign.setLabel("Change");
        campaign.setItems(campaigns);
        campaign.setItemLabelGenerator(c -> c.title() + " (" + Formats.dateTime(c.startedAt()) + ")");
        campaign.addClassName("ladder-campaign-select");
        campaign.addValueChangeListener(e -> {
            selectedUnit = null;
            refresh();
        });
        overall.setId("acknowledged-overall");
        overall.addClassName("ladder-card-value");
        progress.setId("acknowledged-progress");
        progress.addClassName("ladder-ack-progress");
        progress.getElement().setAttribute("aria-labelledby", "acknowledged-overall");
        close.setId("close-campaign");
        close.addThemeVariants(ButtonVariant.LUMO_ERROR);
        close.setVisible(false);
        close.addClickListener(e -> confirmClose());
        Button refresh = new Button("Refresh", VaadinIcon.REFRESH.create(), e -> refresh());
        refresh.setId("refresh-acknowledgements");
        Div figures = new Div(overall, progress);
        figures.addClassName("ladder-ack-figures");
        FlexLayout head = new FlexLayout(campaign, figures, refresh, close);
        head.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        head.setAlignItems(FlexComponent.Alignment.END);
        head.addClassName("ladder-ack-head");
        head.setWidthFull();
        timeToComplete.setId("time-to-complete");
        lastReminded.setId("last-reminded");
        Div facts = new Div(timeToComplete, lastReminded);
        facts.addClassName("ladder-ack-facts");

        units.setId("unit-progress");
        units.addHierarchyColumn(UnitProgress::unitName).setHeader("Unit").setFlexGrow(2).setWidth("16rem")
                .setSortable(false);
        units.addColumn(UnitProgress::total).setHeader("People").setWidth("6rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        units.addColumn(UnitProgress::acknowledged).setHeader("Acknowledged").setWidth("8.5rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        units.addColumn(u -> u.percent() + "\u00a0%").setKey("share").setHeader("Share").setWidth("5.5rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        units.addColumn(AcknowledgementsView::timeTo).setKey("time").setHeader("Time to 100\u00a0%")
                .setWidth("15rem").setFlexGrow(1);
        units.addColumn(u -> u.lastReminder() == null ? "—" : Formats.dateTime(u.lastReminder().at()) + " by "
                + u.lastReminder().by()).setHeader("Last reminded").setFlexGrow(1).setWidth("12rem");
        if (mayRemind) {
            units.addComponentColumn(u -> {
                Button remind = new Button("Remind now", e -> confirmRemind(u));
                remind.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                remind.setEnabled(u.unitId() != null && u.pending() > 0 && campaign.getValue() != null
                        && campaign.getValue().isOpen());
                remind.setAriaLabel("Remind the people of " + u.unitName() + " who have not acknowledged");
                return remind;
            }).setKey("remind").setWidth("8rem").setFlexGrow(0);
        }
        units.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        units.asSingleSelect().addValueChangeListener(e -> {
            selectedUnit = e.getValue();
            refreshPending();
        });
        units.setHeight("22rem");

        pendingTitle.setId("pending-title");
        filter.setId("pending-filter");
        filter.setPlaceholder("Filter by name");
        filter.setAriaLabel("Filter who has not acknowledged by name");
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> refreshPending());
        export.setId("export-pending");
        export.setText("Download CSV");
        FlexLayout pendingHead = new FlexLayout(pendingTitle, filter, export);
        pendingHead.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        pendingHead.setAlignItems(FlexComponent.Alignment.CENTER);
        pendingHead.addClassName("ladder-ack-pending-head");
        pendingHead.setWidthFull();

        pending.setId("pending-people");
        pending.addColumn(PersonSummary::displayName).setHeader("Not acknowledged yet").setFlexGrow(2);
        pending.addColumn(p -> p.unitName() == null ? "" : p.unitName()).setHeader("Unit").setFlexGrow(1);
        pending.addColumn(p -> p.managerName() == null ? "" : p.managerName()).setHeader("Manager").setFlexGrow(1);
        pending.setPageSize(50);
        pending.addThemeVariants(GridVariant.LUMO_COMPACT);
        pending.setEmptyStateText("Everyone has acknowledged.");
        pending.setHeight("28rem");
        add(head, facts, units, pendingHead, pending);
        campaign.setValue(campaigns.get(0));
    }

    void refresh() {
        CampaignSummary selected = campaign.getValue();
        if (selected == null) {
            return;
        }
        CampaignSummary c = service.campaign(selected.id()).orElse(selected);
        overall.setText(c.acknowledged() + " of " + c.total() + " acknowledged (" + c.percent() + "\u00a0%)"
                + (c.completedAt() != null ? " · complete " + Formats.dateTime(c.completedAt())
                        : c.closedAt() != null ? " · closed " + Formats.dateTime(c.closedAt()) : ""));
        progress.setValue(c.percent());
        timeToComplete.setText(c.completedAt() != null
                ? "Everyone acknowledged after " + human(Duration.between(c.startedAt(), c.completedAt())) + "."
                : "100\u00a0% not reached yet: " + c.acknowledged() + " of " + c.total() + " acknowledged.");
        lastReminded.setText(service.lastReminder(c.id())
                .map(r -> "Last reminded " + Formats.dateTime(r.at()) + " by " + r.by() + " (" + people(r.people())
                        + (r.unitName() == null ? "" : " in " + r.unitName()) + ").")
                .orElse("No reminder sent yet."));
        close.setVisible(mayClose && c.isOpen());
        List<UnitProgress> rows = service.unitProgress(c.id());
        TreeData<UnitProgress> tree = new TreeData<>();
        java.util.Map<Long, UnitProgress> byId = new java.util.HashMap<>();
        for (UnitProgress u : rows) {
            UnitProgress parent = u.parentId() == null ? null : byId.get(u.parentId());
            tree.addItem(parent, u);
            if (u.unitId() != null) {
                byId.put(u.unitId(), u);
            }
        }
        units.setDataProvider(new TreeDataProvider<>(tree));
        units.expandRecursively(tree.getRootItems(), 1);
        if (selectedUnit != null) {
            selectedUnit = rows.stream().filter(u -> java.util.Objects.equals(u.unitId(), selectedUnit.unitId()))
                    .findFirst().orElse(null);
        }
        refreshPending();
    }

    static String timeTo(UnitProgress u) {
        return u.complete() && u.timeToComplete() != null ? human(u.timeToComplete())
                : "not yet — " + u.acknowledged() + " of " + u.total() + " acknowledged";
    }

    private void refreshPending() {
        CampaignSummary c = campaign.getValue();
        if (c == null) {
            return;
        }
        long id = c.id();
        Long unit = selectedUnit == null ? null : selectedUnit.unitId();
        String text = filter.getValue();
        pendingTitle.setText(selectedUnit == null || unit == null ? "Who has not acknowledged"
                : "Who has not acknowledged in " + selectedUnit.unitName());
        pending.setItems(q -> service.pendingPeople(id, unit, text, q.getOffset(), q.getLimit()).stream(),
                q -> (int) service.countPendingPeople(id, unit, text));
        export.setHref(DownloadHandler.fromInputStream(event -> {
            byte[] csv = service.pendingCsv(id, unit, text).getBytes(StandardCharsets.UTF_8);
            return new com.vaadin.flow.server.streams.DownloadResponse(new java.io.ByteArrayInputStream(csv),
                    "not-acknowledged-" + id + ".csv", "text/csv;charset=UTF-8", csv.length);
        }));
        export.setDownload(true);
    }

    private void confirmRemind(UnitProgress u) {
        CampaignSummary c = campaign.getValue();
        int count = service.countToRemind(c.id(), u.unitId());
        String where = "in " + u.unitName() + " and the units below it";
        String last = u.lastReminder() == null ? "They have not been reminded yet."
                : "Last reminded " + Formats.dateTime(u.lastReminder().at()) + " by " + u.lastReminder().by() + ".";
        ConfirmDialog dialog = new ConfirmDialog("Remind " + people(count) + "?",
                people(count) + " " + where + " have not acknowledged " + c.title() + " yet; each gets a reminder. "
                        + last,
                "Send " + (count == 1 ? "reminder" : count + " reminders"), e -> remind(u), "Cancel", e -> { });
        dialog.setId("confirm-remind");
        dialog.open();
    }

    private void remind(UnitProgress u) {
        try {
            int count = service.remindNow(campaign.getValue().id(), u.unitId());
            Toasts.success("Reminder sent to " + people(count) + " of " + u.unitName() + ".");
        } catch (AcknowledgementRefusedException e) {
            Toasts.error(e.getMessage());
        }
        refresh();
    }

    private void confirmClose() {
        CampaignSummary c = campaign.getValue();
        ConfirmDialog dialog = new ConfirmDialog("Close " + c.title() + "?",
                c.pending() + " people have not acknowledged. After closing, nobody is asked any more.", "Close",
                e -> {
                    try {
                        service.close(c.id());
                        Toasts.success("Closed.");
                    } catch (AcknowledgementRefusedException ex) {
                        Toasts.error(ex.getMessage());
                    }
                    refresh();
                }, "Cancel", e -> { });
        dialog.setConfirmButtonTheme("error primary");
        dialog.setId("confirm-close");
        dialog.open();
    }

    private static String people(int n) {
        return n == 1 ? "1 person" : n + " people";
    }

    static String human(Duration d) {
        if (d.toDays() > 0) {
            return d.toDays() + " d " + d.toHoursPart() + " h";
        }
        if (d.toHours() > 0) {
            return d.toHours() + " h " + d.toMinutesPart() + " min";
        }
        if (d.toMinutes() > 0) {
            return d.toMinutes() + " min";
        }
        return d.toSeconds() + " s";
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        attachEvent.getUI().setPollInterval(10_000);
        poll = attachEvent.getUI().addPollListener(e -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        detachEvent.getUI().setPollInterval(-1);
        if (poll != null) {
            poll.remove();
        }
        super.onDetach(detachEvent);
    }
}
