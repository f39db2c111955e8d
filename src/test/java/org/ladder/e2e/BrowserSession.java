package org.ladder.e2e;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, with the few steps our journeys share. Screenshots go to
 * {@code target/e2e-screenshots/}.
 */
final class BrowserSession implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "e2e-screenshots");
    /**
     * How often a wait looks again. Selenium's default (500 ms) costs up to half a second after every condition
     * that is not met at once; each look is one small script in the page, so looking ten times as often is cheap.
     */
    static final Duration POLLING = Duration.ofMillis(50);

    /** True when every Vaadin client of the page has nothing in flight and the document has loaded. */
    private static final String VAADIN_IDLE = "return !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients)"
            + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())"
            + " && !window.Vaadin.Flow.navigation && document.readyState === 'complete'";

    private final WebDriver driver;
    private final String baseUrl;
    private final Path profile;

    BrowserSession(int port) throws IOException {
        this.baseUrl = "http://localhost:" + port;
        this.profile = Files.createTempDirectory("ladder-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("ladder.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--window-size=1400,900",
                "--user-data-dir=" + profile.toAbsolutePath());
        // the browser console, to check that the Content-Security-Policy blocks nothing Vaadin needs
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("ladder.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        Files.createDirectories(SCREENSHOTS);
    }

    WebDriverWait waitUpTo(int seconds) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds));
        wait.pollingEvery(POLLING);
        return wait;
    }

    /** Loads the page from the server: a new document and a new Vaadin UI (the page's bootstrap). */
    void open(String path) {
        driver.get(baseUrl + path);
    }

    /**
     * Goes to {@code path} inside the running Vaadin UI, as a click on one of the portal's links does: the router
     * asks the server for the new view and swaps it in, without loading the page and bootstrapping Vaadin again.
     * Returns when the router says the navigation is done ({@code vaadin-navigated}) and Vaadin is idle. Fails when
     * the router does not take the link (the browser would load the page instead).
     */
    void navigate(String path) {
        Object taken = ((JavascriptExecutor) driver).executeScript(
                "window.__ladderNavigated = false;"
                        + "window.addEventListener('vaadin-navigated', () => { window.__ladderNavigated = true; },"
                        + "  {once: true});"
                        + "const a = document.createElement('a');"
                        + "a.href = arguments[0];"
                        + "a.textContent = 'Go';"
                        + "document.body.appendChild(a);"
                        + "const click = new MouseEvent('click', {bubbles: true, cancelable: true, composed: true,"
                        + "  button: 0, view: window});"
                        + "const notTaken = a.dispatchEvent(click);"
                        + "a.remove();"
                        + "return !notTaken;", path);
        if (!Boolean.TRUE.equals(taken)) {
            throw new IllegalStateException("Vaadin's router did not take the link to " + path);
        }
        waitUpTo(30).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return window.__ladderNavigated === true;")));
        waitUntilVaadinIsIdle();
    }

    /**
     * Waits until Vaadin has nothing in flight (no request, no navigation) and the browser has drawn two frames
     * since, so that the web components show what the last response brought; then checks the idle state again.
     */
    void waitUntilVaadinIsIdle() {
        waitUpTo(30).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(VAADIN_IDLE)));
        ((JavascriptExecutor) driver).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "requestAnimationFrame(() => requestAnimationFrame(() => done(true)));");
        waitUpTo(30).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(VAADIN_IDLE)));
    }

    String currentPath() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    /** Signs in through the login form and waits until the shell shows the signed-in person. */
    void signIn(String username, String password) {
        open("/login");
        WebElement user = waitUpTo(60).until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
        user.sendKeys(username);
        WebElement pass = driver.findElement(By.cssSelector("input[name='password']"));
        pass.sendKeys(password);
        pass.sendKeys(Keys.ENTER);
        waitUpTo(60).until(ExpectedConditions.visibilityOfElementLocated(By.id("signed-in-user")));
    }

    /** The labels of the navigation entries, without their icons and count badges (slotted prefix and suffix). */
    /** Submits the login form without waiting for the shell (for a sign-in meant to fail). */
    void submitLogin(String username, String password) {
        open("/login");
        WebElement user = waitUpTo(60).until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
        user.sendKeys(username);
        WebElement pass = driver.findElement(By.cssSelector("input[name='password']"));
        pass.sendKeys(password);
        pass.sendKeys(Keys.ENTER);
    }

    /** The current value of the first input matching {@code css}. */
    String inputValue(String css) {
        return (String) ((JavascriptExecutor) driver).executeScript(
                "const e = document.querySelector(arguments[0]); return e ? e.value : null;", css);
    }

    List<String> navigationLabels() {
        waitUpTo(30).until(ExpectedConditions.presenceOfAllElementsLocatedBy(By.cssSelector("#main-nav vaadin-side-nav-item")));
        return driver.findElements(By.cssSelector("#main-nav vaadin-side-nav-item")).stream()
                .map(e -> (String) ((JavascriptExecutor) driver).executeScript(
                        "return Array.from(arguments[0].childNodes)"
                                + ".filter(n => !(n.nodeType === 1 && n.hasAttribute('slot')))"
                                + ".map(n => n.textContent).join('').trim()", e))
                .toList();
    }

    String text(String id) {
        return waitUpTo(30).until(ExpectedConditions.visibilityOfElementLocated(By.id(id))).getText();
    }

    WebElement find(By by) {
        return waitUpTo(30).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    /** Scrolls the element into view and clicks it (long forms put buttons below the fold). */
    void click(String id) {
        WebElement e = waitUpTo(30).until(ExpectedConditions.elementToBeClickable(By.id(id)));
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", e);
        // a real click: it also blurs the field being typed in, so Vaadin sends its value first
        waitUpTo(30).until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    /**
     * Clicks an item of an open overlay (a select's or a combo box's list): the list may be longer than the
     * window on a database kept between runs, so the item is scrolled into the middle of its list first, and the
     * click waits until the overlay has finished opening.
     */
    void choose(By item) {
        WebElement e = waitUpTo(30).until(ExpectedConditions.presenceOfElementLocated(item));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", e);
        waitUpTo(30).ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            WebElement current = d.findElement(item);
            ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'});", current);
            current.click();
            return true;
        });
    }

    void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    WebDriver driver() {
        return driver;
    }

    /** Console messages since the last call that report something refused by the Content-Security-Policy. */
    List<String> contentSecurityPolicyViolations() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy"))
                .toList();
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException ignored) {
            // a temp folder left behind is harmless
        }
    }
}
