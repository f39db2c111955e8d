package org.ladder.goals.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.camunda.bpm.engine.RepositoryService;
import org.ladder.goals.GoalDetails;
import org.ladder.goals.GoalDraft;
import org.ladder.goals.GoalLevel;
import org.ladder.goals.GoalQueries;
import org.ladder.goals.GoalPlanning;
import org.ladder.goals.KeyResultDraft;
import org.ladder.goals.KeyResultType;
import org.ladder.goals.Visibility;
import org.ladder.goals.domain.GoalRepository;
import org.ladder.goals.workflow.GoalApprovalProcess;
import org.ladder.people.OrgUnitNode;
import org.ladder.people.PeopleService;
import org.ladder.people.PersonSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A goal cascade for the demo organisation, so that the alignment tree, "My ladder" and the goal pages have content
 * for every demo login: company goals for each pillar of the demo charter, goals for every division, department and
 * team (two for manager's team "Core Services"), and personal goals for most people — active ones with key results
 * and progress, a few drafts and private goals, one achieved goal and one orphan.
 *
 * <p>Everything goes through {@link GoalPlanning}, signed in as the person who would do it: {@code ceo} plans the
 * company goals, each unit's head plans that unit's goals, each person drafts their own. So every rule, the id
 * paths, the child counters and the roll-up hold. An active personal goal is drafted by its owner and submitted by
 * the owner's manager — the approver — which makes it active at once, as the service allows for a goal its approver
 * submits; the {@code ceo}, who has no manager, submits her own. When the goal-approval process is deployed, one of
 * {@code employee}'s drafts is submitted by her, so {@code manager} has a goal to approve in the inbox.
 *
 * <p>Runs after the demo organisation (order 0) and the demo charter (order 10), in one transaction, only when the
 * goal table is empty; on when {@code ladder.demo.enabled} and {@code ladder.demo.goals} are both true.
 */
@Component
@ConditionalOnProperty(name = {"ladder.demo.enabled", "ladder.demo.goals"}, havingValue = "true")
@Order(20)
class GoalDemoInitializer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(GoalDemoInitializer.class);

    /** Company goals: pillar, title, description. */
    private static final String[][] COMPANY = {
        {"Delighted customers", "Lift customer satisfaction (CSAT) to 90 %", "Measured by the quarterly survey."},
        {"Delighted customers", "Resolve support cases twice as fast", "Median time to resolution, all channels."},
        {"Operational excellence", "Run a platform customers can rely on: 99.9 % uptime", null},
        {"Operational excellence", "Cut the cost to serve an order by 15 %", null},
        {"Sustainable growth", "Grow recurring revenue by 25 %", null},
        {"Sustainable growth", "Halve carbon emissions per shipment by 2030", "This year: the first 15 %."},
        {"Great place to work", "Grow skills and careers: a development plan for everyone", null},
        {"Great place to work", "Make Brightwater an inclusive place to work", null},
    };

    /** Unit goals: unit name, title, parent ("C<n>": n-th company goal, else the title of a goal above). */
    private static final String[][] UNITS = {
        {"Brightwater Ltd", "Prepare the 2027 strategy with every division", "C5"},
        {"Product & Engineering", "Ship a reliable, fast product platform", "C3"},
        {"Product & Engineering", "Make the product a joy to use", "C1"},
        {"Go-to-Market", "Grow recurring revenue in existing markets", "C5"},
        {"Go-to-Market", "Every customer gets an answer within one day", "C2"},
        {"Operations", "Lower cost and carbon per shipment", "C4"},
        {"Operations", "A secure, modern workplace", "C3"},
        {"People & Finance", "A development plan for every employee", "C7"},
        {"People & Finance", "Fair, inclusive hiring and pay", "C8"},
        {"Platform", "Core platform available 99.95 % of the time", "Ship a reliable, fast product platform"},
        {"Product Experience", "Modernise the customer-facing apps", "Make the product a joy to use"},
        {"Data", "Trusted data for every decision", "Ship a reliable, fast product platform"},
        {"Sales", "Close 4 M€ of new recurring revenue", "Grow recurring revenue in existing markets"},
        {"Marketing", "Double the qualified leads", "Grow recurring revenue in existing markets"},
        {"Customer Success", "First response within 4 hours", "Every customer gets an answer within one day"},
        {"Supply Chain", "Consolidate carriers and routes", "Lower cost and carbon per shipment"},
        {"IT", "Zero critical security findings", "A secure, modern workplace"},
        {"People", "Launch the career framework", "A development plan for every employee"},
        {"Finance", "Close the books in five working days", "C4"},
        {"Core Services", "Core APIs available 99.95 % of the time", "Core platform available 99.95 % of the time"},
        {"Infrastructure", "Move every service to the new cluster", "Core platform available 99.95 % of the time"},
        {"Web App", "Redesign the checkout", "Modernise the customer-facing apps"},
        {"Mobile", "Release the new mobile app", "Modernise the customer-facing apps"},
        {"Analytics", "Dashboards for the top 20 customers", "Trusted data for every decision"},
        {"Data Engineering", "Order data in near real time", "Trusted data for every decision"},
        {"Enterprise Sales", "Win 12 enterprise accounts", "Close 4 M€ of new recurring revenue"},
        {"SMB Sales", "Grow self-service sign-ups by 40 %", "Close 4 M€ of new recurring revenue"},
        {"Brand", "Refresh the brand in every channel", "Double the qualified leads"},
        {"Growth", "Lower the cost per lead by 20 %", "Double the qualified leads"},
        {"Onboarding", "New customers live within 14 days", "First response within 4 hours"},
        {"Support", "First response within 4 hours for every case", "First response within 4 hours"},
        {"Procurement", "Renegotiate the top 10 carrier contracts", "Consolidate carriers and routes"},
        {"Logistics", "Electric vans on three city routes", "Consolidate carriers and routes"},
        {"Workplace IT", "A laptop refresh for everyone", "Zero critical security findings"},
        {"Security", "Pass the ISO 27001 audit", "Zero critical security findings"},
        {"HR Operations", "Development plans for every employee", "Launch the career framework"},
        {"Talent", "Fill 30 roles from diverse shortlists", "Launch the career framework"},
        {"Accounting", "Automate the month-end reconciliations", "Close the books in five working days"},
        {"FP&A", "A rolling forecast every month", "Close the books in five working days"},
    };

    /** What people in a department typically work on (title, first key result's name and type). */
    private static final Map<String, String[][]> PERSONAL = new LinkedHashMap<>();

    static {
        PERSONAL.put("Platform", new String[][] {{"Automate the failover of my services", "Failover drills passed"},
            {"Reduce pager alerts by half", "Alerts per week"}, {"Finish the cluster migration of my services",
                "Services migrated"}});
        PERSONAL.put("Product Experience", new String[][] {{"Ship the new checkout flow", "Screens shipped"},
            {"Raise the app store rating to 4.6", "App store rating"}, {"Cut page load time by a third",
                "Pages below 1 s"}});
        PERSONAL.put("Data", new String[][] {{"Build the customer dashboards", "Dashboards live"},
            {"Stream order events into the warehouse", "Tables streamed"}, {"Document the data catalogue",
                "Datasets documented"}});
        PERSONAL.put("Sales", new String[][] {{"Close my pipeline for the year", "New recurring revenue"},
            {"Win two reference customers", "Reference customers signed"}, {"Shorten my sales cycle",
                "Deals closed within 60 days"}});
        PERSONAL.put("Marketing", new String[][] {{"Launch the partner campaign", "Campaign milestones"},
            {"Grow webinar sign-ups", "Sign-ups per webinar"}, {"Publish the customer stories", "Stories published"}});
        PERSONAL.put("Customer Success", new String[][] {{"Onboard my accounts within 14 days", "Accounts live"},
            {"Answer every case within 4 hours", "Cases answered in time"}, {"Write the self-help articles",
                "Articles published"}});
        PERSONAL.put("Supply Chain", new String[][] {{"Renegotiate my carrier contracts", "Contracts signed"},
            {"Plan the electric van routes", "Routes planned"}, {"Cut empty kilometres", "Empty kilometres share"}});
        PERSONAL.put("IT", new String[][] {{"Roll out the new laptops", "Laptops replaced"},
            {"Close the audit findings", "Findings closed"}, {"Enable single sign-on everywhere", "Apps on SSO"}});
        PERSONAL.put("People", new String[][] {{"Run development-plan workshops", "Workshops held"},
            {"Fill my open roles", "Roles filled"}, {"Move HR records to the new system", "Records migrated"}});
        PERSONAL.put("Finance", new String[][] {{"Automate the bank reconciliations", "Accounts automated"},
            {"Build the monthly forecast model", "Forecast milestones"}, {"Close my ledgers on day 3",
                "Ledgers closed on time"}});
    }

    private final GoalRepository goals;
    private final GoalPlanning service;
    private final GoalQueries queries;
    private final PeopleService people;
    private final UserDetailsService users;
    private final RepositoryService repository;
    private final TransactionTemplate tx;
    private final Clock clock;

    private final Random random = new Random(2026);
    private final Map<String, Long> goalByTitle = new HashMap<>();
    private final List<Long> companyGoals = new ArrayList<>();
    private final Map<Long, List<Long>> goalsOfUnit = new HashMap<>();
    private LocalDate yearStart;
    private LocalDate yearEnd;
    private LocalDate halfStart;
    private LocalDate halfEnd;
    private int created;

    GoalDemoInitializer(GoalRepository goals, GoalPlanning service, GoalQueries queries, PeopleService people,
            UserDetailsService users, RepositoryService repository, TransactionTemplate tx, Clock clock) {
        this.goals = goals;
        this.service = service;
        this.queries = queries;
        this.people = people;
        this.users = users;
        this.repository = repository;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (goals.count() > 0) {
            return;
        }
        try {
            long t0 = System.nanoTime();
            tx.executeWithoutResult(status -> seed());
            log.info("Demo goals created: {} goals ({} company goals, unit goals for every unit, personal goals) "
                    + "in {} ms", created, companyGoals.size(), (System.nanoTime() - t0) / 1_000_000);
        } catch (RuntimeException e) {
            log.error("Demo goals not created (the portal starts without them; the next start tries again)", e);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void seed() {
        LocalDate today = LocalDate.now(clock);
        yearStart = today.withDayOfYear(1);
        yearEnd = yearStart.plusYears(1).minusDays(1);
        halfStart = today.getMonthValue() <= 6 ? yearStart : yearStart.withMonth(7);
        halfEnd = today.getMonthValue() <= 6 ? yearStart.withMonth(6).withDayOfMonth(30) : yearEnd;

        signIn("ceo");
        List<String> pillars = queries.pillars();
        if (pillars.isEmpty()) {
            throw new IllegalStateException("No published charter: the demo goals need its pillars");
        }
        for (String[] c : COMPANY) {
            String pillar = pillars.contains(c[0]) ? c[0] : pillars.get(companyGoals.size() % pillars.size());
            GoalDetails g = service.create(new GoalDraft(GoalLevel.COMPANY, c[1], c[2], null, null, null, List.of(),
                    pillar, yearStart, yearEnd, Visibility.PUBLIC, List.of(), null));
            service.activate(g.id(), g.version());
            companyGoals.add(g.id());
            goalByTitle.put(c[1], g.id());
            created++;
        }

        Map<String, OrgUnitNode> units = new LinkedHashMap<>();
        Map<Long, OrgUnitNode> unitsById = new HashMap<>();
        collectUnits(null, units, unitsById);
        for (String[] u : UNITS) {
            OrgUnitNode unit = units.get(u[0]);
            if (unit == null || unit.headId() == null) {
                continue; // a demo organisation of another shape: skip what it does not have
            }
            Long parent = u[2].matches("C[0-9]+") ? companyGoals.get(Integer.parseInt(u[2].substring(1)) - 1)
                    : goalByTitle.get(u[2]);
            signIn(people.usernameOf(unit.headId()).orElseThrow());
            long id = unitGoal(unit, u[1], parent, List.of());
            goalByTitle.put(u[1], id);
        }
        OrgUnitNode core = units.get("Core Services");
        if (core != null && core.headId() != null) {
            signIn(people.usernameOf(core.headId()).orElseThrow());
            unitGoal(core, "Cut the p95 latency of the core APIs to 200 ms",
                    goalByTitle.get("Core platform available 99.95 % of the time"),
                    List.of(kr("p95 latency of the order API", KeyResultType.NUMERIC, 450, 200, 290, "ms", 60),
                            kr("Core APIs behind the new cache", KeyResultType.MILESTONE, 0, 5, 3, null, 40)));
        }

        demoLogins();
        for (OrgUnitNode unit : units.values()) {
            peopleOf(unit, unitsById);
        }
    }

    /** The demo logins' own goals: each one a realistic mix for "My ladder". */
    private void demoLogins() {
        Long coreGoal = goalByTitle.get("Core APIs available 99.95 % of the time");
        Long careers = companyGoals.get(6);

        signIn("employee");
        long emma = me("employee");
        GoalDetails failover = personal(emma, "Automate the failover of the orders API", coreGoal, Visibility.PUBLIC,
                List.of(kr("Failover drills passed", KeyResultType.MILESTONE, 0, 4, 0, null, 50),
                        kr("Services covered by failover tests", KeyResultType.PERCENTAGE, 20, 100, 20, null, 50)),
                true);
        service.updateProgress(failover.id(), failover.version(), Map.of(failover.keyResults().get(0).id(),
                BigDecimal.valueOf(3), failover.keyResults().get(1).id(), BigDecimal.valueOf(65)),
                "Drills 1–3 passed; the payment service still needs tests.");
        personal(emma, "Get certified as a cloud architect", careers, Visibility.PRIVATE,
                List.of(kr("Exam passed", KeyResultType.BINARY, 0, 1, 0, null, 60),
                        kr("Training modules completed", KeyResultType.MILESTONE, 0, 6, 4, null, 40)), true);
        personal(emma, "Try Rust for the edge proxy prototype", null, Visibility.PUBLIC,
                List.of(kr("Prototype milestones", KeyResultType.MILESTONE, 0, 3, 1, null, 100)), true);
        personal(emma, "Write the on-call handbook", coreGoal, Visibility.PUBLIC,
                List.of(kr("Handbook published", KeyResultType.BINARY, 0, 1, 0, null, 70),
                        kr("Runbooks reviewed", KeyResultType.MILESTONE, 0, 8, 2, null, 30)), false);
        if (repository.createProcessDefinitionQuery().processDefinitionKey(GoalApprovalProcess.KEY).count() > 0) {
            // the real approval: manager finds this goal in the inbox
            GoalDetails pairing = personal(emma, "Pair with Support on the top 5 incident types", goalByTitle.get(
                    "First response within 4 hours for every case"), Visibility.PUBLIC,
                    List.of(kr("Incident types covered", KeyResultType.MILESTONE, 0, 5, 0, null, 100)), false);
            service.submit(pairing.id(), pairing.version());
        }

        signIn("manager");
        long marco = me("manager");
        personal(marco, "Grow two engineers into senior roles", careers, Visibility.PUBLIC,
                List.of(kr("Engineers promoted", KeyResultType.MILESTONE, 0, 2, 1, null, 60),
                        kr("Mentoring sessions held", KeyResultType.NUMERIC, 0, 24, 17, null, 40)), true);
        GoalDetails hiring = personal(marco, "Hire a site reliability engineer", coreGoal, Visibility.PUBLIC,
                List.of(kr("Engineer hired", KeyResultType.BINARY, 0, 1, 1, null, 100)), true);
        service.achieve(hiring.id(), hiring.version(), "Signed; starts next month.");

        signIn("ceo");
        long ceo = me("ceo");
        GoalDetails strategy = service.create(new GoalDraft(GoalLevel.PERSONAL,
                "Meet the top 30 customers in person", null, null, ceo, companyGoals.get(0), List.of(), null,
                yearStart, yearEnd, Visibility.PUBLIC, List.of(kr("Customers met", KeyResultType.NUMERIC, 0, 30, 21,
                        null, 100)), null));
        service.submit(strategy.id(), strategy.version()); // no manager: active at once
        created++;

        signIn("hr");
        long hannah = me("hr");
        Long plans = goalByTitle.get("Development plans for every employee");
        personal(hannah, "Run development-plan workshops in every division", plans, Visibility.PUBLIC,
                List.of(kr("Workshops held", KeyResultType.MILESTONE, 0, 4, 3, null, 70),
                        kr("Employees with a plan", KeyResultType.PERCENTAGE, 10, 100, 58, null, 30)), true);
        personal(hannah, "Move HR records to the new system", plans, Visibility.PUBLIC,
                List.of(kr("Records migrated", KeyResultType.PERCENTAGE, 0, 100, 35, null, 100)), true);

        signIn("admin");
        long adrian = me("admin");
        personal(adrian, "Replace 120 laptops before the audit", goalByTitle.get("A laptop refresh for everyone"),
                Visibility.PUBLIC, List.of(kr("Laptops replaced", KeyResultType.NUMERIC, 0, 120, 85, null, 80),
                        kr("Budget spent", KeyResultType.CURRENCY, 0, 150000, 98000, "EUR", 20)), true);
    }

    /** The people of one unit (demo logins aside): most get one or two personal goals below their unit's goals. */
    private void peopleOf(OrgUnitNode unit, Map<Long, OrgUnitNode> unitsById) {
        String[][] templates = templatesFor(unit, unitsById);
        List<Long> parents = goalsOfUnit.getOrDefault(unit.id(), List.of());
        if (templates == null || parents.isEmpty()) {
            return;
        }
        for (PersonSummary p : people.members(unit.id(), 0, 500)) {
            String username = people.usernameOf(p.id()).orElse(null);
            if (username == null || List.of("ceo", "manager", "employee", "hr", "admin").contains(username)) {
                continue;
            }
            double r = random.nextDouble();
            int count = r < 0.2 ? 0 : r < 0.75 ? 1 : 2;
            if (count == 0) {
                continue;
            }
            signIn(username);
            int first = random.nextInt(templates.length);
            for (int i = 0; i < count; i++) {
                String[] t = templates[(first + i) % templates.length];
                double share = Math.min(1, 0.1 + random.nextDouble() * 1.0);
                boolean draft = random.nextDouble() < 0.06;
                Visibility visibility = random.nextDouble() < 0.06 ? Visibility.PRIVATE : Visibility.PUBLIC;
                personal(p.id(), t[0], parents.get(random.nextInt(parents.size())), visibility,
                        keyResults(t[1], draft ? 0 : share), !draft);
            }
        }
    }

    /** The personal goal ideas of the department this unit is in (or is); none for the company and divisions. */
    private static String[][] templatesFor(OrgUnitNode unit, Map<Long, OrgUnitNode> unitsById) {
        for (OrgUnitNode u = unit; u != null; u = u.parentId() == null ? null : unitsById.get(u.parentId())) {
            if (PERSONAL.containsKey(u.name())) {
                return PERSONAL.get(u.name());
            }
        }
        return null;
    }

    /** One or two key results, the first named after the goal's idea, with values {@code share} of the way. */
    private List<KeyResultDraft> keyResults(String name, double share) {
        List<KeyResultDraft> krs = new ArrayList<>();
        boolean second = random.nextBoolean();
        int weight = second ? 70 : 100;
        String lower = name.toLowerCase();
        if (lower.contains("rating")) {
            krs.add(kr(name, KeyResultType.NUMERIC, 4.1, 4.6, round(4.1 + 0.5 * share, 1), null, weight));
        } else if (lower.contains("revenue")) {
            krs.add(kr(name, KeyResultType.CURRENCY, 0, 400000, Math.round(400000 * share / 1000) * 1000, "EUR",
                    weight));
        } else if (lower.contains("share") || lower.contains("in time") || lower.contains("on time")
                || lower.contains("migrated") || lower.contains("within")) {
            krs.add(kr(name, KeyResultType.PERCENTAGE, 0, 100, Math.round(100 * share), null, weight));
        } else if (lower.contains("per week")) {
            krs.add(kr(name, KeyResultType.NUMERIC, 40, 20, Math.round(40 - 20 * share), null, weight));
        } else {
            int target = 3 + random.nextInt(8);
            krs.add(kr(name, KeyResultType.MILESTONE, 0, target, Math.round(target * share), null, weight));
        }
        if (second) {
            krs.add(kr("Reviewed and signed off by the team", KeyResultType.BINARY, 0, 1, share >= 1 ? 1 : 0, null,
                    30));
        }
        return krs;
    }

    private static double round(double value, int places) {
        return BigDecimal.valueOf(value).setScale(places, java.math.RoundingMode.HALF_UP).doubleValue();
    }

    private void collectUnits(Long parentId, Map<String, OrgUnitNode> byName, Map<Long, OrgUnitNode> byId) {
        for (OrgUnitNode u : people.childUnits(parentId, 0, 500)) {
            byName.putIfAbsent(u.name(), u);
            byId.put(u.id(), u);
            if (u.hasChildren()) {
                collectUnits(u.id(), byName, byId);
            }
        }
    }

    /** A unit goal planned and activated by whoever is signed in (the unit's head). */
    private long unitGoal(OrgUnitNode unit, String title, Long parentId, List<KeyResultDraft> krs) {
        GoalDetails g = service.create(new GoalDraft(GoalLevel.UNIT, title, null, unit.id(), null, parentId,
                List.of(), null, yearStart, yearEnd, Visibility.PUBLIC, krs, null));
        service.activate(g.id(), g.version());
        goalsOfUnit.computeIfAbsent(unit.id(), k -> new ArrayList<>()).add(g.id());
        created++;
        return g.id();
    }

    /**
     * A personal goal drafted by its owner (who is signed in); {@code active}: then activated as after the
     * manager's approval (see the class comment).
     */
    private GoalDetails personal(long owner, String title, Long parentId, Visibility visibility,
            List<KeyResultDraft> krs, boolean active) {
        GoalDetails g = service.create(new GoalDraft(GoalLevel.PERSONAL, title, null, null, owner, parentId,
                List.of(), null, halfStart, halfEnd, visibility, krs, null));
        created++;
        if (!active) {
            return g;
        }
        // the owner's manager submits it: a goal its approver submits is active at once (as at a sign-off meeting)
        var previous = SecurityContextHolder.getContext().getAuthentication();
        List<Long> managers = people.managerChain(owner);
        if (!managers.isEmpty()) {
            signIn(people.usernameOf(managers.get(0)).orElseThrow());
        }
        try {
            return service.submit(g.id(), g.version());
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private static KeyResultDraft kr(String name, KeyResultType type, double baseline, double target,
            double current, String unit, int weight) {
        return new KeyResultDraft(null, name, type, BigDecimal.valueOf(baseline).stripTrailingZeros(),
                BigDecimal.valueOf(target).stripTrailingZeros(), BigDecimal.valueOf(current).stripTrailingZeros(),
                unit, weight);
    }

    private long me(String username) {
        return people.findByUsername(username).map(PersonSummary::id).orElseThrow();
    }

    private void signIn(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
