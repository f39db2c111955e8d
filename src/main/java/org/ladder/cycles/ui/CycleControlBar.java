package org.ladder.cycles.ui;

import java.util.Optional;

import org.ladder.base.ConcurrentEditException;
import org.ladder.base.ValidationException;
import org.ladder.base.ui.Toasts;
import org.ladder.cycles.CycleControlProgress;
import org.ladder.cycles.CycleControls;
import org.ladder.cycles.CycleDetails;
import org.ladder.cycles.CycleLimits;
import org.ladder.cycles.CycleQueries;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * HR's pause, resume and cancel on the cycle page, and how far the last of them has come (ADR 0034): the click
 * records the decision, the engine work follows in chunks, and this bar says so (“Cancelling: 12,400 of 55,000
 * instances ended”) each time the page reads its figures again. A command the cycle refuses (resume during a
 * cancel) is told with the reason.
 */
class CycleControlBar extends Div {

    private final transient CycleControls controls;
    private final transient CycleQueries queries;
    private final long cycleId;
    private final transient Runnable changed;
    final Paragraph progress = new Paragraph();
    final Button pause = new Button("Pause");
    final Button resume = new Button("Resume");
    final Button cancel = new Button("Cancel cycle");
    private long version;

    CycleControlBar(CycleControls controls, CycleQueries queries, long cycleId, Runnable changed) {
        this.controls = controls;
        this.queries = queries;
        this.cycleId = cycleId;
        this.changed = changed;
        setId("cycle-control");
        progress.setId("cycle-control-progress");
        progress.getElement().setAttribute("aria-live", "polite");
        pause.setId("cycle-pause");
        resume.setId("cycle-resume");
        cancel.setId("cycle-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        pause.addClickListener(e -> act(() -> controls.pause(cycleId, version), "The cycle is paused: its tasks "
                + "wait, and its instances are being suspended.", null));
        resume.addClickListener(e -> act(() -> controls.resume(cycleId, version), "The cycle goes on: its "
                + "instances are being resumed.", null));
        cancel.addClickListener(e -> openCancel());
        HorizontalLayout buttons = new HorizontalLayout(pause, resume, cancel);
        add(progress, buttons);
        refresh();
    }

    /** Reads the cycle's actions and the last command's progress again. */
    void refresh() {
        CycleDetails details = queries.cycle(cycleId);
        version = details.version();
        pause.setVisible(details.actions().pause());
        resume.setVisible(details.actions().resume());
        cancel.setVisible(details.actions().cancel());
        Optional<CycleControlProgress> last = controls.progress(cycleId);
        progress.setVisible(last.isPresent());
        last.ifPresent(p -> progress.setText(p.message()));
    }

    private void openCancel() {
        Dialog dialog = new Dialog();
        dialog.setId("cycle-cancel-dialog");
        dialog.setHeaderTitle("Cancel the cycle");
        Paragraph what = new Paragraph("Every task, timer and check-in cadence of the cycle ends, and its open "
                + "reviews; the record stays, cancelled. This cannot be undone.");
        TextArea reason = new TextArea("Why is the cycle cancelled?");
        reason.setId("cycle-cancel-reason");
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(CycleLimits.REASON_MAX_LENGTH);
        reason.setWidthFull();
        Button confirm = new Button("Cancel the cycle", e -> act(() -> controls.cancel(cycleId, version,
                reason.getValue()), "The cycle is cancelled: its work is being ended.", dialog, reason));
        confirm.setId("cycle-cancel-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button keep = new Button("Keep it", e -> dialog.close());
        keep.setId("cycle-cancel-keep");
        dialog.add(what, reason);
        dialog.getFooter().add(keep, confirm);
        dialog.setWidth("min(32rem, 95vw)");
        add(dialog);
        dialog.open();
    }

    private void act(Runnable command, String done, Dialog dialog) {
        act(command, done, dialog, null);
    }

    private void act(Runnable command, String done, Dialog dialog, TextArea reason) {
        try {
            command.run();
        } catch (ValidationException e) {
            if (reason != null && e.fieldErrors().containsKey("reason")) {
                reason.setErrorMessage(e.fieldErrors().get("reason"));
                reason.setInvalid(true);
                return;
            }
            Toasts.error(String.join(" ", e.fieldErrors().values())).setId("cycle-control-refused");
            closeAndRefresh(dialog);
            return;
        } catch (ConcurrentEditException e) {
            Toasts.error(e.getMessage()).setId("cycle-control-conflict");
            closeAndRefresh(dialog);
            return;
        }
        Toasts.success(done);
        closeAndRefresh(dialog);
    }

    private void closeAndRefresh(Dialog dialog) {
        if (dialog != null) {
            dialog.close();
        }
        changed.run(); // the page reads everything again, this bar too

    }
}
