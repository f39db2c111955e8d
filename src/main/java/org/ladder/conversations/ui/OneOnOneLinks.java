package org.ladder.conversations.ui;

import com.vaadin.flow.router.RouterLink;

/** Where a 1:1 lives: {@code one-on-one/<reportId>} for the report's current 1:1, {@code .../<id>} for an earlier one. */
final class OneOnOneLinks {

    private OneOnOneLinks() {
    }

    static String path(long reportId) {
        return "one-on-one/" + reportId;
    }

    static String path(long reportId, long oneOnOneId) {
        return "one-on-one/" + reportId + "/" + oneOnOneId;
    }

    static RouterLink link(String text, String path) {
        RouterLink link = new RouterLink();
        link.setText(text);
        link.setRoute(OneOnOneView.class, new com.vaadin.flow.router.RouteParameters(params(path)));
        return link;
    }

    private static java.util.Map<String, String> params(String path) {
        String[] parts = path.split("/");
        java.util.Map<String, String> p = new java.util.HashMap<>();
        p.put("reportId", parts[1]);
        if (parts.length > 2) {
            p.put("oneOnOneId", parts[2]);
        }
        return p;
    }
}
