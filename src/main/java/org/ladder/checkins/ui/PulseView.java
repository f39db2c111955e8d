package org.ladder.checkins.ui;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.ladder.base.security.Roles;
import org.ladder.base.text.Plural;
import org.ladder.base.ui.charts.ChartStyle;
import org.ladder.base.ui.charts.SvgChart;
import org.ladder.checkins.PulseFigure;
import org.ladder.checkins.PulseResults;
import org.ladder.checkins.PulseTrend;
import org.ladder.people.OrgUnitNode;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The alignment pulse for HR and the heads of units: pick a unit (with the units below it) and a range; the trend of
 * the average answer per month as a chart with its figures, the answer counts, one month's distribution, the units
 * right below with their figures (hidden ones marked) and the lines people wrote. Everything comes from
 * {@link PulseResults}, which shows groups of 5 answers or more only (ADR 0022).
 */
@Route("pulse")
@PageTitle("Alignment pulse")
@Menu(order = 42, title = "Alignment pulse", icon = "vaadin:heart-o")
@RolesAllowed({Roles.HR, Roles.MANAGER})
class PulseView extends VerticalLayout {

    static final List<Integer> RANGES = List.of(3, 6, 12, 24);

    private final transient PulseResults pulse;
    final ComboBox<OrgUnitNode> unit = new ComboBox<>("Unit");
    final Select<Integer> range = new Select<>();
    final Select<YearMonth> month = new Select<>();
    final Div trendArea = new Div();
    final Div monthArea = new Div();
    final Grid<PulseFigure> subUnits = new Grid<>();
    final Grid<String> lines = new Grid<>();
    final Paragraph linesNote = new Paragraph();
    private PulseTrend trend;

    PulseView(PulseResults pulse) {
        this.pulse = pulse;
        setId("pulse-view");
        addClassName("ladder-pulse");
        setWidthFull();
        Paragraph intro = new Paragraph("People answer “" + PulseResults.QUESTION + "” from 1 (not at all) to 5 "
                + "(completely) with their check-in, once a month. " + PulseFormat.THRESHOLD + " Never per person, and a "
                + "month shows once it has ended. So that no small group can be worked out by comparing a unit with "
                + "the units below it, a unit's figure may leave out a few answers (such as its head's own, next to "
                + "their teams'); those count in a unit further up.");
        intro.setId("pulse-explanation");
        intro.addClassName("ladder-pulse-intro");
        add(intro);
        if (!pulse.mayView()) {
            Paragraph none = new Paragraph("The alignment pulse shows the units you head. You do not head a unit, so "
                    + "there is nothing to show here.");
            none.setId("pulse-none");
            none.addClassName("ladder-empty");
            add(none);
            return;
        }
        List<OrgUnitNode> tops = pulse.topUnits();
        unit.setId("pulse-unit");
        unit.setItemLabelGenerator(OrgUnitNode::name);
        unit.setHelperText("With the units below it");
        com.vaadin.flow.data.provider.CallbackDataProvider.FetchCallback<OrgUnitNode, String> fetch = q ->
                pulse.units(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream();
        unit.setItems(fetch);
        unit.addClassName("ladder-pulse-unit");
        range.setId("pulse-range");
        range.setLabel("Period");
        range.setItems(RANGES);
        range.setItemLabelGenerator(n -> "Last " + n + " months");
        range.setValue(PulseResults.DEFAULT_MONTHS);
        month.setId("pulse-month");
        month.setLabel("Month in detail");
        month.setItemLabelGenerator(PulseFormat::longMonth);
        FlexLayout controls = new FlexLayout(unit, range, month);
        controls.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        controls.setAlignItems(FlexComponent.Alignment.BASELINE);
        controls.addClassName("ladder-pulse-controls");
        controls.setWidthFull();

        trendArea.setId("pulse-trend");
        trendArea.addClassName("ladder-pulse-trend");
        monthArea.setId("pulse-month-detail");
        monthArea.addClassName("ladder-pulse-month");

        subUnits.setId("pulse-sub-units");
        subUnits.addColumn(PulseFigure::unitName).setKey("unit").setHeader("Unit").setFlexGrow(2);
        subUnits.addColumn(PulseFormat::answers).setKey("answers").setHeader("Answers").setTextAlign(ColumnTextAlign.END)
                .setFlexGrow(0).setWidth("6.5rem");
        subUnits.addColumn(PulseFormat::average).setKey("average").setHeader("Average").setTextAlign(ColumnTextAlign.END)
                .setFlexGrow(0).setWidth("6.5rem");
        subUnits.addColumn(PulseFormat::why).setKey("note").setHeader("Note").setFlexGrow(2);
        subUnits.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        subUnits.setAllRowsVisible(true);
        subUnits.setEmptyStateText("No units below this one.");
        subUnits.addItemClickListener(e -> pulse.units(e.getItem().unitName(), 0, 50).stream()
                .filter(n -> n.id() == e.getItem().unitId()).findFirst().ifPresent(unit::setValue));

        lines.setId("pulse-lines");
        lines.addColumn(s -> s).setHeader("What people wrote (in alphabetical order, without names or dates)");
        lines.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        lines.setPageSize(50);
        lines.setHeight("18rem");
        lines.setEmptyStateText("Nobody wrote a line this month.");
        linesNote.setId("pulse-lines-note");

        H3 subTitle = new H3("Units below");
        H3 linesTitle = new H3("Lines");
        add(controls, trendArea, monthArea, subTitle, subUnits, linesTitle, linesNote, lines);

        unit.addValueChangeListener(e -> refresh());
        range.addValueChangeListener(e -> refresh());
        month.addValueChangeListener(e -> refreshMonth());
        if (tops.isEmpty()) {
            return;
        }
        unit.setValue(tops.get(0));
    }

    void refresh() {
        OrgUnitNode selected = unit.getValue();
        if (selected == null || range.getValue() == null) {
            return;
        }
        YearMonth to = pulse.lastClosedMonth();
        trend = pulse.trend(selected.id(), to.minusMonths(range.getValue() - 1L), to);
        trendArea.removeAll();
        String span = PulseFormat.longMonth(trend.from()) + " to " + PulseFormat.longMonth(trend.to());
        if (!trend.anyShown()) {
            Paragraph empty = new Paragraph("No month from " + span + " has 5 or more answers from " + trend.unitName()
                    + " and the units below it that can be shown. " + PulseFormat.THRESHOLD);
            empty.setId("pulse-trend-empty");
            empty.addClassName("ladder-empty");
            trendArea.add(empty);
        } else {
            trendArea.add(trendChart(trend));
        }
        List<YearMonth> months = new ArrayList<>(trend.months().stream().map(PulseFigure::month).toList());
        java.util.Collections.reverse(months);
        YearMonth keep = trend.latestShown().map(PulseFigure::month).orElse(months.isEmpty() ? null : months.get(0));
        month.setItems(months);
        month.setValue(keep);
        refreshMonth();
    }

    void refreshMonth() {
        monthArea.removeAll();
        OrgUnitNode selected = unit.getValue();
        YearMonth m = month.getValue();
        if (selected == null || m == null || trend == null) {
            subUnits.setItems(List.of());
            lines.setItems(List.of());
            return;
        }
        PulseFigure figure = trend.months().stream().filter(f -> f.month().equals(m)).findFirst().orElseThrow();
        H3 title = new H3(trend.unitName() + ", " + PulseFormat.longMonth(m));
        Paragraph summary = new Paragraph(figure.shown()
                ? "Average " + PulseFormat.average(figure) + " from " + Plural.count(figure.answers(), "answer") + "."
                        + (figure.leftOut() ? " " + PulseFormat.LEFT_OUT + "." : "")
                : PulseFormat.why(figure) + ". " + PulseFormat.THRESHOLD);
        summary.setId("pulse-month-summary");
        monthArea.add(title, summary);
        if (figure.shown()) {
            monthArea.add(distributionChart(figure));
        }
        subUnits.setItems(pulse.subUnits(selected.id(), m));
        long unitId = selected.id();
        if (figure.shown()) {
            long count = pulse.countLines(unitId, m);
            linesNote.setText(Plural.count(count, "line") + " from " + Plural.count(figure.answers(), "answer") + ".");
            lines.setVisible(true);
            lines.setItems(q -> pulse.lines(unitId, m, q.getOffset(), q.getLimit()).stream(),
                    q -> (int) pulse.countLines(unitId, m));
        } else {
            linesNote.setText("Lines show only with the figures of a group of at least 5 answers.");
            lines.setVisible(false);
            lines.setItems(List.of());
        }
    }

    /** The average per month as a line (gaps where a month is not shown), with its figures. */
    static SvgChart trendChart(PulseTrend trend) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (PulseFigure f : trend.months()) {
            data.addValue(f.shown() ? f.average() : null, "Average", PulseFormat.month(f.month()));
        }
        JFreeChart chart = ChartStyle.apply(ChartFactory.createLineChart(null, null, "Average answer (1–5)", data,
                PlotOrientation.VERTICAL, false, false, false));
        CategoryPlot plot = chart.getCategoryPlot();
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        axis.setRange(1, 5);
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        ((LineAndShapeRenderer) plot.getRenderer()).setDefaultShapesVisible(true);
        String alt = "Average answer per month for " + trend.unitName() + ", " + PulseFormat.longMonth(trend.from())
                + " to " + PulseFormat.longMonth(trend.to()) + ": " + trend.months().stream()
                        .map(f -> PulseFormat.month(f.month()) + " " + (f.shown()
                                ? PulseFormat.average(f) + " (" + Plural.count(f.answers(), "answer") + ")"
                                : "not shown (" + PulseFormat.why(f).toLowerCase(java.util.Locale.ROOT) + ")"))
                        .collect(Collectors.joining(", ")) + ".";
        List<List<String>> rows = new ArrayList<>();
        for (PulseFigure f : trend.months()) {
            List<String> row = new ArrayList<>(List.of(PulseFormat.month(f.month()), PulseFormat.answers(f),
                    f.shown() ? PulseFormat.average(f) : PulseFormat.why(f)));
            for (int score = 0; score < 5; score++) {
                row.add(f.shown() ? String.valueOf(f.distribution().get(score)) : "—");
            }
            rows.add(row);
        }
        SvgChart svg = new SvgChart(chart, alt, 720, 300).withFigures("Alignment pulse of " + trend.unitName()
                + " per month", List.of("Month", "Answers", "Average", "1", "2", "3", "4", "5"), rows);
        svg.setId("pulse-trend-chart");
        return svg;
    }

    /** How many answered 1, 2, 3, 4 and 5 in one month, as bars, with its figures. */
    static SvgChart distributionChart(PulseFigure figure) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<List<String>> rows = new ArrayList<>();
        StringBuilder alt = new StringBuilder("Answers by score for " + figure.unitName() + " in "
                + PulseFormat.longMonth(figure.month()) + ": ");
        for (int score = 1; score <= 5; score++) {
            int n = figure.distribution().get(score - 1);
            data.addValue(n, "Answers", String.valueOf(score));
            rows.add(List.of(String.valueOf(score), String.valueOf(n)));
            alt.append(score).append(": ").append(n).append(score < 5 ? ", " : ".");
        }
        JFreeChart chart = ChartStyle.apply(ChartFactory.createBarChart(null, "Score", "Answers", data,
                PlotOrientation.VERTICAL, false, false, false));
        BarRenderer renderer = (BarRenderer) chart.getCategoryPlot().getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        ((NumberAxis) chart.getCategoryPlot().getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        SvgChart svg = new SvgChart(chart, alt.toString(), 560, 260).withFigures("Answers by score, "
                + PulseFormat.longMonth(figure.month()), List.of("Score", "Answers"), rows);
        svg.setId("pulse-distribution-chart");
        return svg;
    }
}
