package org.ladder.goals.ui;

import java.util.List;
import java.util.Map;

import org.ladder.goals.GoalLevel;
import org.ladder.goals.GoalRef;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

/** Links and navigation to a goal's page and to the goal editor. */
final class GoalLinks {

    private GoalLinks() {
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
    static void navigateToNew(UI ui, GoalLevel level) {
        ui.navigate(GoalEditorView.class, QueryParameters.of("level", level.name()));
    }

    /** Opens the editor for a new goal of this level that ladders up to {@code parentId}. */
    static void navigateToNewBelow(UI ui, GoalLevel level, long parentId) {
        ui.navigate(GoalEditorView.class, new QueryParameters(Map.of("level", List.of(level.name()), "parent",
                List.of(String.valueOf(parentId)))));
    }

    static String editPath(long goalId) {
        return "goal/" + goalId + "/edit";
    }

    static String pagePath(long goalId) {
        return "goal/" + goalId;
    }
}
