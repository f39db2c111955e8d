package org.ladder.checkins.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ladder.base.ui.AccessDeniedView;
import org.ladder.base.ui.HomeView;
import org.ladder.base.ui.charts.SvgChart;
import org.ladder.checkins.PulseAnswers;
import org.ladder.checkins.PulseFigure;
import org.ladder.checkins.PulseResults;
import org.ladder.people.OrgUnitNode;
import org.ladder.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The pulse page: the trend chart with its text alternative and figures, a hidden month explained, the units
 * below with the hidden ones marked, lines in alphabetical order; a head of a team sees their team.
 */
class PulseViewTest extends KaribuTest {

    @Autowired
    PulseResults pulse;
    @Autowired
    JdbcTemplate jdbc;

    PulseAnswers answers;
    YearMonth last;
    YearMonth before;
    YearMonth earlier;

    @BeforeEach
    void answers() {
        answers = new PulseAnswers(jdbc, pulse);
        last = pulse.lastClosedMonth();
        before = last.minusMonths(1);
        earlier = last.minusMonths(2);
        answers.clear(last, before, earlier);
        long core = answers.unit("Core Services");
        long infrastructure = answers.unit("Infrastructure");
        long platform = answers.unit("Platform");
        // last month: Platform 11 = Core Services 6 + Infrastructure 3 + Platform's own 2
        answers.add(core, last, 4, 4, "Priorities are clear").add(core, last, 2, 2, "Busy month")
                .add(infrastructure, last, 3, 5, "infrastructure line").add(platform, last, 2, 3, null)
                .add(core, before, 4, 3, "few of us")
                // two months ago: Platform 15 = 5 + 8 + 2 (its own 2 are left out: beside its teams they would show)
                .add(platform, earlier, 2, 1, null).add(core, earlier, 5, 4, null)
                .add(infrastructure, earlier, 8, 4, null);
    }

    @AfterEach
    void clean() {
        answers.clear(last, before, earlier);
    }

    @Test
    void theTrendHasAChartWithItsTextAlternativeAndFiguresAndSaysWhyAMonthIsMissing() {
        login("hr");
        navigate("pulse");
        PulseView view = _get(PulseView.class);
        assertThat(view.unit.getValue().name()).isEqualTo("Brightwater Ltd");
        assertThat(_get(Paragraph.class, p -> p.withId("pulse-explanation")).getText())
                .contains("Shown only for groups of at least 5 answers.");

        view.unit.setValue(node("Core Services"));
        assertThat(view.range.getValue()).isEqualTo(6);
        SvgChart chart = _get(SvgChart.class, c -> c.withId("pulse-trend-chart"));
        Image image = (Image) chart.getChildren().findFirst().orElseThrow();
        assertThat(image.getAlt().orElseThrow()).startsWith("Average answer per month for Core Services")
                .contains(PulseFormat.month(last) + " 3.3 (6 answers)")
                .contains(PulseFormat.month(before) + " not shown (fewer than 5 answers)");
        String figures = ((Html) chart.getChildren().skip(1).findFirst().orElseThrow()).getInnerHtml();
        assertThat(figures).contains("<th scope=\"row\">" + PulseFormat.month(last) + "</th><td>6</td><td>3.3</td>"
                + "<td>0</td><td>2</td><td>0</td><td>4</td><td>0</td>")
                .contains("<th scope=\"row\">" + PulseFormat.month(before) + "</th><td>—</td><td>Fewer than 5 answers</td>");
        assertThat(figures).doesNotContain("<td>4</td><td>3");

        assertThat(view.month.getValue()).isEqualTo(last);
        assertThat(_get(Paragraph.class, p -> p.withId("pulse-month-summary")).getText())
                .isEqualTo("Average 3.3 from 6 answers.");
        assertThat(_get(SvgChart.class, c -> c.withId("pulse-distribution-chart")).label())
                .isEqualTo("Answers by score for Core Services in " + PulseFormat.longMonth(last)
                        + ": 1: 0, 2: 2, 3: 0, 4: 4, 5: 0.");
        assertThat(GridKt._fetch(view.lines, 0, 50)).containsExactly("Busy month", "Busy month",
                "Priorities are clear", "Priorities are clear", "Priorities are clear", "Priorities are clear");

        view.month.setValue(before);
        assertThat(_get(Paragraph.class, p -> p.withId("pulse-month-summary")).getText())
                .isEqualTo("Fewer than 5 answers. Shown only for groups of at least 5 answers.");
        assertThat(view.lines.isVisible()).isFalse();
        assertThat(view.linesNote.getText()).contains("at least 5 answers");
    }

    @Test
    void theUnitsBelowShowTheirFiguresOrWhyNot() {
        login("hr");
        navigate("pulse");
        PulseView view = _get(PulseView.class);
        view.unit.setValue(node("Platform"));
        assertThat(view.month.getValue()).isEqualTo(last);
        assertThat(_get(Paragraph.class, p -> p.withId("pulse-month-summary")).getText())
                .isEqualTo("Average 3.7 from 11 answers.");
        List<PulseFigure> rows = GridKt._fetch(view.subUnits, 0, 10);
        assertThat(rows).extracting(PulseFigure::unitName).containsExactly("Core Services", "Infrastructure");
        assertThat(GridKt._getFormatted(view.subUnits, 0, "answers")).isEqualTo("6");
        assertThat(GridKt._getFormatted(view.subUnits, 1, "answers")).isEqualTo("—");
        assertThat(GridKt._getFormatted(view.subUnits, 1, "note")).isEqualTo("Fewer than 5 answers");

        view.month.setValue(earlier);
        assertThat(_get(Paragraph.class, p -> p.withId("pulse-month-summary")).getText())
                .isEqualTo("Average 4 from 13 answers. " + PulseFormat.LEFT_OUT + ".");
        assertThat(GridKt._getFormatted(view.subUnits, 0, "answers")).isEqualTo("5");
        assertThat(GridKt._getFormatted(view.subUnits, 1, "answers")).isEqualTo("8");
        assertThat(GridKt._getFormatted(view.subUnits, 0, "note")).isEmpty();

        view.unit.setValue(node("Talent"));
        assertThat(_get(Paragraph.class, p -> p.withId("pulse-trend-empty")).getText())
                .contains("5 or more answers");
    }

    @Test
    void theHeadOfATeamSeesTheirTeamAndAnEmployeeIsTurnedAway() {
        login("manager");
        navigate("pulse");
        PulseView view = _get(PulseView.class);
        assertThat(view.unit.getValue().name()).isEqualTo("Core Services");
        assertThat(_get(SvgChart.class, c -> c.withId("pulse-trend-chart")).label()).contains("3.3 (6 answers)");

        navigate("");
        _get(HomeView.class);
        assertThat(_get(Div.class, d -> d.withId("pulse-home")).getElement().getTextRecursively())
                .contains("Core Services: average 3.3 from 6 answers");

        login("employee");
        navigate("pulse");
        _get(AccessDeniedView.class);
    }

    private OrgUnitNode node(String name) {
        return pulse.units(name, 0, 10).stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow();
    }
}
