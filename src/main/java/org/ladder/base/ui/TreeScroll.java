package org.ladder.base.ui;

import java.util.Arrays;

import com.vaadin.flow.component.treegrid.TreeGrid;

import elemental.json.Json;
import elemental.json.JsonArray;

/**
 * Scrolls a lazy tree grid down to a nested row, reliably. {@link TreeGrid#scrollToIndex(int...)} resolves only the
 * levels the browser has already loaded and laid out: sent with the page's first response, before the grid has a
 * height, or while a level below is still loading, it can stop at a parent and leave the row out of sight. Here the
 * browser waits until the grid is laid out and idle, scrolls, and scrolls again each time a level it needed has
 * loaded — once per level at most, for a few seconds, and not after the user has scrolled or pressed a key there.
 */
public final class TreeScroll {

    /** How long the browser keeps following the loads the scroll causes. */
    static final int FOLLOW_MILLIS = 8000;

    private static final String SCRIPT = """
            const grid = this, path = $0, until = Date.now() + $1;
            let left = path.length + 1, stopped = false;
            const stop = () => {
              stopped = true;
              grid.removeEventListener('loading-changed', onLoaded);
              ['wheel', 'touchstart', 'keydown'].forEach(e => grid.removeEventListener(e, stop));
            };
            const scroll = () => {
              if (stopped || !grid.isConnected || Date.now() > until || left-- <= 0) { stop(); return; }
              grid.scrollToIndex(...path);
            };
            const onLoaded = e => { if (!e.detail.value) { setTimeout(scroll, 0); } };
            const whenReady = () => {
              if (stopped || !grid.isConnected || Date.now() > until) { stop(); return; }
              if (!grid.clientHeight || grid.loading) { setTimeout(whenReady, 50); return; }
              grid.addEventListener('loading-changed', onLoaded);
              ['wheel', 'touchstart', 'keydown'].forEach(e => grid.addEventListener(e, stop, { passive: true }));
              scroll();
            };
            whenReady();
            """;

    private TreeScroll() {
    }

    /** Scrolls to the row at these indexes: the first among the roots, each next among the previous row's children. */
    public static void toRow(TreeGrid<?> tree, int... indexes) {
        if (indexes.length == 0) {
            throw new IllegalArgumentException("A row's path needs at least one index.");
        }
        JsonArray path = Json.createArray();
        Arrays.stream(indexes).forEach(i -> path.set(path.length(), i));
        tree.getElement().executeJs(SCRIPT, path, FOLLOW_MILLIS);
    }
}
