package org.ladder.support;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;

/**
 * Browserless UI tests: the real views, services and database, with Vaadin mocked by Karibu-Testing. Sign in
 * with {@link #login(String)}, then navigate.
 */
@LadderIntegrationTest
public abstract class KaribuTest {

    private static final Routes ROUTES = routes();

    /**
     * Karibu's discovery, plus the package-private views it skips (it scans public classes only), as the
     * application registers them.
     */
    private static Routes routes() {
        Routes routes = new Routes().autoDiscoverViews("org.ladder");
        try (ScanResult scan = new ClassGraph().enableClassInfo().enableAnnotationInfo().ignoreClassVisibility()
                .acceptPackages("org.ladder").scan()) {
            scan.getClassesWithAnnotation(Route.class.getName()).filter(c -> !c.isPublic())
                    .loadClasses(Component.class).forEach(routes.getRoutes()::add);
        }
        return routes;
    }

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected SignedIn signedIn;

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** Signs the demo person in, for Spring Security and for Vaadin's view access checks. */
    protected void login(String username) {
        UsernamePasswordAuthenticationToken auth = signedIn.as(username);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, role) -> auth.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
    }

    protected void navigate(String location) {
        UI.getCurrent().navigate(location);
    }
}
