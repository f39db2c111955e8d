package org.ladder.checkins.ui;

import java.time.YearMonth;
import java.util.List;

import org.ladder.base.security.LadderUser;
import org.ladder.base.ui.HomeSection;
import org.ladder.checkins.PulseFigure;
import org.ladder.checkins.PulseResults;
import org.ladder.people.OrgUnitNode;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * Home, for HR and the heads of units: the alignment pulse of the last month that has ended, for their top units (at
 * most three), with a link to the pulse page.
 */
@org.springframework.stereotype.Component
class PulseHomeSection implements HomeSection {

    static final int UNITS_SHOWN = 3;

    private final PulseResults pulse;

    PulseHomeSection(PulseResults pulse) {
        this.pulse = pulse;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public Component create(LadderUser user) {
        if (!user.hasRole(org.ladder.base.security.Role.HR) && !user.hasRole(org.ladder.base.security.Role.MANAGER)
                || !pulse.mayView()) {
            return null;
        }
        YearMonth last = pulse.lastClosedMonth();
        List<OrgUnitNode> tops = pulse.topUnits().stream().limit(UNITS_SHOWN).toList();
        if (tops.isEmpty()) {
            return null;
        }
        Div section = new Div();
        section.setId("pulse-home");
        section.addClassName("ladder-home-section");
        section.add(new H3("Alignment pulse, " + PulseFormat.longMonth(last)));
        UnorderedList list = new UnorderedList();
        for (OrgUnitNode unit : tops) {
            PulseFigure f = pulse.trend(unit.id(), last, last).months().get(0);
            list.add(new ListItem(unit.name() + ": " + PulseFormat.summary(f)));
        }
        section.add(list, new Anchor("pulse", "Open the alignment pulse"));
        return section;
    }
}
