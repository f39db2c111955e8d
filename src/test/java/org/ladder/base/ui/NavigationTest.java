package org.ladder.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ladder.people.ui.ImportView;
import org.ladder.people.ui.OrganisationView;
import org.ladder.support.KaribuTest;
import org.ladder.support.UnannotatedTestView;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;

/** The shell shows each person the navigation their roles allow, and routes enforce the same rules. */
class NavigationTest extends KaribuTest {

    private List<String> navigationAfterLogin(String username) {
        login(username);
        navigate("");
        _get(HomeView.class);
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    void anonymousVisitorsLandOnTheLoginView() {
        navigate("organisation");
        _get(LoginView.class);
        _assertNone(OrganisationView.class);
    }

    @Test
    void employeeSeesOnlyEverybodysPages() {
        assertThat(navigationAfterLogin("employee")).containsExactly("Home", "Mission & strategy", "Alignment", "My ladder", "Check-in", "1:1s", "My reviews", "Tasks", "Feedback", "Notifications", "Organisation", "People");
        assertThat(_get(Span.class, s -> s.withId("signed-in-user")).getText()).isEqualTo("Emma Lindqvist");
    }

    @Test
    void aManagerAlsoFollowsTheAcknowledgementsOfTheirUnits() {
        assertThat(navigationAfterLogin("manager")).containsExactly("Home", "Mission & strategy", "Alignment", "My ladder",
                "Team goals", "Check-in", "1:1s", "My reviews", "Team reviews", "Tasks", "Feedback", "Notifications", "Organisation", "People", "Acknowledgements", "Check-in cadences", "Alignment pulse");
    }

    @Test
    void hrAlsoSeesTheImport() {
        assertThat(navigationAfterLogin("hr")).containsExactly("Home", "Mission & strategy", "Alignment", "My ladder",
                "Team goals", "Check-in", "1:1s", "My reviews", "Tasks", "Feedback", "Notifications", "Organisation", "Import", "People",
                "Cycles", "Acknowledgements", "Check-in cadences", "Alignment pulse", "Review overview", "Review templates");
    }

    @Test
    void adminAlsoSeesImportAndOperations() {
        assertThat(navigationAfterLogin("admin"))
                .containsExactly("Home", "Mission & strategy", "Alignment", "My ladder", "Check-in", "1:1s", "My reviews", "Tasks", "Feedback", "Notifications", "Organisation", "Import", "People",
                        "Cycles", "Acknowledgements", "Check-in cadences", "Review overview", "Review templates", "Operations");
    }

    @Test
    void anEmployeeTypingAnHrOrAdminUrlIsDenied() {
        login("employee");
        navigate("organisation/import");
        _assertNone(ImportView.class);
        _get(AccessDeniedView.class);
        navigate("admin/operations");
        _assertNone(OperationsView.class);
        _get(AccessDeniedView.class);
    }

    @Test
    void hrCannotOpenOperations() {
        login("hr");
        navigate("organisation/import");
        _get(ImportView.class);
        navigate("admin/operations");
        _assertNone(OperationsView.class);
    }

    @Test
    void aRouteWithoutAccessAnnotationIsDeniedEvenToAdmins() {
        login("admin");
        navigate("test/unannotated");
        _assertNone(UnannotatedTestView.class);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
                .isInstanceOf(AccessDeniedView.class);
    }

    @Test
    void adminSeesTheEngineAtAGlance() {
        login("admin");
        navigate("admin/operations");
        _get(OperationsView.class);
        assertThat(_get(Span.class, s -> s.withId("ops-incidents")).getText()).isEqualTo("0");
    }

    @Test
    void anUnexpectedFailureShowsAFriendlyMessageWithAReference() {
        login("employee");
        navigate("test/failing");
        ErrorView error = _get(ErrorView.class);
        String text = _get(error, com.vaadin.flow.component.html.Paragraph.class).getText();
        assertThat(text).contains("We could not show this page").contains("reference").doesNotContain("Boom");
        _get(MainLayout.class); // still inside the shell: navigation and sign-out stay available
    }
}
