package org.ladder.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.grid.Grid;

/** A grid with few rows is as tall as they are; with many, it keeps its fixed height and scrolls inside. */
class GridHeightTest {

    @Test
    void fewRowsShowThemAllManyRowsKeepTheFixedHeight() {
        Grid<String> grid = new Grid<>();

        GridHeight.fit(grid, 11, 10, "24rem");
        assertThat(grid.isAllRowsVisible()).isFalse();
        assertThat(grid.getHeight()).isEqualTo("24rem");

        GridHeight.fit(grid, 1, 10, "24rem");
        assertThat(grid.isAllRowsVisible()).isTrue();
        assertThat(grid.getHeight()).isNull();

        GridHeight.fit(grid, 10, 10, "24rem");
        assertThat(grid.isAllRowsVisible()).isTrue();
    }
}
