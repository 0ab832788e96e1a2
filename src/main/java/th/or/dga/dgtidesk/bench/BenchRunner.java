package th.or.dga.dgtidesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.db.Database;
import th.or.dga.dgtidesk.demo.DemoDataGenerator;
import th.or.dga.dgtidesk.demo.DemoProgress;
import th.or.dga.dgtidesk.demo.DemoScale;
import th.or.dga.dgtidesk.demo.DemoSummary;
import th.or.dga.dgtidesk.people.PeopleQueries;
import th.or.dga.dgtidesk.people.PersonListItem;
import th.or.dga.dgtidesk.search.SearchRepository;
import th.or.dga.dgtidesk.search.SearchTarget;

/**
 * Builds a throw-away center with the demo generator and times each hot path next to its floor.
 * Later issues add their paths here; the national run must stay within 10 minutes.
 */
public final class BenchRunner {

    private static final int WARM_UP = 30;
    private static final int SAMPLES = 300;

    private final Path workFolder;
    private final Clock clock;
    private final Consumer<String> progress;

    public BenchRunner(Path workFolder, Clock clock, Consumer<String> progress) {
        this.workFolder = workFolder;
        this.clock = clock;
        this.progress = progress;
    }

    /** Every entry. */
    public List<BenchResult> run(DemoScale scale, long seed) throws Exception {
        return run(scale, seed, name -> true);
    }

    /**
     * The entries whose names {@code wanted} accepts (the data is generated and the file opened either way:
     * {@code generate-…} and {@code open-db} are always measured).
     */
    public List<BenchResult> run(DemoScale scale, long seed, Predicate<String> wanted) throws Exception {
        Files.createDirectories(workFolder);
        Path file = workFolder.resolve("bench.db");
        List<BenchResult> results = new ArrayList<>();
        try {
            results.add(generate(file, scale, seed));
            results.add(openDb(file));
            try (Database database = Database.openForWriting(file, workFolder.resolve("backups"), clock);
                 CenterContext context = new CenterContext(database, clock);
                 Connection floor = Floors.connect(file)) {
                measure(results, wanted, "people-sorted-page", () -> sortedPage(context.peopleQueries(), floor));
                measure(results, wanted, "people-search", () -> search(context.peopleQueries(), floor, seed));
                progress.accept("workshop paths");
                WorkshopBench workshops = new WorkshopBench(context, floor, seed);
                measure(results, wanted, "workshop-detail", () -> workshops.detail(WARM_UP, SAMPLES));
                measure(results, wanted, "register", () -> workshops.register(200));
                measure(results, wanted, "cancel-promote", () -> workshops.cancelPromote(150));
                measure(results, wanted, "checkin-code", () -> workshops.checkinCode(WARM_UP, SAMPLES));
                measure(results, wanted, "checkin-name", () -> workshops.checkinName(WARM_UP, SAMPLES));
                progress.accept("people paths");
                PeopleBench people = new PeopleBench(context, floor, seed);
                measure(results, wanted, "global-search",
                        () -> people.globalSearch(searchQueries(context.peopleQueries(), seed), WARM_UP, SAMPLES));
                measure(results, wanted, "person-page", () -> people.personPage(WARM_UP, SAMPLES));
                measure(results, wanted, "duplicate-scan", () -> people.duplicateScan(3));
                measure(results, wanted, "merge", () -> people.merge(10));
                progress.accept("kpi and report paths");
                ReportBench reports = new ReportBench(context, floor, workFolder);
                measure(results, wanted, "kpi-fiscal-year", () -> reports.kpiFiscalYear(10, 100));
                // A workbook takes hundreds of milliseconds (the largest many seconds): fewer samples.
                measure(results, wanted, "weekly-report", () -> reports.weeklyReport(2, 10));
                measure(results, wanted, "participants-sheet", () -> reports.participantsSheet(3));
                progress.accept("matching paths");
                MatchingBench matching = new MatchingBench(context, floor, seed);
                measure(results, wanted, "match-suggestions", () -> matching.suggestions(10, 100));
                measure(results, wanted, "pipeline-board", () -> matching.board(WARM_UP, SAMPLES));
                measure(results, wanted, "overdue-actions", () -> matching.overdue(WARM_UP, SAMPLES));
                progress.accept("import paths");
                ImportBench imports = new ImportBench(context, floor, workFolder.resolve("import"), seed);
                measure(results, wanted, "preview-10k", () -> imports.preview(5, 20));
                // Each sample writes 10,000 rows (several seconds): few samples.
                measure(results, wanted, "import-10k", () -> imports.commit(3));
            }
        } finally {
            deleteRecursively(workFolder);
        }
        return results;
    }

    private interface Entry {
        BenchResult run() throws Exception;
    }

    private static void measure(List<BenchResult> results, Predicate<String> wanted, String name, Entry entry)
            throws Exception {
        if (!wanted.test(name)) {
            return;
        }
        BenchResult result = entry.run();
        if (!result.name().equals(name)) {
            throw new IllegalStateException("bench entry " + name + " reported itself as " + result.name());
        }
        results.add(result);
    }

    private BenchResult generate(Path file, DemoScale scale, long seed) throws SQLException {
        progress.accept("generate-" + scale.code());
        Samples samples = new Samples(1);
        DemoSummary[] summary = new DemoSummary[1];
        samples.time(() -> {
            try (Database database = Database.openForWriting(file, workFolder.resolve("backups"), clock)) {
                summary[0] = new DemoDataGenerator(database.transactions(), clock).generate(scale, seed,
                        DemoProgress.NONE);
            }
        });
        Samples floor = new Samples(1);
        Path floorFile = workFolder.resolve("floor.db");
        floor.time(() -> Floors.bulkInsert(floorFile, summary[0].totalRows()));
        return new BenchResult("generate-" + scale.code(), samples.median(), samples.p95(), floor.p95(), 1,
                scale == DemoScale.NATIONAL ? 60_000.0 : null,
                "plain JDBC batch insert of the same number of rows (" + summary[0].totalRows() + ") into one table");
    }

    private BenchResult openDb(Path file) throws SQLException {
        progress.accept("open-db");
        Samples samples = new Samples(10);
        Samples floor = new Samples(10);
        for (int i = 0; i < 10; i++) {
            samples.time(() -> {
                try (Database database = Database.openForWriting(file, workFolder.resolve("backups"), clock);
                     CenterContext context = new CenterContext(database, clock)) {
                    context.centerService().center();
                }
            });
            floor.time(() -> Floors.openAndQuery(file));
        }
        return new BenchResult("open-db", samples.median(), samples.p95(), floor.p95(), samples.count(), null,
                "plain JDBC connection and one query, no checks or migrations");
    }

    private BenchResult sortedPage(PeopleQueries people, Connection floorConnection) throws SQLException {
        progress.accept("people-sorted-page");
        Samples samples = new Samples(SAMPLES);
        Samples floor = new Samples(SAMPLES);
        try (PreparedStatement statement = floorConnection.prepareStatement(Floors.SORTED_PAGE)) {
            for (int i = 0; i < WARM_UP; i++) {
                people.sortedPage(0, 100);
                Floors.drain(statement);
            }
            for (int i = 0; i < SAMPLES; i++) {
                samples.time(() -> people.sortedPage(0, 100));
                floor.time(() -> Floors.drain(statement));
            }
        }
        return new BenchResult("people-sorted-page", samples.median(), samples.p95(), floor.p95(), SAMPLES, 20.0,
                "the same query by plain JDBC");
    }

    private BenchResult search(PeopleQueries people, Connection floorConnection, long seed) throws SQLException {
        progress.accept("people-search");
        List<String> queries = searchQueries(people, seed);
        Samples samples = new Samples(SAMPLES);
        Samples floor = new Samples(SAMPLES);
        SearchTarget person = SearchTarget.PERSON;
        try (PreparedStatement headNames = floorConnection.prepareStatement(SearchRepository.headSql(person, false));
             PreparedStatement headBody = floorConnection.prepareStatement(SearchRepository.headSql(person, true));
             PreparedStatement index = floorConnection.prepareStatement(SearchRepository.indexSql(person));
             PreparedStatement scan = floorConnection.prepareStatement(SearchRepository.scanSql(person))) {
            for (int i = 0; i < WARM_UP + SAMPLES; i++) {
                String query = queries.get(i % queries.size());
                boolean measured = i >= WARM_UP;
                Samples.ThrowingRunnable app = () -> people.search(query, 100);
                // The same statements on a bare connection: no pool, no jOOQ, no second query for the rows.
                Samples.ThrowingRunnable plain = () -> {
                    boolean trigram = SearchRepository.usesIndex(query);
                    if (!trigram && query.codePoints().noneMatch(Character::isLetter)) {
                        return;
                    }
                    PreparedStatement head = trigram ? headBody : headNames;
                    head.setInt(1, SearchRepository.HEAD);
                    head.setString(2, SearchRepository.likePattern(query));
                    head.setInt(3, 100);
                    if (Floors.drain(head) < 100) {
                        PreparedStatement rest = trigram ? index : scan;
                        rest.setString(1, trigram ? SearchRepository.phrase(query) : SearchRepository.likePattern(query));
                        rest.setInt(2, 100);
                        Floors.drain(rest);
                    }
                };
                if (measured) {
                    samples.time(app);
                    floor.time(plain);
                } else {
                    app.run();
                    plain.run();
                }
            }
        } catch (SQLException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return new BenchResult("people-search", samples.median(), samples.p95(), floor.p95(), SAMPLES, 20.0,
                "the same head-scan / FTS5 / scan statements by plain JDBC, ids only");
    }

    /** 1–10 character pieces of Thai names and Latin e-mails of people in the file, mixed. */
    private static List<String> searchQueries(PeopleQueries people, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<PersonListItem> sample = people.sortedPage(0, 2000);
        List<String> queries = new ArrayList<>();
        for (int i = 0; queries.size() < 200 && i < 10_000; i++) {
            PersonListItem person = sample.get(random.nextInt(sample.size()));
            String source = switch (random.nextInt(3)) {
                case 0 -> person.firstNameTh();
                case 1 -> person.lastNameTh();
                default -> person.email();
            };
            if (source == null || source.isEmpty()) {
                continue;
            }
            int length = 1 + random.nextInt(Math.min(10, source.length()));
            int start = random.nextInt(source.length() - length + 1);
            String piece = source.substring(start, start + length).strip();
            if (!piece.isEmpty() && !piece.contains("%") && !piece.contains("_")) {
                queries.add(piece);
            }
        }
        return queries;
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
