package org.ladder.people.demo;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.ladder.base.security.Role;
import org.ladder.people.demo.OrgPlan.PersonSpec;
import org.ladder.people.demo.OrgPlan.UnitSpec;

/**
 * Builds a realistic organisation, deterministically: company, divisions, departments, teams, with a head for
 * every unit and people reporting up the tree. Around 120 people it uses a named structure with the demo logins
 * ({@code admin}, {@code hr}, {@code ceo}, {@code manager}, {@code employee}); for larger sizes (benchmarks) it
 * scales the same four levels with teams of about eight.
 */
public final class DemoOrganisationGenerator {

    public static final String DOMAIN = "brightwater.example";

    private static final String[] FIRST = {"Amara", "Ben", "Chloe", "Daniel", "Elif", "Felix", "Grace", "Hugo",
        "Isla", "Jonas", "Kira", "Liam", "Maya", "Noah", "Olivia", "Pedro", "Quinn", "Rosa", "Samir", "Tara",
        "Umar", "Vera", "Wei", "Ximena", "Yusuf", "Zoe", "Anika", "Bruno", "Carmen", "Dmitri", "Esther", "Farid",
        "Greta", "Hana", "Ivan", "Julia", "Kofi", "Lena", "Mateo", "Nadia", "Oscar", "Priya", "Rafael", "Sofia",
        "Tomas", "Uma", "Viktor", "Wanda", "Yara", "Zain"};
    private static final String[] LAST = {"Adams", "Becker", "Costa", "Dubois", "Evans", "Fischer", "Garcia",
        "Hansen", "Ibrahim", "Jensen", "Kowalski", "Larsen", "Moreau", "Nakamura", "Okafor", "Petrov", "Quist",
        "Rossi", "Schmidt", "Tanaka", "Usman", "Varga", "Weber", "Xu", "Yilmaz", "Zimmer", "Andersen", "Brennan",
        "Chen", "Dahl", "Eriksen", "Ferreira", "Gupta", "Horvat", "Ito", "Jovanovic", "Khan", "Lindqvist",
        "Mensah", "Novak", "Olsen", "Park", "Ramos", "Silva", "Takahashi", "Ueda", "Vogel", "Wagner", "Young",
        "Zhou"};

    /** Named structure for the demo: division → department → teams. */
    private static final Map<String, Map<String, String[]>> NAMED = new LinkedHashMap<>();

    static {
        Map<String, String[]> pe = new LinkedHashMap<>();
        pe.put("Platform", new String[] {"Core Services", "Infrastructure"});
        pe.put("Product Experience", new String[] {"Web App", "Mobile"});
        pe.put("Data", new String[] {"Analytics", "Data Engineering"});
        NAMED.put("Product & Engineering", pe);
        Map<String, String[]> gtm = new LinkedHashMap<>();
        gtm.put("Sales", new String[] {"Enterprise Sales", "SMB Sales"});
        gtm.put("Marketing", new String[] {"Brand", "Growth"});
        gtm.put("Customer Success", new String[] {"Onboarding", "Support"});
        NAMED.put("Go-to-Market", gtm);
        Map<String, String[]> ops = new LinkedHashMap<>();
        ops.put("Supply Chain", new String[] {"Procurement", "Logistics"});
        ops.put("IT", new String[] {"Workplace IT", "Security"});
        NAMED.put("Operations", ops);
        Map<String, String[]> pf = new LinkedHashMap<>();
        pf.put("People", new String[] {"HR Operations", "Talent"});
        pf.put("Finance", new String[] {"Accounting", "FP&A"});
        NAMED.put("People & Finance", pf);
    }

    private final Random random;
    private final List<UnitSpec> units = new ArrayList<>();
    private final List<PersonSpec> people = new ArrayList<>();
    private final Set<String> usernames = new HashSet<>();
    private int personSeq;

    private DemoOrganisationGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** The demo organisation with its demo logins, about {@code headcount} people (at least 100). */
    public static OrgPlan demo(int headcount) {
        return new DemoOrganisationGenerator(42).buildNamed(Math.max(headcount, 100));
    }

    /** A generated organisation of exactly {@code headcount} people (at least 10), for benchmarks. */
    public static OrgPlan scaled(int headcount, long seed) {
        if (headcount < 10) {
            throw new IllegalArgumentException("headcount must be at least 10");
        }
        return new DemoOrganisationGenerator(seed).buildScaled(headcount);
    }

    private OrgPlan buildNamed(int headcount) {
        String company = unit("U-CO", "Brightwater Ltd", null);
        PersonSpec ceo = login("ceo", "Catherine", "Okafor", "Chief Executive Officer", company, null,
                EnumSet.of(Role.LEADERSHIP, Role.MANAGER, Role.EMPLOYEE));
        setHead(company, ceo);

        int teams = NAMED.values().stream().mapToInt(m -> m.values().stream().mapToInt(a -> a.length).sum()).sum();
        int heads = 1 + NAMED.size() + NAMED.values().stream().mapToInt(Map::size).sum() + teams;
        int members = headcount - heads;
        int perTeam = members / teams;
        int extra = members % teams;

        int d = 0;
        for (var division : NAMED.entrySet()) {
            d++;
            String divId = unit("U-D" + d, division.getKey(), company);
            PersonSpec divHead = person(randomFirst(), randomLast(), "VP " + division.getKey(), divId, ceo,
                    EnumSet.of(Role.LEADERSHIP, Role.MANAGER, Role.EMPLOYEE));
            setHead(divId, divHead);
            int p = 0;
            for (var department : division.getValue().entrySet()) {
                p++;
                String depId = unit("U-D" + d + "-" + p, department.getKey(), divId);
                PersonSpec depHead = person(randomFirst(), randomLast(), "Head of " + department.getKey(), depId,
                        divHead, EnumSet.of(Role.MANAGER, Role.EMPLOYEE));
                setHead(depId, depHead);
                int t = 0;
                for (String team : department.getValue()) {
                    t++;
                    String teamId = unit("U-D" + d + "-" + p + "-" + t, team, depId);
                    int size = perTeam + (extra-- > 0 ? 1 : 0);
                    buildNamedTeam(team, teamId, depHead, size);
                }
            }
        }
        return new OrgPlan(List.copyOf(units), List.copyOf(people));
    }

    private void buildNamedTeam(String team, String teamId, PersonSpec depHead, int size) {
        PersonSpec lead;
        int first = 0;
        if (team.equals("Core Services")) {
            lead = login("manager", "Marco", "Rossi", "Engineering Manager", teamId, depHead,
                    EnumSet.of(Role.MANAGER, Role.EMPLOYEE));
            login("employee", "Emma", "Lindqvist", "Software Engineer", teamId, lead, EnumSet.of(Role.EMPLOYEE));
            first = 1;
            size = Math.max(size, 5);
        } else {
            lead = person(randomFirst(), randomLast(), "Team Lead, " + team, teamId, depHead,
                    EnumSet.of(Role.MANAGER, Role.EMPLOYEE));
        }
        setHead(teamId, lead);
        for (int i = first; i < size; i++) {
            if (team.equals("HR Operations") && i == 0) {
                login("hr", "Hannah", "Reyes", "HR Business Partner", teamId, lead, EnumSet.of(Role.HR, Role.EMPLOYEE));
            } else if (team.equals("Workplace IT") && i == 0) {
                login("admin", "Adrian", "Moreau", "Systems Administrator", teamId, lead,
                        EnumSet.of(Role.ADMIN, Role.EMPLOYEE));
            } else {
                person(randomFirst(), randomLast(), jobTitle(team), teamId, lead, EnumSet.of(Role.EMPLOYEE));
            }
        }
    }

    private OrgPlan buildScaled(int headcount) {
        int teamSize = 8; // members per team, plus the lead
        int teams = Math.max(1, (int) Math.ceil(headcount / (double) (teamSize + 1)));
        int departments = Math.max(1, (int) Math.ceil(teams / 6.0));
        int divisions = Math.max(1, (int) Math.ceil(departments / 6.0));
        String company = unit("U-CO", "Brightwater Ltd", null);
        PersonSpec ceo = person(randomFirst(), randomLast(), "Chief Executive Officer", company, null,
                EnumSet.of(Role.LEADERSHIP, Role.MANAGER, Role.EMPLOYEE));
        setHead(company, ceo);
        int remaining = headcount - 1;
        List<String> divIds = new ArrayList<>();
        List<PersonSpec> divHeads = new ArrayList<>();
        for (int d = 1; d <= divisions && remaining > 0; d++, remaining--) {
            String id = unit("U-D" + d, "Division " + d, company);
            PersonSpec head = person(randomFirst(), randomLast(), "VP Division " + d, id, ceo,
                    EnumSet.of(Role.LEADERSHIP, Role.MANAGER, Role.EMPLOYEE));
            setHead(id, head);
            divIds.add(id);
            divHeads.add(head);
        }
        List<String> depIds = new ArrayList<>();
        List<PersonSpec> depHeads = new ArrayList<>();
        for (int p = 0; p < departments && remaining > 0; p++, remaining--) {
            int d = p % divIds.size();
            String id = unit(divIds.get(d) + "-" + (p / divIds.size() + 1), "Department " + (p + 1), divIds.get(d));
            PersonSpec head = person(randomFirst(), randomLast(), "Head of Department " + (p + 1), id,
                    divHeads.get(d), EnumSet.of(Role.MANAGER, Role.EMPLOYEE));
            setHead(id, head);
            depIds.add(id);
            depHeads.add(head);
        }
        List<String> teamIds = new ArrayList<>();
        List<PersonSpec> leads = new ArrayList<>();
        for (int t = 0; t < teams && remaining > 0; t++, remaining--) {
            int p = t % depIds.size();
            String id = unit(depIds.get(p) + "-" + (t / depIds.size() + 1), "Team " + (t + 1), depIds.get(p));
            PersonSpec lead = person(randomFirst(), randomLast(), "Team Lead", id, depHeads.get(p),
                    EnumSet.of(Role.MANAGER, Role.EMPLOYEE));
            setHead(id, lead);
            teamIds.add(id);
            leads.add(lead);
        }
        for (int i = 0; remaining > 0; i++, remaining--) {
            int t = i % teamIds.size();
            person(randomFirst(), randomLast(), "Specialist", teamIds.get(t), leads.get(t), EnumSet.of(Role.EMPLOYEE));
        }
        return new OrgPlan(List.copyOf(units), List.copyOf(people));
    }

    private String unit(String externalId, String name, String parent) {
        units.add(new UnitSpec(externalId, name, parent, null));
        return externalId;
    }

    private void setHead(String unitId, PersonSpec head) {
        for (int i = 0; i < units.size(); i++) {
            UnitSpec u = units.get(i);
            if (u.externalId().equals(unitId)) {
                units.set(i, new UnitSpec(u.externalId(), u.name(), u.parentExternalId(), head.externalId()));
                return;
            }
        }
    }

    private PersonSpec login(String username, String first, String last, String title, String unit,
            PersonSpec manager, Set<Role> roles) {
        usernames.add(username);
        String email = first.toLowerCase(Locale.ROOT) + "." + last.toLowerCase(Locale.ROOT) + "@" + DOMAIN;
        return add(username, email, first, last, title, unit, manager, roles);
    }

    private PersonSpec person(String first, String last, String title, String unit, PersonSpec manager,
            Set<Role> roles) {
        String base = (first + "." + last).toLowerCase(Locale.ROOT);
        String username = base;
        for (int n = 2; usernames.contains(username); n++) {
            username = base + n;
        }
        usernames.add(username);
        return add(username, username + "@" + DOMAIN, first, last, title, unit, manager, roles);
    }

    private PersonSpec add(String username, String email, String first, String last, String title, String unit,
            PersonSpec manager, Set<Role> roles) {
        personSeq++;
        PersonSpec spec = new PersonSpec(String.format(Locale.ROOT, "P%06d", personSeq), username, email, first,
                last, title, unit, manager == null ? null : manager.externalId(), roles);
        people.add(spec);
        return spec;
    }

    private String randomFirst() {
        return FIRST[random.nextInt(FIRST.length)];
    }

    private String randomLast() {
        return LAST[random.nextInt(LAST.length)];
    }

    private String jobTitle(String team) {
        String[] levels = {"Associate", "Specialist", "Senior Specialist", "Analyst", "Coordinator"};
        return levels[random.nextInt(levels.length)] + ", " + team;
    }
}
