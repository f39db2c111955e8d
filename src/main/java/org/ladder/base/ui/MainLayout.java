package org.ladder.base.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.ladder.base.security.CurrentUser;
import org.ladder.base.security.LadderUser;
import org.ladder.base.security.PortalHardening;
import org.ladder.base.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * The shell around every view: navigation (only the entries the signed-in person may open, taken from the
 * routes' {@code @Menu} and access annotations), the page title, and the person with a sign-out button.
 */
@Layout
@AnonymousAllowed // the layout itself shows nothing sensitive; each route carries its own access rule
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private static final Logger log = LoggerFactory.getLogger(MainLayout.class);

    private final transient AuthenticationContext authenticationContext;
    private final transient CurrentUser currentUser;
    private final transient List<NavigationBadge> badges;
    private final transient LiveUpdates liveUpdates;
    private final transient List<NavigationGate> gates;
    private final H1 pageTitle = new H1();
    private final SideNav nav = new SideNav();
    private final Map<String, Span> badgeSpans = new HashMap<>();
    private Registration liveRegistration;

    public MainLayout(AuthenticationContext authenticationContext, CurrentUser currentUser,
            List<NavigationBadge> badges, LiveUpdates liveUpdates, List<NavigationGate> gates) {
        this.gates = gates;
        this.authenticationContext = authenticationContext;
        this.currentUser = currentUser;
        this.badges = badges;
        this.liveUpdates = liveUpdates;
        setPrimarySection(Section.DRAWER);
        addClassName("ladder-shell");

        pageTitle.addClassName("ladder-page-title");
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel("Menu");
        addToNavbar(true, toggle, pageTitle);

        Div brand = new Div(new Icon(VaadinIcon.BAR_CHART_V), new Span("Ladder"));
        brand.addClassName("ladder-brand");
        nav.setId("main-nav");
        nav.addClassName("ladder-nav");
        VerticalLayout drawer = new VerticalLayout(brand, nav);
        drawer.setPadding(false);
        drawer.setSpacing(false);
        drawer.addClassName("ladder-drawer");
        drawer.setSizeFull();
        drawer.setFlexGrow(1, nav);
        currentUser.get().ifPresent(user -> drawer.add(userFooter(user)));
        addToDrawer(drawer);
    }

    private Component userFooter(LadderUser user) {
        Avatar avatar = new Avatar(user.displayName());
        Span name = new Span(user.displayName());
        name.addClassName("ladder-user-name");
        name.setId("signed-in-user");
        Span roles = new Span(user.roles().stream().map(Role::label).collect(Collectors.joining(", ")));
        roles.addClassName("ladder-user-roles");
        VerticalLayout who = new VerticalLayout(name, roles);
        who.setPadding(false);
        who.setSpacing(false);
        Button logout = new Button("Sign out", new Icon(VaadinIcon.SIGN_OUT), e -> authenticationContext.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        HorizontalLayout row = new HorizontalLayout(avatar, who);
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        Anchor changePassword = new Anchor(PortalHardening.PASSWORD_CHANGE_ROUTE, "Change password");
        changePassword.setId("change-password");
        changePassword.addClassName("ladder-change-password");
        VerticalLayout footer = new VerticalLayout(row, changePassword, logout);
        footer.addClassName("ladder-user");
        footer.setSpacing(false);
        return footer;
    }

    private void refreshNavigation() {
        nav.removeAll();
        badgeSpans.clear();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            String path = entry.path().startsWith("/") ? entry.path().substring(1) : entry.path();
            if (!shown(path)) {
                continue;
            }
            SideNavItem item = new SideNavItem(entry.title(), entry.path());
            if (entry.icon() != null && entry.icon().startsWith("vaadin:")) {
                item.setPrefixComponent(new Icon("vaadin", entry.icon().substring("vaadin:".length())));
            }
            if (badges.stream().anyMatch(b -> b.path().equals(path))) {
                Span badge = new Span();
                badge.addClassName("ladder-badge");
                badge.setId("badge-" + path.replace('/', '-'));
                item.setSuffixComponent(badge);
                badgeSpans.put(path, badge);
            }
            nav.addItem(item);
        }
        refreshBadges();
    }

    /** Whether no {@link NavigationGate} hides the entry from the signed-in person. */
    private boolean shown(String path) {
        return currentUser.get().map(user -> gates.stream().filter(g -> g.path().equals(path)).allMatch(g -> {
            try {
                return g.shows(user);
            } catch (RuntimeException e) {
                log.warn("Navigation gate '{}' failed: {}", path, e.toString());
                return true;
            }
        })).orElse(true);
    }

    /** Re-counts the badges (open tasks, unread notifications) of the signed-in person. */
    void refreshBadges() {
        currentUser.get().ifPresent(user -> {
            for (NavigationBadge badge : badges) {
                Span span = badgeSpans.get(badge.path());
                if (span != null) {
                    long n;
                    try {
                        n = badge.count(user);
                    } catch (RuntimeException e) {
                        // a badge is a hint: without the database (or on any failure) the page still shows
                        log.warn("Badge '{}' not counted: {}", badge.path(), e.toString());
                        n = 0;
                    }
                    span.setText(n > 99 ? "99+" : String.valueOf(n));
                    span.setVisible(n > 0);
                }
            }
        });
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        UI ui = attachEvent.getUI();
        currentUser.get().ifPresent(user -> liveRegistration = liveUpdates.register(user.personId(), ui,
                this::refreshBadges));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (liveRegistration != null) {
            liveRegistration.remove();
            liveRegistration = null;
        }
        super.onDetach(detachEvent);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (nav.getItems().isEmpty()) {
            refreshNavigation();
        }
        pageTitle.setText(MenuConfiguration.getPageHeader(getContent()).orElse("Ladder"));
    }

    /** Whether anyone is signed in; views use the services for everything else. */
    boolean signedIn() {
        return currentUser.get().isPresent();
    }
}
