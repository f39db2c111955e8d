package org.ladder.goals.ui;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.ladder.base.ConcurrentEditException;
import org.ladder.goals.ApprovalState;
import org.ladder.goals.GoalLevel;
import org.ladder.goals.GoalNode;
import org.ladder.goals.GoalRef;
import org.ladder.goals.GoalStatus;
import org.ladder.goals.KeyResultType;
import org.ladder.goals.Visibility;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

/** The small pieces every goal view shares: badges, progress bars, markers, periods, links. */
final class GoalBits {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
            FormatStyle.SHORT).withZone(ZoneId.systemDefault());

    private GoalBits() {
    }

    /** "Active", "Draft · Awaiting approval", ... as a coloured badge. */
    static Span statusBadge(GoalStatus status, ApprovalState approval) {
        Span badge = new Span();
        if (status == null) {
            return badge;
        }
        String text = status.label();
        String css = status.name().toLowerCase(Locale.ROOT);
        if (approval == ApprovalState.PENDING || approval == ApprovalState.RETURNED) {
            text = status == GoalStatus.DRAFT ? approval.label() : text + " · " + approval.label().toLowerCase(Locale.ROOT);
            css = approval.name().toLowerCase(Locale.ROOT);
        }
        badge.setText(text);
        badge.addClassNames("ladder-goal-status", "ladder-goal-status-" + css);
        return badge;
    }

    /** A bar with the percentage next to it. */
    static Div progressBar(double progress) {
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
        Span label = new Span(pct + "%");
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

    static Span marker(String text, String kind, String tooltip) {
        Span s = new Span(text);
        s.addClassNames("ladder-marker", "ladder-marker-" + kind);
        if (tooltip != null) {
            s.setTitle(tooltip);
        }
        return s;
    }

    /** Orphan (or justified orphan), at risk, private. */
    static Div markers(boolean orphan, boolean justified, boolean atRisk, Visibility visibility) {
        Div box = new Div();
        box.addClassName("ladder-markers");
        if (orphan) {
            box.add(justified ? marker("Orphan · justified", "justified", "Aligned to nothing, kept on purpose")
                    : marker("Orphan", "orphan", "This goal ladders up to nothing"));
        }
        if (atRisk) {
            box.add(marker("At risk", "risk", "Progress is well behind the time elapsed in its period"));
        }
        if (visibility == Visibility.PRIVATE) {
            box.add(marker("Private", "private", Visibility.PRIVATE.label()));
        }
        return box;
    }

    static Div markers(GoalNode n) {
        return markers(n.orphan(), n.justified(), n.atRisk(), n.visibility());
    }

    static String period(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            return "";
        }
        return DATE.format(from) + " – " + DATE.format(to);
    }

    static String level(GoalLevel level) {
        return level == null ? "" : level.label();
    }

    /** A link to a goal's page. */
    static RouterLink link(long goalId, String title) {
        RouterLink link = new RouterLink(title, GoalPage.class, new RouteParameters("id", String.valueOf(goalId)));
        link.addClassName("ladder-goal-link");
        return link;
    }

    static RouterLink link(GoalRef ref) {
        return link(ref.id(), ref.title());
    }

    static RouterLink editLink(long goalId, String text) {
        return new RouterLink(text, GoalEditorView.class, new RouteParameters("id", String.valueOf(goalId)));
    }

    /** Opens the editor for a new goal of this level. */
    static void navigateToNew(com.vaadin.flow.component.UI ui, GoalLevel level) {
        ui.navigate(GoalEditorView.class, com.vaadin.flow.router.QueryParameters.of("level", level.name()));
    }

    /** Opens the editor for a new goal of this level that ladders up to {@code parentId}. */
    static void navigateToNewBelow(com.vaadin.flow.component.UI ui, GoalLevel level, long parentId) {
        ui.navigate(GoalEditorView.class, new com.vaadin.flow.router.QueryParameters(java.util.Map.of("level",
                List.of(level.name()), "parent", List.of(String.valueOf(parentId)))));
    }

    /** "SUBMITTED" → "Submitted", "PROGRESS" → "Progress update". */
    static String revisionKind(String kind) {
        return switch (kind) {
            case "CREATED" -> "Drafted";
            case "EDITED" -> "Edited";
            case "PROGRESS" -> "Progress update";
            case "SUBMITTED" -> "Submitted";
            case "RESUBMITTED" -> "Resubmitted";
            case "APPROVED" -> "Approved";
            case "RETURNED" -> "Returned";
            case "WITHDRAWN" -> "Withdrawn";
            case "ACTIVATED" -> "Activated";
            case "ACHIEVED" -> "Achieved";
            case "ABANDONED" -> "Abandoned";
            case "ALIGNED" -> "Aligned";
            case "JUSTIFIED" -> "Justified";
            case "RETIRED" -> "Retired";
            default -> kind.charAt(0) + kind.substring(1).toLowerCase(java.util.Locale.ROOT);
        };
    }

    static String editPath(long goalId) {
        return "goal/" + goalId + "/edit";
    }

    static String pagePath(long goalId) {
        return "goal/" + goalId;
    }

    /** "Unit goal · Core Services". */
    static String meta(GoalLevel level, String ownerName) {
        String l = level(level);
        return ownerName == null || ownerName.isBlank() ? l : l + " · " + ownerName;
    }

    static String number(BigDecimal value, KeyResultType type) {
        if (value == null) {
            return "—";
        }
        if (type == KeyResultType.BINARY) {
            return value.signum() == 0 ? "not done" : "done";
        }
        return value.stripTrailingZeros().toPlainString();
    }

    static String duration(Duration d) {
        if (d == null) {
            return "";
        }
        long hours = d.toHours();
        if (hours < 1) {
            return Math.max(1, d.toMinutes()) + " min";
        }
        if (hours < 48) {
            return hours + " h";
        }
        return d.toDays() + " days";
    }

    /** The message of a refused concurrent save, with a button that reloads (the user's input stays until then). */
    static Notification conflict(ConcurrentEditException e, String id, Runnable reload) {
        Notification n = new Notification();
        n.addThemeVariants(NotificationVariant.LUMO_WARNING);
        Button reloadButton = new Button("Reload", ev -> {
            n.close();
            reload.run();
        });
        reloadButton.setId(id + "-reload");
        Button keep = new Button("Keep my input", ev -> n.close());
        Span text = new Span(e.getMessage());
        HorizontalLayout row = new HorizontalLayout(text, reloadButton, keep);
        row.setAlignItems(HorizontalLayout.Alignment.CENTER);
        n.add(row);
        n.setDuration(0);
        n.setPosition(Notification.Position.MIDDLE);
        n.setId(id);
        n.open();
        return n;
    }

    static Div fact(String label, Component value, String id) {
        Span l = new Span(label);
        l.addClassName("ladder-fact-label");
        if (id != null) {
            value.setId(id);
        }
        Div d = new Div(l, value);
        d.addClassName("ladder-fact");
        return d;
    }

    static Div fact(String label, String value, String id) {
        return fact(label, new Span(value == null || value.isBlank() ? "—" : value), id);
    }
}
