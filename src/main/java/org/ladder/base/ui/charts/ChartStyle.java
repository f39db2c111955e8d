package org.ladder.base.ui.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.title.LegendTitle;

/**
 * The portal's look for JFreeChart charts: a white background, light grid lines, the theme's text colour and a
 * palette whose colours keep WCAG AA contrast (3:1) against white as graphical objects.
 */
public final class ChartStyle {

    /** Series colours, in order: blue, orange, green, purple, red (each at least 3:1 against white). */
    public static final Color[] PALETTE = {
            new Color(0x1F5FAD), new Color(0xB3590B), new Color(0x2E7D32), new Color(0x6A3D9A), new Color(0xC62828) };

    private static final Color TEXT = new Color(0x1A2433);
    private static final Color GRID = new Color(0xD5DAE1);
    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);

    private ChartStyle() {
    }

    /** Applies the look to a chart built by one of JFreeChart's factories, and returns it. */
    public static JFreeChart apply(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        if (chart.getTitle() != null) {
            chart.getTitle().setPaint(TEXT);
            chart.getTitle().setFont(FONT.deriveFont(Font.BOLD, 15f));
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(FONT);
            legend.setItemPaint(TEXT);
            legend.setBackgroundPaint(Color.WHITE);
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        if (plot instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(GRID);
            xy.setRangeGridlinePaint(GRID);
            xy.getDomainAxis().setTickLabelFont(FONT);
            xy.getDomainAxis().setTickLabelPaint(TEXT);
            xy.getDomainAxis().setLabelFont(FONT);
            xy.getDomainAxis().setLabelPaint(TEXT);
            xy.getRangeAxis().setTickLabelFont(FONT);
            xy.getRangeAxis().setTickLabelPaint(TEXT);
            xy.getRangeAxis().setLabelFont(FONT);
            xy.getRangeAxis().setLabelPaint(TEXT);
            for (int r = 0; r < xy.getRendererCount(); r++) {
                XYItemRenderer renderer = xy.getRenderer(r);
                if (renderer != null) {
                    for (int s = 0; s < PALETTE.length; s++) {
                        renderer.setSeriesPaint(s, PALETTE[s]);
                        renderer.setSeriesStroke(s, new BasicStroke(2.5f));
                    }
                }
            }
        } else if (plot instanceof CategoryPlot category) {
            category.setRangeGridlinePaint(GRID);
            category.getDomainAxis().setTickLabelFont(FONT);
            category.getDomainAxis().setTickLabelPaint(TEXT);
            category.getDomainAxis().setLabelFont(FONT);
            category.getDomainAxis().setLabelPaint(TEXT);
            category.getRangeAxis().setTickLabelFont(FONT);
            category.getRangeAxis().setTickLabelPaint(TEXT);
            category.getRangeAxis().setLabelFont(FONT);
            category.getRangeAxis().setLabelPaint(TEXT);
            CategoryItemRenderer renderer = category.getRenderer();
            for (int s = 0; s < PALETTE.length; s++) {
                renderer.setSeriesPaint(s, PALETTE[s]);
            }
        }
        return chart;
    }
}
