package org.ladder.checkins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ladder.people.OrgUnitNode;
import org.ladder.people.PeopleService;
import org.ladder.support.LadderIntegrationTest;
import org.ladder.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The alignment pulse's results on the demo organisation (Brightwater Ltd → Product &amp; Engineering → Platform →
 * Core Services, Infrastructure): figures only for groups of 5 answers or more, also when a filter narrows the group
 * or a subtraction would single a smaller group out; who may see which unit.
 */
@LadderIntegrationTest
class PulseResultsTest {

    private static final YearMonth JAN = YearMonth.of(2019, 1);
    private static final YearMonth FEB = YearMonth.of(2019, 2);
    private static final YearMonth MAR = YearMonth.of(2019, 3);

    @Autowired
    PulseResults pulse;
    @Autowired
    PeopleService people;
    @Autowired
    SignedIn signedIn;
    @Autowired
    JdbcTemplate jdbc;

    PulseAnswers answers;
    long company;
    long engineering;
    long platform;
    long coreServices;
    long infrastructure;
    long enterpriseSales;
    long hrOperations;

    @BeforeEach
    void setUp() {
        answers = new PulseAnswers(jdbc, pulse);
        company = answers.unit("Brightwater Ltd");
        engineering = answers.unit("Product & Engineering");
        platform = answers.unit("Platform");
        coreServices = answers.unit("Core Services");
        infrastructure = answers.unit("Infrastructure");
        enterpriseSales = answers.unit("Enterprise Sales");
        hrOperations = answers.unit("HR Operations");
    }

    @AfterEach
    void tearDown() {
        answers.clear();
        signedIn.nobody();
    }

    @Test
    void aGroupOfFiveOrMoreShowsItsCountAverageAndDistributionAndASmallerOneShowsNothing() {
        answers.add(coreServices, JAN, 4, 4, null).add(coreServices, JAN, 2, 2, null)
                .add(coreServices, FEB, 4, 5, "Clear goals");
        signedIn.as("hr");

        PulseTrend trend = pulse.trend(coreServices, JAN, FEB);

        assertThat(trend.months()).extracting(PulseFigure::month).containsExactly(JAN, FEB);
        PulseFigure jan = trend.months().get(0);
        assertThat(jan.shown()).isTrue();
        assertThat(jan.answers()).isEqualTo(6);
        assertThat(jan.average()).isEqualByComparingTo(new BigDecimal("3.3"));
        assertThat(jan.distribution()).containsExactly(0, 2, 0, 4, 0);
        PulseFigure feb = trend.months().get(1);
        assertThat(feb.hidden()).isEqualTo(PulseFigure.Hidden.FEWER_THAN_FIVE);
        assertThat(feb.answers()).isZero();
        assertThat(feb.average()).isNull();
        assertThat(feb.distribution()).isEmpty();
        assertThat(trend.latestShown()).contains(jan);
    }

    @Test
    void narrowingTheUnitOrTheRangeNeverShowsAGroupUnderFive() {
        // February: Platform has 7 answers (4 in Core Services, 3 in Infrastructure), each team fewer than 5
        answers.add(coreServices, FEB, 4, 5, "Core line").add(infrastructure, FEB, 3, 1, "Infra line")
                .add(coreServices, JAN, 6, 3, null);
        signedIn.as("hr");

        PulseFigure platformFeb = pulse.trend(platform, FEB, FEB).months().get(0);
        assertThat(platformFeb.shown()).isTrue();
        assertThat(platformFeb.answers()).isEqualTo(7);
        assertThat(pulse.countLines(platform, FEB)).isEqualTo(7);

        // the unit filter narrowed to one team
        assertThat(pulse.trend(coreServices, FEB, FEB).months().get(0).hidden())
                .isEqualTo(PulseFigure.Hidden.FEWER_THAN_FIVE);
        assertThat(pulse.subUnits(platform, FEB)).extracting(PulseFigure::unitName, PulseFigure::hidden)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Core Services", PulseFigure.Hidden.FEWER_THAN_FIVE),
                        org.assertj.core.groups.Tuple.tuple("Infrastructure", PulseFigure.Hidden.FEWER_THAN_FIVE));
        assertThat(pulse.subUnits(platform, FEB)).allSatisfy(f -> assertThat(f.answers()).isZero());
        assertThat(pulse.lines(coreServices, FEB, 0, 50)).isEmpty();
        assertThat(pulse.countLines(coreServices, FEB)).isZero();
        // the range filter: over January and February, or February alone, February stays hidden for the team
        assertThat(pulse.trend(coreServices, JAN, FEB).months()).extracting(PulseFigure::shown)
                .containsExactly(true, false);
        assertThat(pulse.trend(coreServices, FEB, FEB).latestShown()).isEmpty();
    }

    @Test
    void answersThatASubtractionWouldSingleOutAreLeftOutOfTheFiguresAndTheirLines() {
        // March: Platform itself 2 answers, Core Services 5, Infrastructure 8; Enterprise Sales 6 elsewhere
        answers.add(platform, MAR, 2, 1, "platform own line").add(coreServices, MAR, 5, 4, "core line")
                .add(infrastructure, MAR, 8, 4, null).add(enterpriseSales, MAR, 6, 3, "sales line");
        signedIn.as("hr");

        PulseFigure platformMar = pulse.trend(platform, MAR, MAR).months().get(0);
        assertThat(platformMar.answers()).as("13, not 15: 15 − 5 − 8 would single out Platform's own 2").isEqualTo(13);
        assertThat(platformMar.leftOut()).isTrue();
        assertThat(platformMar.average()).isEqualByComparingTo(new BigDecimal("4.0"));
        assertThat(pulse.trend(coreServices, MAR, MAR).months().get(0).answers()).isEqualTo(5);
        PulseFigure all = pulse.trend(company, MAR, MAR).months().get(0);
        assertThat(all.answers()).isEqualTo(19);
        assertThat(pulse.lines(platform, MAR, 0, 50)).containsExactly("core line", "core line", "core line",
                "core line", "core line");
        assertThat(pulse.lines(company, MAR, 0, 50)).doesNotContain("platform own line").contains("sales line");
        assertThat(pulse.countLines(company, MAR)).isEqualTo(11);

        // every figure HR can see this month: no unit and a unit below it differ by 1 to 4 answers, nor does any
        // unit minus all the units right below it
        List<PulseFigure> shown = new ArrayList<>();
        collect(company, MAR, shown);
        assertThat(shown).extracting(PulseFigure::unitName).contains("Brightwater Ltd", "Platform", "Core Services",
                "Infrastructure", "Enterprise Sales");
        for (PulseFigure a : shown) {
            int below = 0;
            for (PulseFigure b : shown) {
                if (b != a && people.unitChain(b.unitId()).contains(a.unitId())) {
                    int difference = a.answers() - b.answers();
                    assertThat(difference == 0 || difference >= 5).as(a.unitName() + " and " + b.unitName()).isTrue();
                    if (people.unitChain(b.unitId()).get(1).equals(a.unitId())) {
                        below += b.answers();
                    }
                }
            }
            int rest = a.answers() - below;
            assertThat(rest == 0 || rest >= 5).as(a.unitName() + " minus the units below it").isTrue();
        }
    }

    @Test
    void linesComeInAlphabeticalOrderWithoutNamesOrDates() {
        answers.add(coreServices, JAN, 1, 4, "zebra crossing of priorities").add(coreServices, JAN, 1, 4, "  ")
                .add(coreServices, JAN, 1, 2, "Alignment is unclear").add(coreServices, JAN, 1, 5, "my goals fit")
                .add(coreServices, JAN, 2, 3, null);
        signedIn.as("hr");

        assertThat(pulse.lines(coreServices, JAN, 0, 50))
                .containsExactly("Alignment is unclear", "my goals fit", "zebra crossing of priorities");
        assertThat(pulse.countLines(coreServices, JAN)).isEqualTo(3);
        assertThat(pulse.lines(coreServices, JAN, 1, 1)).containsExactly("my goals fit");
        // the months that have not ended show nothing yet
        YearMonth now = pulse.lastClosedMonth().plusMonths(1);
        assertThat(pulse.trend(coreServices, now.minusMonths(1), now).months()).extracting(PulseFigure::month)
                .containsExactly(now.minusMonths(1));
        assertThat(pulse.lines(coreServices, now, 0, 10)).isEmpty();
    }

    @Test
    void hrSeesEveryUnitAndTheHeadOfATeamOnlyTheirTeam() {
        answers.add(coreServices, JAN, 5, 4, "fine").add(hrOperations, JAN, 5, 2, "unclear");
        signedIn.as("hr");
        assertThat(pulse.mayView()).isTrue();
        assertThat(pulse.topUnits()).extracting(OrgUnitNode::id).containsExactly(company);
        assertThat(pulse.trend(hrOperations, JAN, JAN).months().get(0).answers()).isEqualTo(5);

        signedIn.as("manager"); // Marco heads Core Services
        assertThat(pulse.mayView()).isTrue();
        assertThat(pulse.topUnits()).extracting(OrgUnitNode::id).containsExactly(coreServices);
        assertThat(pulse.units("", 0, 50)).extracting(OrgUnitNode::id).containsExactly(coreServices);
        assertThat(pulse.trend(coreServices, JAN, JAN).months().get(0).answers()).isEqualTo(5);
        assertThat(pulse.lines(coreServices, JAN, 0, 10)).containsExactly("fine", "fine", "fine", "fine", "fine");
        assertThatThrownBy(() -> pulse.trend(hrOperations, JAN, JAN)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> pulse.lines(hrOperations, JAN, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> pulse.countLines(hrOperations, JAN)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> pulse.subUnits(platform, JAN)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> pulse.trend(company, JAN, JAN)).isInstanceOf(AccessDeniedException.class);

        signedIn.as("ceo"); // heads the company: everything below it
        assertThat(pulse.trend(hrOperations, JAN, JAN).months().get(0).shown()).isTrue();
    }

    @Test
    void employeesAndAdminsSeeNoResultsButEveryoneSeesTheirOwnAnswers() {
        long emma = people.findByUsername("employee").orElseThrow().id();
        answers.add(coreServices, JAN, 5, 4, null).addFor(emma, coreServices, FEB, 2, "Not sure where I fit");
        for (String who : List.of("employee", "admin")) {
            signedIn.as(who);
            assertThat(pulse.mayView()).as(who).isFalse();
            assertThatThrownBy(() -> pulse.trend(coreServices, JAN, JAN)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> pulse.subUnits(coreServices, JAN)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> pulse.lines(coreServices, JAN, 0, 10)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> pulse.units("", 0, 10)).isInstanceOf(AccessDeniedException.class);
        }
        signedIn.as("employee");
        assertThat(pulse.myAnswers()).filteredOn(a -> a.month().isBefore(YearMonth.of(2020, 1)))
                .containsExactly(new MyPulseAnswer(FEB, 2, "Not sure where I fit"));
        signedIn.nobody();
        assertThatThrownBy(() -> pulse.myAnswers()).isInstanceOf(AccessDeniedException.class);
    }

    private void collect(long unit, YearMonth month, List<PulseFigure> shown) {
        PulseFigure f = pulse.trend(unit, month, month).months().get(0);
        if (f.shown()) {
            shown.add(f);
        }
        for (PulseFigure child : pulse.subUnits(unit, month)) {
            collect(child.unitId(), month, shown);
        }
    }
}
