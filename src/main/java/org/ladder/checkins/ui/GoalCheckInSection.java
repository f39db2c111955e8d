package org.ladder.checkins.ui;

import java.awt.BasicStroke;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.time.FixedMillisecond;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.ladder.base.security.LadderUser;
import org.ladder.base.ui.Formats;
import org.ladder.base.ui.charts.ChartStyle;
import org.ladder.base.ui.charts.SvgChart;
import org.ladder.checkins.CheckInPoint;
import org.ladder.checkins.CheckInQueries;
import org.ladder.goals.Confidence;
import org.ladder.goals.GoalDetails;
import org.ladder.goals.GoalPageSection;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

/**
 * A goal's page: "Progress and confidence over time" — the goal's progress after each check-in and the confidence
 * it was rated, as a JFreeChart time series (SVG, with its figures as a table), and the last check-in's date. Only
 * for the viewers who may see the owner's check-ins (the owner, their manager chain, HR); nothing for others.
 */
@org.springframework.stereotype.Component
class GoalCheckInSection implements GoalPageSection {

    /** The confidence axis, lowest first: the step line's value is the index. */
    static final Confidence[] SCALE = {Confidence.OFF_TRACK, Confidence.AT_RISK, Confidence.ON_TRACK};

    private final CheckInQueries queries;

    GoalCheckInSection(CheckInQueries queries) {
        this.queries = queries;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Component create(GoalDetails goal, LadderUser viewer) {
        if (goal.ownerPersonId() == null || !queries.maySeeCheckInsOf(goal.ownerPersonId())) {
            return null;
        }
        List<CheckInPoint> points = queries.goalHistory(goal.id());
        Div section = new Div(new H3("Progress and confidence over time"));
        section.setId("goal-check-ins");
        section.addClassName("ladder-goal-check-ins");
        section.setWidthFull();
        if (points.isEmpty()) {
            Paragraph none = new Paragraph("No check-in yet.");
            none.setId("goal-check-ins-empty");
            none.addClassName("ladder-hint");
            section.add(none);
            return section;
        }
        CheckInPoint last = points.get(points.size() - 1);
        Paragraph latest = new Paragraph("Last check-in " + Formats.date(last.at()) + ": "
                + last.confidence().label().toLowerCase() + ", progress " + Formats.percent(last.progress()) + ".");
        latest.setId("goal-check-ins-latest");
        section.add(latest);
        String label = "Progress and confidence of “" + goal.title() + "” over " + points.size()
                + (points.size() == 1 ? " check-in" : " check-ins") + ", from " + Formats.date(points.get(0).at())
                + " to " + Formats.date(last.at()) + "; latest " + Formats.percent(last.progress()) + ", "
                + last.confidence().label().toLowerCase() + ".";
        SvgChart chart = new SvgChart(chart(points), label, 720, 320).withFigures("Check-ins of “" + goal.title()
                + "”", List.of("Date", "Progress", "Confidence"), points.stream().map(p -> List.of(
                        Formats.dateTime(p.at()), Formats.percent(p.progress()), p.confidence().label())).toList());
        chart.setId("goal-check-in-chart");
        section.add(chart);
        return section;
    }

    static JFreeChart chart(List<CheckInPoint> points) {
        TimeSeries progress = new TimeSeries("Progress (%)");
        TimeSeries confidence = new TimeSeries("Confidence");
        for (CheckInPoint p : points) {
            FixedMillisecond at = new FixedMillisecond(Date.from(p.at()));
            progress.addOrUpdate(at, p.progress());
            confidence.addOrUpdate(at, scaleIndex(p.confidence()));
        }
        JFreeChart chart = ChartFactory.createTimeSeriesChart(null, null, "Progress (%)",
                new TimeSeriesCollection(progress), true, false, false);
        XYPlot plot = chart.getXYPlot();
        ((DateAxis) plot.getDomainAxis()).setTimeZone(TimeZone.getTimeZone(Formats.zone()));
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setRange(0, 100);
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, true);
        plot.setRenderer(0, line);
        SymbolAxis scale = new SymbolAxis("Confidence", java.util.Arrays.stream(SCALE).map(Confidence::label)
                .toArray(String[]::new));
        scale.setRange(-0.5, SCALE.length - 0.5);
        scale.setGridBandsVisible(false);
        plot.setRangeAxis(1, scale);
        plot.setDataset(1, new TimeSeriesCollection(confidence));
        plot.mapDatasetToRangeAxis(1, 1);
        XYStepRenderer step = new XYStepRenderer();
        step.setDefaultShapesVisible(true);
        plot.setRenderer(1, step);
        ChartStyle.apply(chart);
        step.setSeriesPaint(0, ChartStyle.PALETTE[1]);
        step.setSeriesStroke(0, new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
                new float[] {6f, 4f}, 0f));
        scale.setTickLabelFont(range.getTickLabelFont());
        scale.setTickLabelPaint(range.getTickLabelPaint());
        scale.setLabelFont(range.getLabelFont());
        scale.setLabelPaint(range.getLabelPaint());
        return chart;
    }

    static int scaleIndex(Confidence c) {
        for (int i = 0; i < SCALE.length; i++) {
            if (SCALE[i] == c) {
                return i;
            }
        }
        throw new IllegalArgumentException(String.valueOf(c));
    }
}
