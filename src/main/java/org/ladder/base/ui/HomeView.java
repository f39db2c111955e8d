package org.ladder.base.ui;

import java.util.Comparator;
import java.util.List;

import org.ladder.base.security.CurrentUser;
import org.ladder.base.security.LadderUser;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/**
 * The signed-in person's start page, assembled from the {@link HomeSection}s the feature modules provide.
 */
@Route("")
@PageTitle("Home")
@Menu(order = 0, title = "Home", icon = "vaadin:home")
@PermitAll
public class HomeView extends VerticalLayout {

    public HomeView(CurrentUser currentUser, List<HomeSection> sections) {
        addClassName("ladder-home");
        setId("home-view");
        LadderUser user = currentUser.require();
        String first = user.displayName().split(" ")[0];
        add(new H2("Welcome, " + first));
        List<Component> parts = sections.stream()
                .sorted(Comparator.comparingInt(HomeSection::order))
                .map(s -> s.create(user))
                .filter(c -> c != null)
                .toList();
        if (parts.isEmpty()) {
            add(new Paragraph("Nothing needs your attention right now."));
        } else {
            parts.forEach(this::add);
        }
    }
}
