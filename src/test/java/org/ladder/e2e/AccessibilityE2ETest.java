package org.ladder.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ladder.support.GoalFixtures.numeric;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.ladder.goals.GoalDetails;
import org.ladder.goals.GoalPlanning;
import org.ladder.goals.workflow.GoalApprovalProcess;
import org.ladder.support.GoalFixtures;
import org.ladder.support.LadderIntegrationTest;
import org.ladder.support.ReviewFixtures;
import org.ladder.support.SignedIn;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;

/**
 * Every route of the portal, for every demo role, passes axe-core's WCAG 2.0/2.1 A and AA rules in a real browser,
 * at desktop width and at a phone's width (390 px). Routes are found by scanning for {@code @Route}, so a new screen
 * is checked without anyone remembering to add it. A route a role may not open is checked too: what that role sees
 * there (the access-denied view) must be accessible as well. No page scrolls sideways at either width (a grid or
 * a diagram may scroll inside its own frame). Screenshots of every page go to
 * {@code target/e2e-screenshots/a11y-<role>-<route>-<width>.png}.
 */
@Tag("e2e")
@LadderIntegrationTest
class AccessibilityE2ETest {

    static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    static final List<String> ROLES = List.of("admin", "hr", "ceo", "manager", "employee");
    /** Desktop and phone. */
    static final int[] WIDTHS = {1400, 390};

    @LocalServerPort
    int port;
    @Autowired
    GoalFixtures fixtures;
    @Autowired
    GoalPlanning goals;
    @Autowired
    SignedIn signedIn;
    @Autowired
    TaskService tasks;
    @Autowired
    org.ladder.support.CyclePageFixtures cycles;

    @Autowired
    ReviewFixtures reviews;

    /**
     * Per role one browser, and per width one page load: the first route is loaded at that width, so the UI and
     * every view built in it know the window's width from the start (views that fit their columns to it read it
     * when they attach); every other route is reached inside that running UI, as a click on one of the portal's
     * links does, and checked when the router is done and Vaadin is idle. A Vaadin bootstrap per page and width
     * cost most of this test's time, and told axe-core nothing the in-app navigation does not.
     */
    @Test
    void everyRouteMeetsWcag2AaForEveryRoleAtDesktopAndPhoneWidth() throws Exception {
        Map<String, String> paths = samplePaths();
        List<String> violations = new ArrayList<>();
        Set<String> checked = new LinkedHashSet<>();
        List<String> sideways = new ArrayList<>();
        long[] nanos = new long[3]; // reaching the page, the screenshot, axe-core
        for (String role : ROLES) {
            try (BrowserSession browser = new BrowserSession(port)) {
                browser.signIn(role, "demo");
                for (int width : WIDTHS) {
                    browser.driver().manage().window().setSize(size(width));
                    boolean loaded = false;
                    for (var route : paths.entrySet()) {
                        long start = System.nanoTime();
                        if (loaded) {
                            browser.navigate(route.getValue());
                        } else {
                            browser.open(route.getValue());
                            browser.waitUntilVaadinIsIdle();
                            loaded = true;
                        }
                        assertThat(innerWidth(browser)).as("window width").isEqualTo(width);
                        long shown = System.nanoTime();
                        browser.screenshot("a11y-" + role + "-" + route.getKey() + "-" + width);
                        long shot = System.nanoTime();
                        Map<String, Long> overflow = sidewaysOverflow(browser);
                        if (overflow.values().stream().anyMatch(px -> px > 0)) {
                            sideways.add(role + " " + route.getKey() + " at " + width + " px: " + overflow
                                    + "; past the right edge: " + pastTheRightEdge(browser));
                        }
                        for (Rule rule : analyze(browser).getViolations()) {
                            violations.add(describe(role, route.getValue(), width, rule));
                        }
                        nanos[0] += shown - start;
                        nanos[1] += shot - shown;
                        nanos[2] += System.nanoTime() - shot;
                        checked.add(role + " " + route.getKey() + " " + width);
                    }
                }
            }
        }
        System.out.printf("Accessibility: %d pages checked; reaching them %d s, screenshots %d s, axe-core %d s%n",
                checked.size(), nanos[0] / 1_000_000_000, nanos[1] / 1_000_000_000, nanos[2] / 1_000_000_000);
        assertThat(checked).as("pages checked").hasSize(ROLES.size() * paths.size() * WIDTHS.length);
        assertThat(violations).as("WCAG 2 A/AA violations (axe-core)").isEmpty();
        assertThat(sideways).as("pages that scroll sideways (a grid or a diagram may scroll in its own frame)")
                .isEmpty();
    }

    /** One URL for every {@code @Route} of the application, with real ids where a route takes one. */
    private Map<String, String> samplePaths() {
        fixtures.charterPublished();
        String run = String.valueOf(System.currentTimeMillis());
        GoalDetails company = fixtures.activeCompanyGoal("Be the region's most trusted utility " + run);
        GoalDetails team = fixtures.activeTeamGoal("Resolve outages within an hour " + run, company.id(),
                numeric("Outages resolved within an hour", 0, 100, 40, 100));
        signedIn.as("employee");
        GoalDetails mine = goals.create(GoalFixtures.personal("Automate the outage runbook " + run,
                fixtures.personId("employee"), team.id(), numeric("Runbook steps automated", 0, 20, 5, 100)));
        goals.submit(mine.id(), mine.version());
        signedIn.nobody();
        String approvalTask = tasks.createTaskQuery()
                .processInstanceBusinessKey(GoalApprovalProcess.businessKey(mine.id())).singleResult().getId();

        long cycleId = cycles.topUnitReady().cycleId(); // a cycle at its cascade, for cycles/:cycleId
        // a review round of a fresh team through both manager reviews: a review page and an open calibration
        ReviewFixtures.Team reviewed = reviews.freshTeam(2);
        String round = reviews.startRound(reviewed, reviews.template(false));
        for (int i = 0; i < reviewed.reportIds().size(); i++) {
            long id = reviews.reviewOf(round, reviewed.reportIds().get(i));
            reviews.selfReview(id, reviewed.reports().get(i));
            reviews.managerReview(id, reviewed.manager(), 4, 2 + i);
        }
        long review = reviews.reviewOf(round, reviewed.reportIds().get(0));
        long calibration = reviews.calibration(round, reviewed.unitId()).orElseThrow().id();

        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Map<String, String> paths = new LinkedHashMap<>();
        for (BeanDefinition bean : scanner.findCandidateComponents("org.ladder").stream()
                .sorted(Comparator.comparing(BeanDefinition::getBeanClassName)).toList()) {
            Class<?> view = load(bean.getBeanClassName());
            if (view.getPackageName().startsWith("org.ladder.support") || view.getSimpleName().equals("LoginView")) {
                continue; // test-only views; the login page is checked signed out below
            }
            String template = view.getAnnotation(Route.class).value();
            String path = "/" + template.replaceAll(":id(\\([^)]*\\))?", String.valueOf(mine.id()))
                    .replaceAll(":cycleId(\\([^)]*\\))?", String.valueOf(cycleId))
                    .replaceAll(":personId\\??(\\([^)]*\\))?", String.valueOf(fixtures.personId("manager")))
                    // a report's 1:1 (employee's, with manager); optional parameters left out
                    .replaceAll(":reportId(\\([^)]*\\))?", String.valueOf(fixtures.personId("employee")))
                    // a review of a fresh team (HR reads it; the demo roles are refused) and its unit's calibration
                    .replaceAll(":reviewId(\\([^)]*\\))?", String.valueOf(review))
                    .replaceAll(":calibrationId(\\([^)]*\\))?", String.valueOf(calibration))
                    .replaceAll("/:[A-Za-z]+\\?(\\([^)]*\\))?", "");
            if (HasUrlParameter.class.isAssignableFrom(view)) {
                path += "/" + (view.getSimpleName().startsWith("Task") ? approvalTask
                        : String.valueOf(fixtures.personId("manager")));
            }
            paths.put(view.getSimpleName(), path);
        }
        assertThat(paths).as("routes found").hasSizeGreaterThan(10);
        return paths;
    }

    @Test
    void theSignInPageMeetsWcag2Aa() throws Exception {
        try (BrowserSession browser = new BrowserSession(port)) {
            for (int width : WIDTHS) {
                browser.driver().manage().window().setSize(new Dimension(width, 900));
                browser.open("/login");
                waitUntilVaadinIsIdle(browser);
                browser.screenshot("a11y-signed-out-login-" + width);
                Results results = analyze(browser);
                assertThat(results.getViolations().stream().map(r -> describe("nobody", "/login", width, r)))
                        .as("WCAG 2 A/AA violations on the sign-in page").isEmpty();
            }
        }
    }

    /**
     * The cycle page with a step opened and a unit drilled down to its people, as {@code hr}, at desktop width and
     * at 390 px (the diagram scrolls sideways in its frame).
     */
    @Test
    void theCyclePageWithAStepAndAUnitOpenMeetsWcag2Aa() throws Exception {
        org.ladder.support.CyclePageFixtures.Scenario s = cycles.topUnitReady();
        List<String> violations = new ArrayList<>();
        try (BrowserSession browser = new BrowserSession(port)) {
            browser.signIn("hr", "demo");
            for (int width : WIDTHS) {
                browser.driver().manage().window().setSize(size(width));
                browser.open("/cycles/" + s.cycleId());
                browser.waitUntilVaadinIsIdle();
                assertNoSidewaysScrolling(browser, "the cycle page");
                browser.click("cycle-cascade-step-Task_SetUnitGoals");
                browser.waitUpTo(30).until(org.openqa.selenium.support.ui.ExpectedConditions
                        .visibilityOfElementLocated(org.openqa.selenium.By.id("cycle-step-items")));
                org.openqa.selenium.WebElement dept = browser.find(org.openqa.selenium.By.xpath(
                        "//vaadin-grid-cell-content[normalize-space()='Dept " + s.org().run() + "']"));
                ((JavascriptExecutor) browser.driver()).executeScript(
                        "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", dept);
                browser.waitUpTo(30).until(org.openqa.selenium.support.ui.ExpectedConditions
                        .visibilityOfElementLocated(org.openqa.selenium.By.id("cycle-unit-people")));
                waitUntilVaadinIsIdle(browser);
                browser.screenshot("a11y-hr-cycle-page-open-" + width);
                Results results = analyze(browser);
                for (Rule rule : results.getViolations()) {
                    violations.add(describe("hr", "/cycles/" + s.cycleId() + " (step and unit open)", width, rule));
                }
                assertNoSidewaysScrolling(browser, "the cycle page with a step and a unit open");
            }
        }
        assertThat(violations).as("WCAG 2 A/AA violations on the cycle page").isEmpty();
    }

    /**
     * The launch wizard's later steps are not reached by a URL: walk them as {@code hr} (whole organisation, the
     * suggested period) without launching, and check each step, at desktop width and at 390 px.
     */
    @Test
    void theCycleLaunchWizardsStepsMeetWcag2AaAtDesktopAndPhoneWidth() throws Exception {
        List<String> violations = new ArrayList<>();
        try (BrowserSession browser = new BrowserSession(port)) {
            browser.signIn("hr", "demo");
            for (int width : WIDTHS) {
                browser.driver().manage().window().setSize(size(width));
                browser.open("/cycles/launch");
                for (String step : List.of("basics", "scope", "schedule", "preview")) {
                    browser.find(org.openqa.selenium.By.cssSelector("#cycle-wizard-step-" + step + "[aria-current='step']"));
                    if (step.equals("schedule")) {
                        browser.waitUpTo(60).until(org.openqa.selenium.support.ui.ExpectedConditions
                                .visibilityOfElementLocated(org.openqa.selenium.By.id("cycle-rules")));
                    } else if (step.equals("preview")) {
                        browser.waitUpTo(60).until(org.openqa.selenium.support.ui.ExpectedConditions
                                .visibilityOfElementLocated(org.openqa.selenium.By.id("cycle-preview-result")));
                    }
                    waitUntilVaadinIsIdle(browser);
                    browser.screenshot("a11y-hr-cycle-wizard-" + step + "-" + width);
                    Results results = analyze(browser);
                    for (Rule rule : results.getViolations()) {
                        violations.add(describe("hr", "/cycles/launch#" + step, width, rule));
                    }
                    if (!step.equals("preview")) {
                        browser.click("cycle-next");
                    }
                }
            }
        }
        assertThat(violations).as("WCAG 2 A/AA violations in the launch wizard (axe-core)").isEmpty();
    }

    private static void waitUntilVaadinIsIdle(BrowserSession browser) {
        browser.waitUntilVaadinIsIdle();
    }

    /**
     * axe-core's WCAG 2.0/2.1 A and AA rules on the page as it is now. Run in the page itself (axe's legacy mode):
     * the default mode opens a blank tab for every check to gather the results of cross-origin frames, which costs
     * more than the rules; the portal's pages have no frames at all, which is checked here, so the rules see
     * everything either way.
     */
    private static Results analyze(BrowserSession browser) {
        Number frames = (Number) ((JavascriptExecutor) browser.driver())
                .executeScript("return document.querySelectorAll('iframe, frame').length");
        assertThat(frames.intValue()).as("frames on " + browser.currentPath() + " (axe runs in the page only)")
                .isZero();
        return new AxeBuilder().withTags(WCAG_AA).setLegacyMode(true).analyze(browser.driver());
    }

    /**
     * How many pixels the page is wider than the window, by where it could scroll sideways: the document, the app
     * layout's content area (the part under the navigation bar where the views scroll) and the view itself. All
     * at most 0: it does not scroll sideways.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Long> sidewaysOverflow(BrowserSession browser) {
        Map<String, Number> measured = (Map<String, Number>) ((JavascriptExecutor) browser.driver()).executeScript(
                "const layout = document.querySelector('vaadin-app-layout');"
                        + "const content = layout && layout.shadowRoot && layout.shadowRoot.querySelector('[content]');"
                        + "const view = layout ? [...layout.children].find(c => !c.hasAttribute('slot')) : null;"
                        + "return {document: document.documentElement.scrollWidth - window.innerWidth,"
                        + "  body: document.body.scrollWidth - window.innerWidth,"
                        + "  content: content ? content.scrollWidth - content.clientWidth : 0,"
                        + "  view: view ? view.scrollWidth - view.clientWidth : 0,"
                        + "  viewRight: view ? Math.ceil(view.getBoundingClientRect().right) - window.innerWidth : 0};");
        Map<String, Long> overflow = new LinkedHashMap<>();
        measured.forEach((k, v) -> overflow.put(k, v.longValue()));
        return overflow;
    }

    /** Fails when the page scrolls sideways, saying where and which elements reach past the window's edge. */
    static void assertNoSidewaysScrolling(BrowserSession browser, String page) {
        Map<String, Long> overflow = sidewaysOverflow(browser);
        assertThat(overflow.values()).as(() -> page + " scrolls sideways at " + innerWidth(browser) + " px: "
                + overflow + "; past the window's right edge: " + pastTheRightEdge(browser))
                .allSatisfy(px -> assertThat(px).isLessThanOrEqualTo(0));
    }

    /**
     * The outermost elements reaching past the view's right edge inside its padding (or the window's, without a
     * view) while their parent does not, leaving out what a scrolling frame clips (a grid's cells, a diagram's
     * drawing) and fixed overlays: the first 8, with how far they reach.
     */
    static String pastTheRightEdge(BrowserSession browser) {
        return String.valueOf(((JavascriptExecutor) browser.driver()).executeScript(
                "const layout = document.querySelector('vaadin-app-layout');"
                        + "const view = layout ? [...layout.children].find(c => !c.hasAttribute('slot')) : null;"
                        + "const w = view ? view.getBoundingClientRect().right - parseFloat(getComputedStyle(view)"
                        + "  .paddingRight) : window.innerWidth;"
                        + "const out = [];"
                        + "const past = e => e.getBoundingClientRect().right > w + 0.5;"
                        + "const fixed = e => getComputedStyle(e).position === 'fixed';"
                        + "const clipped = e => { for (let p = e.parentElement; p && p !== document.body;"
                        + "    p = p.parentElement) { if (p.localName === 'vaadin-grid' || fixed(p)"
                        + "    || (getComputedStyle(p).overflowX !== 'visible' && !past(p))) return true; } return false; };"
                        + "for (const e of (view || document.body).querySelectorAll('*')) {"
                        + "  if (e.getBoundingClientRect().width === 0 || !past(e) || (e.parentElement && e.parentElement"
                        + "    !== view && past(e.parentElement)) || fixed(e) || clipped(e)) continue;"
                        + "  out.push(e.localName + (e.id ? '#' + e.id : '')"
                        + "    + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/ +/).join('.') : '')"
                        + "    + ' (' + (e.textContent || '').trim().slice(0, 30) + ') to ' + Math.round(e.getBoundingClientRect().right)"
                        + "    + ' px of ' + Math.round(w));"
                        + "}"
                        + "return out.slice(0, 8).join('; ');"));
    }

    private static Dimension size(int width) {
        return new Dimension(width, width > 1000 ? 900 : 844);
    }

    static long innerWidth(BrowserSession browser) {
        return ((Number) ((JavascriptExecutor) browser.driver()).executeScript("return window.innerWidth;"))
                .longValue();
    }

    private static String describe(String role, String path, int width, Rule rule) {
        String where = rule.getNodes().stream().limit(3).map(CheckedNode::getTarget).map(String::valueOf)
                .collect(Collectors.joining("; "));
        return role + " " + path + " @" + width + "px: " + rule.getId() + " (" + rule.getImpact() + ") "
                + rule.getHelp() + " — " + rule.getNodes().size() + " node(s): " + where;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
