package org.ladder.base.ui;

import com.vaadin.flow.component.grid.Grid;

/**
 * A grid's height from its rows: a few rows make a grid just as tall as they are (no tall empty box under one
 * row); many rows keep a fixed height, with the grid's own scrolling and its paged or lazy loading.
 */
public final class GridHeight {

    private GridHeight() {
    }

    /**
     * @param rows    how many rows the grid has now
     * @param upTo    up to this many rows the grid is as tall as its rows
     * @param height  the fixed height beyond that (a CSS length)
     */
    public static void fit(Grid<?> grid, long rows, int upTo, String height) {
        boolean few = rows <= upTo;
        grid.setAllRowsVisible(few);
        grid.setHeight(few ? null : height);
    }
}
