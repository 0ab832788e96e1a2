package th.or.dga.dgtidesk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.TestCenters;
import th.or.dga.dgtidesk.people.PersonListItem;

class DemoDataGeneratorTest {

    @TempDir
    Path folder;

    private DemoSummary generate(Path file, long seed) {
        try (CenterContext context = TestCenters.emptyCenter(file)) {
            return new DemoDataGenerator(context.database().transactions(), TestCenters.CLOCK)
                    .generate(DemoScale.SMALL, seed, DemoProgress.NONE);
        }
    }

    private static int count(DSLContext dsl, String sql) {
        return dsl.fetchOne(sql).get(0, Integer.class);
    }

    private static Object value(DSLContext dsl, String sql) {
        return dsl.fetchOne(sql).get(0);
    }

    private List<String> sample(Path file) {
        try (CenterContext context = TestCenters.emptyCenter(file)) {
            return context.database().dsl().fetch("SELECT id || first_name_th || coalesce(email, '') FROM person"
                    + " ORDER BY id LIMIT 20").getValues(0, String.class);
        }
    }

    @Test
    void theSameSeedGivesTheSameDataAndAnotherSeedOtherData() {
        Path a = folder.resolve("a");
        Path b = folder.resolve("b");
        Path c = folder.resolve("c");
        DemoSummary first = generate(a, 7);
        DemoSummary second = generate(b, 7);
        generate(c, 8);
        assertThat(second.rowsByTable()).isEqualTo(first.rowsByTable());
        assertThat(sample(b)).isEqualTo(sample(a));
        assertThat(sample(c)).isNotEqualTo(sample(a));
        assertThat(first.rowsByTable()).containsEntry("person", 300).containsEntry("registration", 900)
                .containsEntry("workshop", 40).containsEntry("solution_match", 90);
    }

    @Test
    void theDataFollowsTheRulesAndIsFindable() {
        generate(folder, 2569);
        try (CenterContext context = TestCenters.emptyCenter(folder)) {
            DSLContext dsl = context.database().dsl();
            assertThat(context.centerService().center()).isPresent();
            assertThat(dsl.fetch("PRAGMA foreign_key_check")).isEmpty();
            // No workshop has more seats taken than its capacity.
            assertThat(count(dsl, "SELECT count(*) FROM workshop w WHERE w.capacity IS NOT NULL AND w.capacity <"
                    + " (SELECT count(*) FROM registration r WHERE r.workshop_id = w.id"
                    + " AND r.status IN ('registered', 'attended', 'no_show'))")).isZero();
            // Waiting lists run 1..n without gaps, and only where the workshop is full.
            assertThat(count(dsl, "SELECT count(*) FROM (SELECT workshop_id, max(waitlist_position) m, count(*) n"
                    + " FROM registration WHERE status = 'waitlisted' GROUP BY workshop_id) WHERE m <> n")).isZero();
            assertThat(count(dsl, "SELECT count(*) FROM registration r JOIN workshop w ON w.id = r.workshop_id"
                    + " WHERE r.status = 'waitlisted' AND (w.capacity IS NULL OR w.capacity > (SELECT count(*)"
                    + " FROM registration s WHERE s.workshop_id = w.id"
                    + " AND s.status IN ('registered', 'attended', 'no_show')))")).isZero();
            double attendance = ((Number) value(dsl, "SELECT 1.0 * sum(status = 'attended') / sum(status IN"
                    + " ('attended', 'no_show')) FROM registration")).doubleValue();
            assertThat(attendance).isBetween(0.7, 0.9);
            // Every stage appears, and each match's history ends at its current stage.
            assertThat(dsl.fetch("SELECT DISTINCT stage FROM solution_match").getValues(0, String.class))
                    .containsExactlyInAnyOrder("proposed", "introduced", "in_discussion", "pilot", "adopted",
                            "declined", "parked");
            assertThat(count(dsl, "SELECT count(*) FROM solution_match m WHERE m.stage <> (SELECT h.to_stage"
                    + " FROM match_stage_change h WHERE h.match_id = m.id ORDER BY h.changed_at DESC,"
                    + " h.rowid DESC LIMIT 1)")).isZero();
            // A piece from the middle of a generated Thai name is found.
            PersonListItem someone = context.peopleQueries().sortedPage(150, 1).get(0);
            String piece = someone.lastNameTh().substring(1, Math.min(someone.lastNameTh().length(), 5));
            assertThat(context.peopleQueries().search(piece, 500)).extracting(PersonListItem::id)
                    .contains(someone.id());
        }
    }

    @Test
    void aCancelledRunLeavesNothingBehind() {
        try (CenterContext context = TestCenters.emptyCenter(folder)) {
            DemoDataGenerator generator = new DemoDataGenerator(context.database().transactions(), TestCenters.CLOCK);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> generator.generate(DemoScale.SMALL, 1,
                    (done, total, step) -> {
                        if (done == 5) {
                            throw new java.util.concurrent.CancellationException();
                        }
                    })).isInstanceOf(java.util.concurrent.CancellationException.class);
            DSLContext dsl = context.database().dsl();
            assertThat(count(dsl, "SELECT count(*) FROM person")).isZero();
            assertThat(count(dsl, "SELECT count(*) FROM registration")).isZero();
            assertThat(count(dsl, "SELECT count(*) FROM center")).isZero();
        }
    }
}
