package org.ladder.base.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Image;

class SvgChartTest {

    private static JFreeChart bars() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        data.addValue(3, "Answers", "Week 1");
        data.addValue(4.5, "Answers", "Week 2");
        return ChartStyle.apply(ChartFactory.createBarChart(null, null, "Score", data,
                PlotOrientation.VERTICAL, false, false, false));
    }

    @Test
    void drawsTheChartAsAScalableSvgWithItsTextAlternative() {
        SvgChart chart = new SvgChart(bars(), "Average answer per week: 3 in week 1, 4.5 in week 2", 600, 300);

        Image image = (Image) chart.getChildren().findFirst().orElseThrow();
        assertThat(image.getAlt()).hasValue("Average answer per week: 3 in week 1, 4.5 in week 2");
        assertThat(image.getSrc()).startsWith("data:image/svg+xml;base64,");
        String svg = SvgChart.render(bars(), 600, 300);
        assertThat(svg).startsWith("<svg").contains("viewBox='0.0 0.0 600.0 300.0'").contains("Week 2");
    }

    @Test
    void figuresAreATableWithEscapedCells() {
        SvgChart chart = new SvgChart(bars(), "Average answer per week", 600, 300)
                .withFigures("Average per week", List.of("Week", "Average"),
                        List.of(List.of("Week 1", "3"), List.of("<b>Week 2</b>", "4.5")));

        Html figures = (Html) chart.getChildren().skip(1).findFirst().orElseThrow();
        assertThat(figures.getInnerHtml()).contains("<caption>Average per week</caption>")
                .contains("<th scope=\"row\">&lt;b&gt;Week 2&lt;/b&gt;</th>").contains("<td>4.5</td>");
    }
}
