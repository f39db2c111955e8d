package org.ladder.bench;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.ladder.goals.GoalApprovals;
import org.ladder.goals.GoalDetails;
import org.ladder.goals.GoalDraft;
import org.ladder.goals.GoalLevel;
import org.ladder.goals.GoalPlanning;
import org.ladder.goals.KeyResultDraft;
import org.ladder.goals.KeyResultType;
import org.ladder.goals.Visibility;
import org.ladder.goals.workflow.GoalApprovalProcess;
import org.ladder.people.demo.DemoOrganisationGenerator;
import org.ladder.people.demo.OrgPlanWriter;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Run in a fresh JVM by {@link ReturnForChangesBenchmark}: what a manager waits for when returning a goal for
 * changes. Starts the application on the empty database it is given, writes a generated organisation, picks an
 * employee and their manager, signs the employee in with headless Chromium (three open windows: home, task inbox,
 * notifications: each registers in {@code LiveUpdates}, as in real life), and then, per round, prepares three
 * identical approval tasks (the employee creates and submits a personal goal; untimed) and measures, in this order:
 * <ul>
 * <li>A, the click (with {@code ladder.bench.browser=true}): the manager's Chromium is on the task page, the comment
 * typed; timed in the browser from the click on "Return for changes" until the task inbox is shown and the Vaadin
 * client is idle; with the server's share, the time to first byte of the click's UIDL request(s);</li>
 * <li>B, the service: {@code GoalApprovals#returnForChanges} on this thread, signed in as the manager, commit
 * included (notifications, live updates queued);</li>
 * <li>C, the engine's raw loop: the same kind of task completed by {@code TaskService#complete} with the same
 * variables ({@code GoalApprovalProcess.returned()}), in one Spring transaction, signed in as the manager (the
 * application's global task listener and its notification still run: they are part of any task completion).</li>
 * </ul>
 * Settings: system properties {@code ladder.bench.people}, {@code .rounds}, {@code .warmup}, {@code .browser},
 * {@code .section}.
 */
final class ReturnForChangesProbe extends BenchProbe {

    private static final String PASSWORD = "bench";
    private static final String COMMENT = "Please make the target measurable.";

    private ConfigurableApplicationContext context;
    private JdbcTemplate jdbc;
    private String ownerUsername;
    private long ownerId;
    private String managerUsername;
    private int goalNumber;

    private ReturnForChangesProbe() {
    }

    public static void main(String[] springArgs) {
        launch(ReturnForChangesProbe::new, springArgs);
    }

    @Override
    protected void run(String[] springArgs) throws Exception {
        int people = Integer.getInteger("ladder.bench.people", 1000);
        int rounds = Integer.getInteger("ladder.bench.rounds", 15);
        int warmup = Integer.getInteger("ladder.bench.warmup", 5);
        boolean browser = Boolean.parseBoolean(System.getProperty("ladder.bench.browser", "true"));
        StartupProbe.Started started = StartupProbe.start(CountingDataSource.install(), springArgs);
        context = started.context();
        try {
            String hash = context.getBean(PasswordEncoder.class).encode(PASSWORD);
            context.getBean(OrgPlanWriter.class).write(DemoOrganisationGenerator.scaled(people, 42), hash);
            jdbc = new JdbcTemplate(context.getBean(DataSource.class));
            // an employee without reports whose manager is active: the manager approves their goals
            Map<String, Object> pair = jdbc.queryForMap("select p.id, p.username, m.username as manager from person p "
                    + "join person m on m.id = p.manager_id where p.active = true and m.active = true "
                    + "and not exists (select 1 from person r where r.manager_id = p.id) order by p.id limit 1");
            ownerId = ((Number) pair.get("id")).longValue();
            ownerUsername = (String) pair.get("username");
            managerUsername = (String) pair.get("manager");
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();

            GoalApprovals approvals = context.getBean(GoalApprovals.class);
            TaskService tasks = context.getBean(TaskService.class);
            TransactionTemplate tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));

            Timings click = new Timings("click to inbox");
            Timings clickServer = new Timings("click, server");
            Timings service = new Timings("service");
            Timings engine = new Timings("engine");
            Table table = new Table("round", "A click → inbox ms", "A server (TTFB) ms", "B service ms",
                    "C raw engine ms", "B / C", "A / C", "SQL statements A / B / C", "others' CPU, cores",
                    "Chromium CPU, cores");
            try (Browser owner = browser ? new Browser(port) : null;
                    Browser manager = browser ? new Browser(port) : null) {
                if (browser) {
                    owner.signIn(ownerUsername);
                    owner.openInNewTab("/tasks");
                    owner.openInNewTab("/notifications");
                    manager.signIn(managerUsername);
                }
                for (int round = -warmup + 1; round <= rounds; round++) {
                    String forClick = browser ? submittedGoalTask() : null;
                    String forService = submittedGoalTask();
                    String forEngine = submittedGoalTask();
                    MachineLoad.Snapshot s0 = MachineLoad.Snapshot.now();
                    long browsers0 = browserCpuNanos();
                    double[] a = browser ? manager.returnForChanges(forClick, round == 1) : new double[] { Double.NaN, Double.NaN, 0 };
                    settle();
                    signIn(context, managerUsername);
                    CountingDataSource.start(round == 1);
                    long b0 = System.nanoTime();
                    approvals.returnForChanges(forService, COMMENT);
                    long b = System.nanoTime() - b0;
                    long bStatements = CountingDataSource.stop();
                    if (round == 1) {
                        CountingDataSource.sql().forEach(q -> System.out.println("[sql B] " + q));
                    }
                    settle();
                    CountingDataSource.start(round == 1);
                    long c0 = System.nanoTime();
                    tx.executeWithoutResult(status -> tasks.complete(forEngine,
                            GoalApprovalProcess.returned().asMap()));
                    long c = System.nanoTime() - c0;
                    long cStatements = CountingDataSource.stop();
                    if (round == 1) {
                        CountingDataSource.sql().forEach(q -> System.out.println("[sql C] " + q));
                    }
                    SecurityContextHolder.clearContext();
                    MachineLoad.Snapshot s1 = MachineLoad.Snapshot.now();
                    long browsers = browserCpuNanos() - browsers0;
                    check(forService);
                    check(forEngine);
                    if (browser) {
                        check(forClick);
                    }
                    settle();
                    String cores = s1.othersSince(s0, browsers);
                    String browserCores = String.format(Locale.ROOT, "%.2f", browsers / (double) (s1.wallNanos()
                            - s0.wallNanos()));
                    System.out.printf(Locale.ROOT, "[probe] round %d: click %.1f (server %.1f), service %.1f, "
                            + "engine %.1f ms; statements %d / %d / %d; others %s cores, Chromium %s cores%n", round, a[0], a[1],
                            b / 1e6, c / 1e6, (long) a[2], bStatements, cStatements, cores, browserCores);
                    if (round < 1) {
                        continue;
                    }
                    if (browser) {
                        click.add((long) (a[0] * 1e6));
                        clickServer.add((long) (a[1] * 1e6));
                    }
                    service.add(b);
                    engine.add(c);
                    table.row(String.valueOf(round), browser ? Timings.ms(a[0]) : "-",
                            browser ? Timings.ms(a[1]) : "-", Timings.ms(b / 1e6), Timings.ms(c / 1e6),
                            String.format(Locale.ROOT, "%.1f", (double) b / c),
                            browser ? String.format(Locale.ROOT, "%.1f", a[0] * 1e6 / c) : "-",
                            (browser ? (long) a[2] : "-") + " / " + bStatements + " / " + cStatements, cores,
                            browserCores);
                }
            }

            line("## Return for changes, " + people + " people, " + databaseVersion(context));
            line("");
            line("- context start in a fresh JVM on the empty database: " + Timings.ms(started.springMs()) + " ms");
            line("- owner " + ownerUsername + (browser ? " signed in with 3 open windows (home, /tasks, "
                    + "/notifications)" : " (no browser)") + "; approver " + managerUsername);
            line("- " + warmup + " untimed warm-up rounds, then " + rounds + " rounds, each A (browser click), "
                    + "B (service), C (raw engine) on three identical, freshly submitted approval tasks");
            line("- every task was checked: the goal returned (B, A) and the owner's revise task open (A, B, C)");
            line("");
            table.appendTo(section);
            line("");
            Table summary = new Table("measurement", "median ms", "p90 ms", "min ms", "max ms", "median / raw engine");
            List<Timings> all = new ArrayList<>(browser ? List.of(click, clickServer, service, engine)
                    : List.of(service, engine));
            for (Timings t : all) {
                summary.row(t.name(), Timings.ms(t.median()), Timings.ms(t.percentile(90)), Timings.ms(t.min()),
                        Timings.ms(t.max()), String.format(Locale.ROOT, "%.1f", t.median() / engine.median()));
            }
            summary.appendTo(section);
            line("");
            System.out.println(ReturnForChangesBenchmark.SUMMARY_MARKER + " "
                    + (browser ? click.median() : Double.NaN) + " " + service.median() + " " + engine.median());
        } finally {
            context.close();
        }
    }

    /** The employee creates and submits a personal goal (untimed); the manager's open approval task. */
    private String submittedGoalTask() {
        signIn(context, ownerUsername);
        try {
            GoalPlanning planning = context.getBean(GoalPlanning.class);
            LocalDate today = LocalDate.now(context.getBean(Clock.class));
            LocalDate from = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
            GoalDraft draft = new GoalDraft(GoalLevel.PERSONAL, "Bench goal " + (++goalNumber), "Benchmark goal",
                    null, ownerId, null, List.of(), null, from, from.plusMonths(3).minusDays(1), Visibility.PUBLIC,
                    List.of(new KeyResultDraft(null, "Releases shipped", KeyResultType.NUMERIC, BigDecimal.ZERO,
                            BigDecimal.valueOf(4), BigDecimal.ZERO, null, 100)), null);
            GoalDetails goal = planning.create(draft);
            planning.submit(goal.id(), goal.version());
            Task task = context.getBean(TaskService.class).createTaskQuery()
                    .processInstanceBusinessKey(GoalApprovalProcess.businessKey(goal.id()))
                    .taskDefinitionKey(GoalApprovalProcess.TASK_APPROVE).singleResult();
            return task.getId();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** The approval task is gone and the owner's revise task is open. */
    private void check(String approvalTaskId) {
        TaskService tasks = context.getBean(TaskService.class);
        String processId = context.getBean(org.camunda.bpm.engine.HistoryService.class)
                .createHistoricTaskInstanceQuery().taskId(approvalTaskId).singleResult().getProcessInstanceId();
        Task revise = tasks.createTaskQuery().processInstanceId(processId)
                .taskDefinitionKey(GoalApprovalProcess.TASK_REVISE).singleResult();
        if (revise == null || !ownerUsername.equals(revise.getAssignee())) {
            throw new IllegalStateException("Task " + approvalTaskId + ": no revise task for " + ownerUsername);
        }
    }

    /**
     * CPU time of this JVM's child processes (the chromedrivers and their Chromiums: ours, not others' load), from
     * /proc/[pid]/stat; processes that ended meanwhile are not counted.
     */
    private static long browserCpuNanos() {
        return ProcessHandle.current().descendants().mapToLong(p -> {
            try {
                String stat = Files.readString(Path.of("/proc", String.valueOf(p.pid()), "stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10_000_000L; // USER_HZ 100
            } catch (IOException | RuntimeException e) {
                return 0;
            }
        }).sum();
    }

    /** Lets the work queued after commit (others' live updates, e-mail) finish before the next measurement. */
    private static void settle() throws InterruptedException {
        Thread.sleep(400);
    }

    /** One headless Chromium (Debian's), driven by Selenium. */
    private static final class Browser implements AutoCloseable {

        /**
         * Clicks "Return for changes" and resolves, once the inbox shows and the client is idle, with the elapsed
         * milliseconds and the summed time to first byte of the UIDL requests made meanwhile.
         */
        private static final String CLICK_SCRIPT = """
                const done = arguments[arguments.length - 1];
                const busy = () => Object.values(window.Vaadin.Flow.clients)
                    .some(c => typeof c.isActive === 'function' && c.isActive());
                performance.clearResourceTimings();
                const t0 = performance.now();
                document.getElementById('return-goal').click();
                const check = () => {
                    if (location.pathname.endsWith('/tasks') && document.getElementById('inbox-view') !== null
                            && !busy()) {
                        const elapsed = performance.now() - t0;
                        const server = performance.getEntriesByType('resource')
                            .filter(e => e.name.includes('v-r=uidl'))
                            .reduce((sum, e) => sum + (e.responseStart - e.requestStart), 0);
                        done([elapsed, server]);
                    } else {
                        setTimeout(check, 2);
                    }
                };
                setTimeout(check, 2);
                """;

        private final WebDriver driver;
        private final String baseUrl;
        private final Path profile;

        Browser(int port) throws IOException {
            baseUrl = "http://localhost:" + port;
            profile = Files.createTempDirectory("ladder-bench-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary("/usr/bin/chromium");
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-quic", "--no-first-run", "--window-size=1400,900",
                    "--user-data-dir=" + profile.toAbsolutePath());
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
            driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        }

        WebDriverWait waitUpTo(int seconds) {
            return new WebDriverWait(driver, Duration.ofSeconds(seconds), Duration.ofMillis(20));
        }

        void signIn(String username) {
            driver.get(baseUrl + "/login");
            WebElement user = waitUpTo(90).until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("input[name='username']")));
            user.sendKeys(username);
            WebElement pass = driver.findElement(By.cssSelector("input[name='password']"));
            pass.sendKeys(PASSWORD);
            pass.sendKeys(Keys.ENTER);
            waitUpTo(90).until(ExpectedConditions.visibilityOfElementLocated(By.id("signed-in-user")));
        }

        void openInNewTab(String path) {
            driver.switchTo().newWindow(WindowType.TAB);
            driver.get(baseUrl + path);
            waitUpTo(90).until(ExpectedConditions.visibilityOfElementLocated(By.id("signed-in-user")));
        }

        /** Opens the task, types the comment, lets the client settle, then times the click; see {@link #CLICK_SCRIPT}. */
        double[] returnForChanges(String taskId, boolean logSql) {
            driver.get(baseUrl + "/task/" + taskId);
            WebElement comment = waitUpTo(60).until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("vaadin-text-area#goal-approval-comment textarea")));
            comment.sendKeys(COMMENT);
            JavascriptExecutor js = (JavascriptExecutor) driver;
            js.executeScript("document.activeElement.blur();");
            // the value goes to the server on blur (change event): wait until that round trip is over
            waitUpTo(30).until(d -> Boolean.FALSE.equals(js.executeScript(
                    "return Object.values(window.Vaadin.Flow.clients)"
                            + ".some(c => typeof c.isActive === 'function' && c.isActive());")));
            CountingDataSource.startThreadsNamed("http-nio", logSql);
            @SuppressWarnings("unchecked")
            List<Number> result = (List<Number>) js.executeAsyncScript(CLICK_SCRIPT);
            long statements = CountingDataSource.stop();
            if (logSql) {
                CountingDataSource.sql().forEach(q -> System.out.println("[sql A] " + q));
            }
            return new double[] { result.get(0).doubleValue(), result.get(1).doubleValue(), statements };
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
}
