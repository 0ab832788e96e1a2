package th.or.dga.dgtidesk.demo;

import java.util.Locale;

/** How much demo data to make: the demo center, or a national-size center for benchmarks. */
public enum DemoScale {
    SMALL(300, 60, 40, 900, 40, 60, 80, 50, 90),
    NATIONAL(50_000, 5_000, 3_000, 250_000, 5_000, 8_000, 20_000, 10_000, 30_000);

    final int people;
    final int organizations;
    final int workshops;
    final int registrations;
    final int innovators;
    final int solutions;
    final int consultations;
    final int needs;
    final int matches;

    DemoScale(int people, int organizations, int workshops, int registrations, int innovators, int solutions,
            int consultations, int needs, int matches) {
        this.people = people;
        this.organizations = organizations;
        this.workshops = workshops;
        this.registrations = registrations;
        this.innovators = innovators;
        this.solutions = solutions;
        this.consultations = consultations;
        this.needs = needs;
        this.matches = matches;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
