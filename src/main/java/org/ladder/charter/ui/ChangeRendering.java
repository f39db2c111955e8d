package org.ladder.charter.ui;

import java.util.List;

import org.ladder.base.text.TextDiff;
import org.ladder.charter.CharterComparison;
import org.ladder.charter.CharterComparison.ItemChange;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;

/** Renders "what changed": inserted words highlighted, removed words struck through. */
final class ChangeRendering {

    private ChangeRendering() {
    }

    static Html text(List<TextDiff.Segment> diff) {
        return side(diff, true, true);
    }

    /** One side of a side-by-side comparison: the old text with removals, or the new one with additions. */
    static Html side(List<TextDiff.Segment> diff, boolean showRemoved, boolean showAdded) {
        StringBuilder html = new StringBuilder("<div class=\"ladder-diff\">");
        for (TextDiff.Segment s : diff) {
            if ((s.kind() == TextDiff.Kind.REMOVED && !showRemoved) || (s.kind() == TextDiff.Kind.ADDED && !showAdded)) {
                continue;
            }
            String t = escape(s.text());
            switch (s.kind()) {
                case SAME -> html.append("<span>").append(t).append("</span>");
                case ADDED -> html.append("<ins>").append(t).append("</ins>");
                case REMOVED -> html.append("<del>").append(t).append("</del>");
                default -> throw new IllegalStateException();
            }
        }
        return new Html(html.append("</div>").toString());
    }

    /** The changes only: mission and vision when they changed, values and pillars added, removed or changed. */
    static Component summary(CharterComparison c) {
        Div box = new Div();
        box.addClassName("ladder-changes");
        if (c.missionChanged()) {
            box.add(new H4("Mission"), text(c.mission()));
        }
        if (c.visionChanged()) {
            box.add(new H4("Vision"), text(c.vision()));
        }
        items(box, "Values", c.values());
        items(box, "Strategic pillars", c.pillars());
        if (box.getChildren().findAny().isEmpty()) {
            box.add(new Paragraph("No change in the wording."));
        }
        return box;
    }

    private static void items(Div box, String title, List<ItemChange> items) {
        List<ItemChange> changed = items.stream().filter(i -> i.change() != CharterComparison.Change.SAME).toList();
        if (changed.isEmpty()) {
            return;
        }
        box.add(new H4(title));
        for (ItemChange i : changed) {
            Div line = new Div();
            line.addClassName("ladder-change-item");
            Div label = new Div();
            label.setText(switch (i.change()) {
                case ADDED -> "New: " + i.name();
                case REMOVED -> "Removed: " + i.name();
                case CHANGED -> "Changed: " + i.name();
                case SAME -> i.name();
            });
            label.addClassName("ladder-change-" + i.change().name().toLowerCase());
            line.add(label, text(i.description()));
            box.add(line);
        }
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("\n", "<br>");
    }
}
