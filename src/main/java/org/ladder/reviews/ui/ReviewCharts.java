package org.ladder.reviews.ui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYBoxAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.ladder.base.text.Plural;
import org.ladder.base.ui.charts.ChartStyle;
import org.ladder.base.ui.charts.SvgChart;
import org.ladder.reviews.RatingDistributions;
import org.ladder.reviews.RatingScale;

import com.vaadin.flow.component.html.Div;

/**
 * The review charts, drawn on the server (ADR 0018), each with its text alternative and its figures: one rating's
 * distribution as bars, both distributions side by side (performance and alignment are different questions, so
 * they get two charts, never one mixed scale), and the two-by-two of performance against alignment that shows the
 * people doing great work on the wrong things.
 */
final class ReviewCharts {

    /** The quadrant that matters most, drawn in the palette's orange; the others in a pale blue. */
    private static final Color HIGHLIGHT_FILL = new Color(0xFBE3CC);
    private static final Color PLAIN_FILL = new Color(0xE6EDF7);
    private static final Color TEXT = new Color(0x1A2433);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.BOLD, 14);
    private static final Font COUNT = new Font(Font.SANS_SERIF, Font.PLAIN, 14);

    private ReviewCharts() {
    }

    /**
     * The four quadrants of performance against alignment: high performance is the top half of the performance
     * scale ({@link RatingScale#isHigh}), low alignment the bottom half of the alignment scale
     * ({@link RatingScale#isLow}), as the service counts “high performance, low alignment”; everyone else falls in
     * the other three, so every rated person is counted once.
     *
     * @param highFrom the lowest high performance rating; {@code lowTo} the highest low alignment rating
     */
    record Quadrants(int highPerformanceLowAlignment, int highPerformanceAligned, int otherLowAlignment,
            int otherAligned, int performancePoints, int highFrom, int alignmentPoints, int lowTo) {

        int total() {
            return highPerformanceLowAlignment + highPerformanceAligned + otherLowAlignment + otherAligned;
        }

        /** The quadrants of a grid of both ratings ({@code grid[p - 1][a - 1]} people rated p and a). */
        static Quadrants of(RatingDistributions d) {
            RatingScale p = d.performanceScale();
            RatingScale a = d.alignmentScale();
            int hpla = 0;
            int hpa = 0;
            int ola = 0;
            int oa = 0;
            int[][] grid = d.grid();
            for (int i = 0; i < grid.length; i++) {
                for (int j = 0; j < grid[i].length; j++) {
                    int n = grid[i][j];
                    boolean high = p.isHigh(i + 1);
                    boolean low = a.isLow(j + 1);
                    if (high && low) {
                        hpla += n;
                    } else if (high) {
                        hpa += n;
                    } else if (low) {
                        ola += n;
                    } else {
                        oa += n;
                    }
                }
            }
            int highFrom = 1;
            while (highFrom < p.points() && !p.isHigh(highFrom)) {
                highFrom++;
            }
            int lowTo = 0;
            while (lowTo + 1 <= a.points() && a.isLow(lowTo + 1)) {
                lowTo++;
            }
            return new Quadrants(hpla, hpa, ola, oa, p.points(), highFrom, a.points(), Math.max(1, lowTo));
        }

        String highPerformance() {
            return range(highFrom, performancePoints);
        }

        String otherPerformance() {
            return range(1, highFrom - 1);
        }

        String lowAlignment() {
            return range(1, lowTo);
        }

        String otherAlignment() {
            return range(lowTo + 1, alignmentPoints);
        }

        private static String range(int from, int to) {
            return from >= to ? String.valueOf(Math.max(from, to)) : from + "–" + to;
        }
    }

    /** “3 (25%)”: a count with its share of {@code total}. */
    static String share(int count, int total) {
        return count + (total == 0 ? "" : " (" + Math.round(100.0 * count / total) + "%)");
    }

    /** “4 — Exceeds expectations”: a point of a scale with its label (a label that starts with its number stays). */
    static String point(RatingScale scale, int rating) {
        if (scale == null || rating < 1 || rating > scale.points()) {
            return String.valueOf(rating);
        }
        String label = scale.labels().get(rating - 1);
        return label.startsWith(String.valueOf(rating)) ? label : rating + " — " + label;
    }

    /**
     * One rating's distribution as bars: how many people got each point of {@code scale}.
     *
     * @param what   “Performance” or “Alignment”
     * @param counts {@code counts[i]} people rated {@code i + 1}
     * @param scope  whose ratings (“Core Services and the units below it”), for the text alternative
     */
    static SvgChart distribution(String what, RatingScale scale, int[] counts, String scope, String id) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        int total = 0;
        for (int n : counts) {
            total += n;
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < scale.points(); i++) {
            int n = i < counts.length ? counts[i] : 0;
            data.addValue(n, "People", String.valueOf(i + 1));
            rows.add(List.of(point(scale, i + 1), String.valueOf(n), total == 0 ? "—"
                    : Math.round(100.0 * n / total) + "%"));
            parts.add(point(scale, i + 1) + ": " + n);
        }
        JFreeChart chart = distributionChart(what, data, total);
        String alt = what + " ratings of " + Plural.count(total, "person", "people") + " in " + scope
                + (total == 0 ? ": none yet." : ", on the " + scale.points() + "-point " + scaleName(scale) + ": "
                        + String.join(", ", parts) + ".");
        SvgChart svg = new SvgChart(chart, alt, 480, 300).withFigures(what + " ratings, " + scope,
                List.of("Rating", "People", "Share"), rows);
        svg.setId(id);
        svg.addClassName("ladder-review-chart");
        return svg;
    }

    static JFreeChart distributionChart(String what, DefaultCategoryDataset data, int total) {
        JFreeChart chart = ChartStyle.apply(ChartFactory.createBarChart(what + " ratings", what + " rating",
                "People", data, PlotOrientation.VERTICAL, false, false, false));
        BarRenderer renderer = (BarRenderer) chart.getCategoryPlot().getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(0.12);
        renderer.setSeriesPaint(0, what.startsWith("Align") ? ChartStyle.PALETTE[2] : ChartStyle.PALETTE[0]);
        NumberAxis axis = (NumberAxis) chart.getCategoryPlot().getRangeAxis();
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        axis.setLowerBound(0);
        if (total == 0) {
            axis.setUpperBound(1);
        }
        return chart;
    }

    /** Performance and alignment side by side (one column on a phone). */
    static Div sideBySide(RatingDistributions d, String scope) {
        Div both = new Div(distribution("Performance", d.performanceScale(), d.performance(), scope,
                "review-performance-chart"), distribution("Alignment", d.alignmentScale(), d.alignment(), scope,
                        "review-alignment-chart"));
        both.setId("review-distributions");
        both.addClassName("ladder-review-charts");
        return both;
    }

    /**
     * The two-by-two: performance across, alignment up; each quadrant with its count and share, the
     * “high performance, low alignment” one (great work on the wrong things) marked.
     */
    static SvgChart quadrants(Quadrants q, String scope) {
        JFreeChart chart = quadrantChart(q);
        int total = q.total();
        String ranges = "high performance is " + q.highPerformance() + " of " + q.performancePoints()
                + ", low alignment " + q.lowAlignment() + " of " + q.alignmentPoints();
        String alt = "Performance against alignment for " + Plural.count(total, "person", "people") + " in " + scope
                + (total == 0 ? ": nobody has both ratings yet." : " (" + ranges + "): high performance with low "
                        + "alignment " + share(q.highPerformanceLowAlignment(), total) + ", high performance and "
                        + "aligned " + share(q.highPerformanceAligned(), total) + ", other performance with low "
                        + "alignment " + share(q.otherLowAlignment(), total) + ", other performance and aligned "
                        + share(q.otherAligned(), total) + ".");
        List<List<String>> rows = List.of(
                List.of("High performance, low alignment (great work on the wrong things)",
                        q.highPerformance(), q.lowAlignment(), share(q.highPerformanceLowAlignment(), total)),
                List.of("High performance, aligned", q.highPerformance(), q.otherAlignment(),
                        share(q.highPerformanceAligned(), total)),
                List.of("Other performance, low alignment", q.otherPerformance(), q.lowAlignment(),
                        share(q.otherLowAlignment(), total)),
                List.of("Other performance, aligned", q.otherPerformance(), q.otherAlignment(),
                        share(q.otherAligned(), total)));
        SvgChart svg = new SvgChart(chart, alt, 560, 420).withFigures("Performance against alignment, " + scope,
                List.of("Quadrant", "Performance", "Alignment", "People"), rows);
        svg.setId("review-quadrants-chart");
        svg.addClassName("ladder-review-chart");
        return svg;
    }

    static JFreeChart quadrantChart(Quadrants q) {
        SymbolAxis x = new SymbolAxis("Performance rating", new String[] {q.otherPerformance(),
            q.highPerformance()});
        SymbolAxis y = new SymbolAxis("Alignment rating", new String[] {q.lowAlignment(), q.otherAlignment()});
        for (SymbolAxis axis : new SymbolAxis[] {x, y}) {
            axis.setGridBandsVisible(false);
            axis.setAutoRange(false);
            axis.setRange(-0.5, 1.5);
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, false);
        XYPlot plot = new XYPlot(null, x, y, renderer);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        int total = q.total();
        quadrant(plot, 1, 0, "High performance, low alignment", q.highPerformanceLowAlignment(), total, true);
        quadrant(plot, 1, 1, "High performance, aligned", q.highPerformanceAligned(), total, false);
        quadrant(plot, 0, 1, "Other performance, aligned", q.otherAligned(), total, false);
        quadrant(plot, 0, 0, "Other performance, low alignment", q.otherLowAlignment(), total, false);
        return ChartStyle.apply(new JFreeChart("Performance against alignment", JFreeChart.DEFAULT_TITLE_FONT,
                plot, false));
    }

    private static void quadrant(XYPlot plot, int column, int row, String label, int count, int total,
            boolean highlight) {
        plot.addAnnotation(new XYBoxAnnotation(column - 0.49, row - 0.49, column + 0.49, row + 0.49,
                new BasicStroke(highlight ? 2.5f : 1f), highlight ? ChartStyle.PALETTE[1] : new Color(0xB8C4D6),
                highlight ? HIGHLIGHT_FILL : PLAIN_FILL));
        String[] lines = label.split(", ");
        for (int i = 0; i < lines.length; i++) {
            XYTextAnnotation name = new XYTextAnnotation(lines[i] + (i < lines.length - 1 ? "," : ""), column,
                    row + 0.2 - i * 0.14);
            name.setFont(LABEL);
            name.setPaint(TEXT);
            name.setTextAnchor(TextAnchor.CENTER);
            plot.addAnnotation(name);
        }
        XYTextAnnotation figure = new XYTextAnnotation(Plural.count(count, "person", "people")
                + (total == 0 ? "" : ", " + Math.round(100.0 * count / total) + "%"), column, row - 0.16);
        figure.setFont(COUNT);
        figure.setPaint(TEXT);
        figure.setTextAnchor(TextAnchor.CENTER);
        plot.addAnnotation(figure);
    }

    private static String scaleName(RatingScale scale) {
        return scale.name() == null || scale.name().isBlank() ? "scale" : "scale “" + scale.name() + "”";
    }
}
