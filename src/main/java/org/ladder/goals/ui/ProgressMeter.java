package org.ladder.goals.ui;

import org.ladder.base.ui.Formats;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A progress bar (0–100) with its percentage next to it, announced as a progress bar to assistive technology. */
final class ProgressMeter {

    private ProgressMeter() {
    }

    static Div of(double progress) {
        int pct = percent(progress);
        Div fill = new Div();
        fill.addClassName("ladder-progress-fill");
        fill.getStyle().set("width", pct + "%");
        Div track = new Div(fill);
        track.addClassName("ladder-progress-track");
        track.getElement().setAttribute("role", "progressbar");
        track.getElement().setAttribute("aria-label", "Progress");
        track.getElement().setAttribute("aria-valuenow", String.valueOf(pct));
        track.getElement().setAttribute("aria-valuemin", "0");
        track.getElement().setAttribute("aria-valuemax", "100");
        Span label = new Span(Formats.percent(progress));
        label.addClassName("ladder-progress-label");
        Div bar = new Div(track, label);
        bar.addClassName("ladder-progress");
        if (pct >= 100) {
            bar.addClassName("ladder-progress-done");
        }
        return bar;
    }

    static int percent(double progress) {
        return (int) Math.round(Math.max(0, Math.min(100, progress)));
    }
}
