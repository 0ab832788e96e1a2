package th.or.dga.dgtidesk.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.common.Ids;
import th.or.dga.dgtidesk.people.NewPerson;
import th.or.dga.dgtidesk.people.PersonFields;
import th.or.dga.dgtidesk.search.SearchRepository;
import th.or.dga.dgtidesk.search.SearchTarget;

/**
 * The people paths of the roster issue: global search over every kind, a person's page with all
 * links, the whole-database duplicate scan, and merging two people with 100 links each time.
 */
final class PeopleBench {

    private static final String[] PAGE_QUERIES = {
        "SELECT p.*, o.name_th FROM person p LEFT JOIN organization o ON o.id = p.organization_id WHERE p.id = ?",
        "SELECT w.id, w.code, w.title_th, w.starts_at, r.status, r.checked_in_at FROM registration r"
                + " JOIN workshop w ON w.id = r.workshop_id WHERE r.person_id = ? ORDER BY w.starts_at DESC",
        "SELECT c.id, c.held_at, c.kind, c.subject FROM consultation_person cp JOIN consultation c"
                + " ON c.id = cp.consultation_id WHERE cp.person_id = ? ORDER BY c.held_at DESC",
        "SELECT id, name, roster_status, contact_person_id FROM innovator WHERE person_id = ?1"
                + " OR contact_person_id = ?1 ORDER BY sort_key",
        "SELECT id, title, status, received_on FROM agency_need WHERE contact_person_id = ? ORDER BY received_on DESC",
        "SELECT kind, purposes, notice_version, occurred_at, source FROM consent WHERE person_id = ?"
                + " ORDER BY occurred_at, created_at"};
    private static final String KEYS = "SELECT id, title_prefix, first_name_th, last_name_th, email, phone,"
            + " organization_id FROM person WHERE merged_into_id IS NULL";
    private static final int LINKS = 100;

    private final CenterContext context;
    private final Connection floor;
    private final SplittableRandom random;

    PeopleBench(CenterContext context, Connection floor, long seed) {
        this.context = context;
        this.floor = floor;
        this.random = new SplittableRandom(seed);
        context.staffService().actAsFirstAdmin();
    }

    BenchResult globalSearch(List<String> queries, int warmUp, int count) throws SQLException {
        Samples samples = new Samples(count);
        Samples plain = new Samples(count);
        List<PreparedStatement[]> statements = new ArrayList<>();
        try {
            for (SearchTarget target : SearchTarget.values()) {
                statements.add(new PreparedStatement[] {
                    floor.prepareStatement(SearchRepository.headSql(target, false)),
                    floor.prepareStatement(SearchRepository.quickIndexSql(target))});
            }
            for (int i = 0; i < warmUp + count; i++) {
                String query = queries.get(i % queries.size());
                Samples.measure(i >= warmUp, samples, () -> context.globalSearch().find(query, 5), plain,
                        () -> statements.forEach(s -> idsOnly(s, query)));
            }
        } finally {
            for (PreparedStatement[] set : statements) {
                for (PreparedStatement statement : set) {
                    statement.close();
                }
            }
        }
        return new BenchResult("global-search", samples.median(), samples.p95(), plain.p95(), count, 30.0,
                "the same FTS5 / short head-scan statements for all seven kinds by plain JDBC, ids only");
    }

    /** The floor of one kind: the statement the type-ahead would run, without the rows' titles. */
    private static void idsOnly(PreparedStatement[] set, String query) {
        try {
            if (SearchRepository.usesIndex(query)) {
                set[1].setString(1, SearchRepository.phrase(query));
                set[1].setInt(2, SearchRepository.QUICK_HITS);
                set[1].setInt(3, 5);
                Floors.drain(set[1]);
            } else if (query.codePoints().anyMatch(Character::isLetter)) {
                set[0].setInt(1, SearchRepository.QUICK_HEAD);
                set[0].setString(2, SearchRepository.likePattern(query));
                set[0].setInt(3, 5);
                Floors.drain(set[0]);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The person with the most registrations: the fullest page there is. */
    BenchResult personPage(int warmUp, int count) throws SQLException {
        String personId;
        try (PreparedStatement busiest = floor.prepareStatement("SELECT person_id FROM registration"
                + " GROUP BY person_id ORDER BY count(*) DESC LIMIT 1"); ResultSet row = busiest.executeQuery()) {
            row.next();
            personId = row.getString(1);
        }
        Samples samples = new Samples(count);
        Samples plain = new Samples(count);
        List<PreparedStatement> statements = new ArrayList<>();
        try {
            for (String sql : PAGE_QUERIES) {
                PreparedStatement statement = floor.prepareStatement(sql);
                statement.setString(1, personId);
                statements.add(statement);
            }
            for (int i = 0; i < warmUp + count; i++) {
                Samples.measure(i >= warmUp, samples, () -> {
                    context.personService().fields(personId);
                    context.personService().links(personId);
                }, plain, () -> {
                    for (PreparedStatement statement : statements) {
                        Floors.drain(statement);
                    }
                });
            }
        } finally {
            for (PreparedStatement statement : statements) {
                statement.close();
            }
        }
        return new BenchResult("person-page", samples.median(), samples.p95(), plain.p95(), count, 50.0,
                "the same six queries by plain JDBC");
    }

    BenchResult duplicateScan(int count) throws SQLException {
        Samples samples = new Samples(count);
        Samples plain = new Samples(count);
        try (PreparedStatement keys = floor.prepareStatement(KEYS)) {
            for (int i = 0; i < count; i++) {
                Samples.measure(true, samples, () -> context.duplicateService().scanPeople(), plain,
                        () -> Floors.drain(keys));
            }
        }
        return new BenchResult("duplicate-scan", samples.median(), samples.p95(), plain.p95(), count, 10_000.0,
                "reading the compared columns of every person by plain JDBC (no comparing)");
    }

    /**
     * Each sample merges a fresh pair whose merged-away person has 100 registrations; the floor
     * moves the same 100 rows and marks the person merged in one plain transaction.
     */
    BenchResult merge(int count) throws SQLException {
        List<String> workshops = new ArrayList<>();
        try (PreparedStatement all = floor.prepareStatement("SELECT id FROM workshop LIMIT " + LINKS);
             ResultSet rows = all.executeQuery()) {
            while (rows.next()) {
                workshops.add(rows.getString(1));
            }
        }
        Samples samples = new Samples(count);
        Samples plain = new Samples(count);
        for (int i = 0; i < count; i++) {
            String[] appPair = pairWithLinks(workshops, "a" + i);
            String[] floorPair = pairWithLinks(workshops, "f" + i);
            PersonFields kept = context.personService().fields(appPair[0]).orElseThrow();
            Samples.measure(true, samples, () -> context.mergeService().mergePeople(kept, appPair[1]), plain,
                    () -> plainMerge(floorPair[0], floorPair[1]));
        }
        return new BenchResult("merge", samples.median(), samples.p95(), plain.p95(), count, 100.0,
                "one plain JDBC transaction moving the same 100 registrations and marking the person merged");
    }

    /** Two people; the second registered (as attended) for {@code workshops}. */
    private String[] pairWithLinks(List<String> workshops, String tag) throws SQLException {
        String keep = context.personService().create(new NewPerson(null, "ทดสอบรวม" + tag, "คนแรก",
                "keep-" + tag + "-" + random.nextInt(1_000_000) + "@bench.example", null, null, null)).id();
        String remove = context.personService().create(new NewPerson(null, "ทดสอบรวม" + tag, "คนสอง",
                "remove-" + tag + "-" + random.nextInt(1_000_000) + "@bench.example", null, null, null)).id();
        // Written as jOOQ writes TIMESTAMP(3), so the other paths read these rows like any other.
        String now = LocalDateTime.now().format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS"));
        try (PreparedStatement insert = floor.prepareStatement("INSERT INTO registration (id, workshop_id,"
                + " person_id, status, registered_at, source, checkin_code, created_at, updated_at)"
                + " VALUES (?, ?, ?, 'attended', ?, 'manual', ?, ?, ?)")) {
            for (String workshop : workshops) {
                insert.setString(1, Ids.newId());
                insert.setString(2, workshop);
                insert.setString(3, remove);
                insert.setString(4, now);
                insert.setString(5, "Z" + Long.toString(random.nextLong(36L * 36 * 36 * 36 * 36), 36).toUpperCase());
                insert.setString(6, now);
                insert.setString(7, now);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return new String[] {keep, remove};
    }

    private void plainMerge(String keep, String remove) throws SQLException {
        boolean auto = floor.getAutoCommit();
        floor.setAutoCommit(false);
        try (PreparedStatement move = floor.prepareStatement("UPDATE registration SET person_id = ? WHERE person_id = ?");
             PreparedStatement mark = floor.prepareStatement("UPDATE person SET merged_into_id = ? WHERE id = ?")) {
            move.setString(1, keep);
            move.setString(2, remove);
            move.executeUpdate();
            mark.setString(1, keep);
            mark.setString(2, remove);
            mark.executeUpdate();
            floor.commit();
        } finally {
            floor.setAutoCommit(auto);
        }
    }
}
