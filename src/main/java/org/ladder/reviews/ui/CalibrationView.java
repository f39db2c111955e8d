package org.ladder.reviews.ui;

import java.util.List;

import org.ladder.base.text.Plural;
import org.ladder.base.ui.Formats;
import org.ladder.reviews.CalibrationGrid;
import org.ladder.reviews.RatingKind;
import org.ladder.reviews.RatingScale;
import org.ladder.reviews.ReviewCalibrations;
import org.ladder.reviews.ReviewLimits;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/**
 * A unit's calibration, for the head of the unit and HR: the people of the group with both ratings and their
 * justifications, the distributions of both, a rating changed with a reason (kept as a revision, the manager told),
 * the notes of the discussion (never shown to the people reviewed), and closing it (the reviews go on to sharing).
 */
@Route(CalibrationView.ROUTE + "/:calibrationId([0-9]+)")
@PermitAll
class CalibrationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "calibration";

    /** The change dialog's bean. */
    static final class Change {
        RatingKind kind = RatingKind.PERFORMANCE;
        Integer rating;
        String reason = "";
    }

    private final transient ReviewCalibrations calibrations;
    private CalibrationGrid grid;
    private String title = "Calibration";
    final Grid<CalibrationGrid.Row> people = new Grid<>();
    final Div charts = new Div();
    final TextArea notes = new TextArea("Notes of the discussion");
    final Paragraph error = new Paragraph();
    final Button saveNotes = new Button("Save notes");
    final Button close = new Button("Close the calibration");
    private StepRunner runner;
    private long version;
    // the open change dialog's parts
    Dialog changeDialog;
    RadioButtonGroup<RatingKind> changeKind;
    RadioButtonGroup<Integer> changeRating;
    TextArea changeReason;
    Button changeSave;

    CalibrationView(ReviewCalibrations calibrations) {
        this.calibrations = calibrations;
        setId("calibration-view");
        addClassName("ladder-reviews");
        setWidthFull();
        saveNotes.addClickListener(e -> runner.run(() -> version = calibrations.saveNotes(grid.calibrationId(),
                version, notes.getValue()), "Notes saved.", null, errors -> {
                    notes.setErrorMessage(errors.getOrDefault("notes", String.join(" ", errors.values())));
                    notes.setInvalid(true);
                }));
        close.addClickListener(e -> {
            ConfirmDialog confirm = new ConfirmDialog("Close the calibration?", "The ratings as they stand go on "
                    + "to the managers, who share the reviews. Ratings can no longer change here.", "Close it",
                    ev -> runner.run(() -> calibrations.close(grid.calibrationId(), version),
                            "Calibration closed: the managers can share the reviews now.", this::reload,
                            errors -> runner.show(String.join(" ", errors.values()), false)), "Cancel", ev -> { });
            confirm.setId("calibration-confirm-close");
            confirm.open();
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("calibrationId").orElse(-1L);
        try {
            show(calibrations.grid(id));
        } catch (AccessDeniedException e) {
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
        }
    }

    void reload() {
        show(calibrations.grid(grid.calibrationId()));
    }

    private void show(CalibrationGrid g) {
        removeAll();
        grid = g;
        version = g.version();
        boolean open = "OPEN".equals(g.status());
        title = "Calibration — " + g.unitName();
        H2 heading = new H2("Calibration: " + g.unitName());
        Paragraph facts = new Paragraph(g.roundName() + " · " + Plural.count(g.rows().size(), "person", "people")
                + " · " + (open ? "open since " + Formats.date(g.openedAt()) : "DONE".equals(g.status())
                        ? "closed on " + Formats.date(g.closedAt()) : status(g.status())));
        facts.setId("calibration-facts");
        facts.addClassName("ladder-hint");
        Paragraph intro = new Paragraph("Compare the ratings across the group. Change a rating only with a reason: "
                + "it is kept as a revision and the manager is told. The people reviewed never see this discussion. "
                + "Closing the calibration lets the managers share the reviews.");
        error.setId("calibration-error");
        runner = new StepRunner(error, this::reload);
        add(heading, facts, intro, error);

        RatingScale pScale = g.distributions().performanceScale();
        RatingScale aScale = g.distributions().alignmentScale();
        people.removeAllColumns();
        people.setId("calibration-grid");
        people.addColumn(CalibrationGrid.Row::personName).setHeader("Person").setFlexGrow(2).setSortable(true);
        people.addColumn(r -> r.managerName() == null ? "—" : r.managerName()).setHeader("Manager").setFlexGrow(1);
        people.addColumn(r -> ReviewFormat.rating(pScale, r.performance())).setHeader("Performance")
                .setFlexGrow(1).setKey("performance");
        people.addColumn(r -> ReviewFormat.rating(aScale, r.alignment())).setHeader("Alignment").setFlexGrow(1)
                .setKey("alignment");
        people.addColumn(r -> r.revisions().isEmpty() ? "" : Plural.count(r.revisions().size(), "change"))
                .setHeader("Revised").setFlexGrow(0).setWidth("7rem").setTextAlign(ColumnTextAlign.END);
        if (open) {
            people.addComponentColumn(r -> {
                Button change = new Button("Change", e -> openChange(r));
                change.setId("calibration-change-" + r.reviewId());
                change.addThemeVariants(ButtonVariant.LUMO_SMALL);
                change.setAriaLabel("Change a rating of " + r.personName());
                return change;
            }).setHeader("Change").setKey("change").setFlexGrow(0).setWidth("7.5rem");
        }
        people.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(this::details));
        people.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        people.setItems(g.rows());
        people.setPageSize(50);
        people.setAllRowsVisible(g.rows().size() <= 25);
        if (g.rows().size() > 25) {
            people.setHeight("32rem");
        }
        people.setEmptyStateText("Nobody in this group.");

        charts.removeAll();
        charts.setId("calibration-charts");
        charts.setWidthFull();
        charts.add(ReviewCharts.sideBySide(g.distributions(), g.unitName()));

        notes.setId("calibration-notes");
        ReviewFormat.limit(notes, ReviewLimits.NOTES_MAX_LENGTH);
        notes.setWidthFull();
        notes.setValue(g.notes() == null ? "" : g.notes());
        notes.setHelperText("For the head of the unit and HR only");
        notes.setReadOnly(!open);
        saveNotes.setId("calibration-save-notes");
        saveNotes.setVisible(open);
        close.setId("calibration-close");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        close.setVisible(open);
        FlexLayout buttons = new FlexLayout(close, saveNotes);
        buttons.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        buttons.addClassName("ladder-review-buttons");
        H3 ratingsTitle = new H3("The group's ratings");
        H3 peopleTitle = new H3("People");
        Paragraph hint = TemplateForm.hint("Select a row to read both justifications.");
        add(ratingsTitle, charts, peopleTitle, hint, people, notes, buttons);
    }

    private Div details(CalibrationGrid.Row r) {
        Div d = new Div();
        d.setId("calibration-details-" + r.reviewId());
        d.add(ReviewContent.qa("Why this performance rating", blank(r.performanceJustification())),
                ReviewContent.qa("Why this alignment rating", blank(r.alignmentJustification())));
        for (var rev : r.revisions()) {
            d.add(ReviewContent.qa(rev.kind().label() + " changed " + rev.from() + " → " + rev.to() + " by " + rev.by()
                    + ", " + Formats.date(rev.at()), rev.reason()));
        }
        return d;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }

    void openChange(CalibrationGrid.Row row) {
        Change change = new Change();
        Binder<Change> binder = new Binder<>();
        changeDialog = new Dialog();
        changeDialog.setId("calibration-change-dialog");
        changeDialog.setHeaderTitle("Change a rating of " + row.personName());
        changeKind = new RadioButtonGroup<>("Which rating");
        changeKind.setId("calibration-change-kind");
        changeKind.setItems(RatingKind.values());
        changeKind.setItemLabelGenerator(k -> k.label() + " (now " + ReviewFormat.rating(scale(k), current(row, k))
                + ")");
        changeKind.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        binder.forField(changeKind).asRequired("Choose which rating to change.").bind(c -> c.kind, (c, v) -> c.kind = v);
        changeRating = ReviewFormat.ratingChoice("New rating", scale(RatingKind.PERFORMANCE));
        changeRating.setId("calibration-change-rating");
        binder.forField(changeRating).asRequired("Choose the new rating.").bind(c -> c.rating, (c, v) -> c.rating = v);
        changeKind.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                RatingScale s = scale(e.getValue());
                changeRating.setItems(java.util.stream.IntStream.rangeClosed(1, s.points()).boxed().toList());
                changeRating.setItemLabelGenerator(i -> ReviewCharts.point(s, i));
            }
        });
        changeReason = new TextArea("Reason");
        changeReason.setId("calibration-change-reason");
        ReviewFormat.limit(changeReason, ReviewLimits.REASON_MAX_LENGTH);
        changeReason.setRequiredIndicatorVisible(true);
        changeReason.setHelperText("Kept with the change; the manager reads it");
        changeReason.setWidthFull();
        binder.forField(changeReason).asRequired("Give the reason for the change.")
                .bind(c -> c.reason, (c, v) -> c.reason = v == null ? "" : v);
        binder.setBean(change);
        Paragraph dialogError = new Paragraph();
        dialogError.setId("calibration-change-error");
        StepRunner dialogRunner = new StepRunner(dialogError, () -> {
            changeDialog.close();
            reload();
        });
        changeSave = new Button("Change the rating", e -> {
            if (!binder.validate().isOk()) {
                return;
            }
            dialogRunner.run(() -> calibrations.revise(row.reviewId(), row.reviewVersion(), change.kind,
                    change.rating, change.reason), change.kind.label() + " of " + row.personName() + " changed to "
                            + change.rating + "; their manager is told.", () -> {
                                changeDialog.close();
                                reload();
                            }, errors -> dialogRunner.fieldErrors(errors, (key, message) -> {
                                var field = switch (key) {
                                    case "kind" -> changeKind;
                                    case "rating" -> changeRating;
                                    case "reason" -> changeReason;
                                    default -> null;
                                };
                                if (field == null) {
                                    return false;
                                }
                                field.setErrorMessage(message);
                                field.setInvalid(true);
                                return true;
                            }));
        });
        changeSave.setId("calibration-change-save");
        changeSave.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> changeDialog.close());
        cancel.setId("calibration-change-cancel");
        VerticalLayout body = new VerticalLayout(dialogError, changeKind, changeRating, changeReason);
        body.setPadding(false);
        changeDialog.add(body);
        changeDialog.getFooter().add(cancel, changeSave);
        changeDialog.setWidth("min(100vw, 32rem)");
        changeDialog.open();
        changeKind.setValue(RatingKind.PERFORMANCE);
    }

    private RatingScale scale(RatingKind kind) {
        return kind == RatingKind.ALIGNMENT ? grid.distributions().alignmentScale()
                : grid.distributions().performanceScale();
    }

    private static Integer current(CalibrationGrid.Row row, RatingKind kind) {
        return kind == RatingKind.ALIGNMENT ? row.alignment() : row.performance();
    }

    private static String status(String status) {
        return switch (status) {
            case "WAITING" -> "waiting for the manager reviews";
            case "SKIPPED" -> "skipped (fewer than 2 people)";
            default -> status.toLowerCase(java.util.Locale.ROOT);
        };
    }

    List<CalibrationGrid.Row> rows() {
        return grid.rows();
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
