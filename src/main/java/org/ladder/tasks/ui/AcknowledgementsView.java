package org.ladder.tasks.ui;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import org.ladder.base.security.CurrentUser;
import org.ladder.base.security.Role;
import org.ladder.base.security.Roles;
import org.ladder.base.ui.Toasts;
import org.ladder.people.PersonSummary;
import org.ladder.tasks.AcknowledgementRefusedException;
import org.ladder.tasks.AcknowledgementService;
import org.ladder.tasks.CampaignSummary;
import org.ladder.tasks.UnitProgress;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * HR's view of acknowledgements: for a campaign (a charter version, a goal change), the share acknowledged overall
 * and per org unit, the time until each unit reached 100%, who is still missing (paged), "remind now" per unit,
 * and closing. Refreshes itself every 10 seconds.
 */
@Route("acknowledgements")
@PageTitle("Acknowledgements")
@Menu(order = 40, title = "Acknowledgements", icon = "vaadin:check-square-o")
@RolesAllowed({Roles.HR, Roles.ADMIN, Roles.LEADERSHIP})
public class AcknowledgementsView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    private final transient AcknowledgementService service;
    private final boolean hr;
    final Select<CampaignSummary> campaign = new Select<>();
    final Span overall = new Span();
    final ProgressBar progress = new ProgressBar(0, 100);
    final Grid<UnitProgress> units = new Grid<>(UnitProgress.class, false);
    final Grid<PersonSummary> pending = new Grid<>(PersonSummary.class, false);
    final H3 pendingTitle = new H3();
    final Button close = new Button("Close acknowledgements", VaadinIcon.CLOSE_CIRCLE_O.create());
    private Long selectedUnit;
    private com.vaadin.flow.shared.Registration poll;

    public AcknowledgementsView(AcknowledgementService service, CurrentUser currentUser) {
        this.service = service;
        this.hr = currentUser.hasRole(Role.HR);
        setId("acknowledgements-view");
        setSizeFull();
        List<CampaignSummary> campaigns = service.campaigns(0, 100);
        if (campaigns.isEmpty()) {
            Paragraph empty = new Paragraph("Nothing has been sent out for acknowledgement yet. When a charter version "
                    + "is published, everyone is asked to acknowledge it and you follow it here.");
            empty.setId("acknowledgements-empty");
            empty.addClassName("ladder-empty");
            add(empty);
            return;
        }
        campaign.setId("campaign-select");
        campaign.setLabel("Change");
        campaign.setItems(campaigns);
        campaign.setItemLabelGenerator(c -> c.title() + " (" + WHEN.format(c.startedAt()) + ")");
        campaign.addValueChangeListener(e -> {
            selectedUnit = null;
            refresh();
        });
        overall.setId("acknowledged-overall");
        overall.addClassName("ladder-card-value");
        progress.setWidth("20rem");
        progress.getElement().setAttribute("aria-label", "Share acknowledged");
        close.setId("close-campaign");
        close.addThemeVariants(ButtonVariant.LUMO_ERROR);
        close.setVisible(false);
        close.addClickListener(e -> confirmClose());
        Button refresh = new Button("Refresh", VaadinIcon.REFRESH.create(), e -> refresh());
        refresh.setId("refresh-acknowledgements");
        HorizontalLayout head = new HorizontalLayout(campaign, overall, progress, refresh, close);
        head.setAlignItems(Alignment.BASELINE);
        head.setWidthFull();

        units.setId("unit-progress");
        units.addColumn(UnitProgress::unitName).setHeader("Unit").setFlexGrow(2);
        units.addColumn(UnitProgress::total).setHeader("People").setWidth("7em").setFlexGrow(0);
        units.addColumn(UnitProgress::acknowledged).setHeader("Acknowledged").setWidth("9em").setFlexGrow(0);
        units.addColumn(u -> u.percent() + "%").setHeader("%").setWidth("6em").setFlexGrow(0);
        units.addColumn(u -> u.timeToComplete() == null ? "" : human(u.timeToComplete()))
                .setHeader("Time to 100%").setWidth("9em").setFlexGrow(0);
        if (hr) {
            units.addComponentColumn(u -> {
                Button remind = new Button("Remind now", e -> remind(u));
                remind.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                remind.setEnabled(u.pending() > 0 && campaign.getValue() != null && campaign.getValue().isOpen());
                return remind;
            }).setWidth("9em").setFlexGrow(0);
        }
        units.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        units.asSingleSelect().addValueChangeListener(e -> {
            selectedUnit = e.getValue() == null ? null : e.getValue().unitId();
            refreshPending();
        });
        units.setHeight("18rem");

        pending.setId("pending-people");
        pending.addColumn(PersonSummary::displayName).setHeader("Not acknowledged yet").setFlexGrow(2);
        pending.addColumn(p -> p.unitName() == null ? "" : p.unitName()).setHeader("Unit").setFlexGrow(1);
        pending.addColumn(p -> p.managerName() == null ? "" : p.managerName()).setHeader("Manager").setFlexGrow(1);
        pending.setPageSize(50);
        pending.addThemeVariants(GridVariant.LUMO_COMPACT);
        pending.setEmptyStateText("Everyone has acknowledged.");
        add(head, units, pendingTitle, pending);
        setFlexGrow(1, pending);
        campaign.setValue(campaigns.get(0));
    }

    void refresh() {
        CampaignSummary selected = campaign.getValue();
        if (selected == null) {
            return;
        }
        CampaignSummary c = service.campaign(selected.id()).orElse(selected);
        overall.setText(c.acknowledged() + " of " + c.total() + " acknowledged (" + c.percent() + "%)"
                + (c.completedAt() != null ? " · complete " + WHEN.format(c.completedAt())
                        : c.closedAt() != null ? " · closed " + WHEN.format(c.closedAt()) : ""));
        progress.setValue(c.percent());
        close.setVisible(hr && c.isOpen());
        units.setItems(service.unitProgress(c.id()));
        refreshPending();
    }

    private void refreshPending() {
        CampaignSummary c = campaign.getValue();
        if (c == null) {
            return;
        }
        long id = c.id();
        Long unit = selectedUnit;
        pendingTitle.setText(unit == null ? "Who has not acknowledged" : "Who has not acknowledged in the selected unit");
        pending.setItems(q -> service.pendingPeople(id, unit, q.getOffset(), q.getLimit()).stream(),
                q -> (int) service.countPendingPeople(id, unit));
    }

    private void remind(UnitProgress u) {
        try {
            service.remindNow(campaign.getValue().id(), u.unitId());
            Toasts.success("Reminder sent to the " + u.pending() + " people of " + u.unitName() + " still pending.");
        } catch (AcknowledgementRefusedException e) {
            Toasts.error(e.getMessage());
        }
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
