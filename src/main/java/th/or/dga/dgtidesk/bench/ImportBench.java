package th.or.dga.dgtidesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.common.Messages;
import th.or.dga.dgtidesk.common.ProgressMonitor;
import th.or.dga.dgtidesk.common.ThaiText;
import th.or.dga.dgtidesk.common.Times;
import th.or.dga.dgtidesk.importing.ImportKind;
import th.or.dga.dgtidesk.importing.ImportPreview;
import th.or.dga.dgtidesk.importing.ImportReport;
import th.or.dga.dgtidesk.importing.ImportRequest;
import th.or.dga.dgtidesk.importing.ImportService;
import th.or.dga.dgtidesk.importing.RowOutcome;
import th.or.dga.dgtidesk.importing.RowResult;
import th.or.dga.dgtidesk.importing.RowValues;
import th.or.dga.dgtidesk.importing.SeatOutcome;
import th.or.dga.dgtidesk.importing.SourceTable;
import th.or.dga.dgtidesk.people.Organization;
import th.or.dga.dgtidesk.people.PersonListItem;
import th.or.dga.dgtidesk.workshop.Workshop;
import th.or.dga.dgtidesk.workshop.WorkshopKind;
import th.or.dga.dgtidesk.workshop.WorkshopStatus;

/**
 * Importing a 10,000-row form export into the generated center: the whole commit (reading the
 * file, planning every row against the database, writing) next to a bare JDBC batch insert of the
 * same rows it wrote (organizations, people, consents, registrations, answers, values prepared
 * beforehand); and the preview a coordinator waits for after choosing a file (read, map, plan).
 */
final class ImportBench {

    static final int ROWS = 10_000;
    private static final Messages MESSAGES = Messages.ofLanguage("th");

    private final CenterContext context;
    private final ImportService imports;
    private final Connection floor;
    private final Path folder;
    private final long seed;
    private final List<PersonListItem> known;
    private final List<Organization> organizations;
    private int batch;

    ImportBench(CenterContext context, Connection floor, Path folder, long seed) {
        this.context = context;
        this.imports = context.importService();
        this.floor = floor;
        this.folder = folder;
        this.seed = seed;
        this.known = context.peopleQueries().sortedPage(0, 2_000);
        this.organizations = context.organizationService().list(null);
    }

    BenchResult preview(int warmUp, int count) throws Exception {
        Path file = exportFile();
        Workshop workshop = workshop();
        Samples samples = new Samples(count);
        Samples plain = new Samples(count);
        for (int i = 0; i < warmUp + count; i++) {
            Samples.measure(i >= warmUp, samples, () -> preview(file, workshop), plain, () -> parse(file));
        }
        return new BenchResult("preview-10k", samples.median(), samples.p95(), plain.p95(), count, 1_000.0,
                "reading the same file with commons-csv alone (the target is absolute: p95 ≤ 1 s)");
    }

    /** The least a preview costs: the file read and split into rows, nothing checked or looked up. */
    private static void parse(Path file) throws Exception {
        try (var parser = org.apache.commons.csv.CSVParser.parse(file, java.nio.charset.StandardCharsets.UTF_8,
                org.apache.commons.csv.CSVFormat.RFC4180)) {
            for (var record : parser) {
                record.get(0);
            }
        }
    }

    private ImportPreview preview(Path file, Workshop workshop) {
        SourceTable table = imports.read(file, null);
        return imports.preview(new ImportRequest(ImportKind.REGISTRATIONS, workshop.id(), table,
                imports.mapping(ImportKind.REGISTRATIONS, table, null), null));
    }

    BenchResult commit(int count) throws Exception {
        Samples samples = new Samples(count);
        Samples plain = new Samples(count);
        for (int i = 0; i < count; i++) {
            Path file = exportFile();
            Workshop workshop = workshop();
            ImportReport[] report = new ImportReport[1];
            samples.time(() -> {
                SourceTable table = imports.read(file, null);
                report[0] = imports.commit(new ImportRequest(ImportKind.REGISTRATIONS, workshop.id(), table,
                        imports.mapping(ImportKind.REGISTRATIONS, table, null), null), MESSAGES, ProgressMonitor.NONE);
            });
            FloorRows rows = new FloorRows(report[0].preview(), workshop());
            plain.time(rows::insert);
        }
        return new BenchResult("import-10k", samples.median(), samples.p95(), plain.p95(), count, null,
                "bare JDBC batch insert of the rows the import wrote (target: ratio ≤ 2)");
    }

    private Path exportFile() throws Exception {
        Files.createDirectories(folder);
        Path file = folder.resolve("form-export-" + batch + ".csv");
        Files.write(file, FormExport.csv(ROWS, batch++, seed, known, organizations));
        return file;
    }

    private Workshop workshop() {
        Workshop draft = new Workshop(null, "IMP-" + UUID.randomUUID().toString().substring(0, 8),
                "สัมมนานำเข้า 10,000 คน", null, WorkshopKind.TRAINING, LocalDateTime.of(2026, 12, 1, 9, 0),
                LocalDateTime.of(2026, 12, 1, 16, 0), "หอประชุม", 8_000, null, null, null);
        Workshop workshop = context.workshopService().create(draft);
        return context.workshopService().changeStatus(workshop.id(), WorkshopStatus.OPEN);
    }

    /** The rows one import wrote, as plain values ready to bind (computing them is not timed). */
    private final class FloorRows {
        private final List<Object[]> organizationRows = new ArrayList<>();
        private final List<Object[]> people = new ArrayList<>();
        private final List<Object[]> consents = new ArrayList<>();
        private final List<Object[]> registrations = new ArrayList<>();
        private final List<Object[]> answers = new ArrayList<>();

        FloorRows(ImportPreview preview, Workshop workshop) {
            String now = "2026-11-25 02:00:00.000";
            Map<String, String> newOrganizations = new HashMap<>();
            int code = 0;
            for (RowResult result : preview.results()) {
                if (result.outcome() != RowOutcome.NEW && result.outcome() != RowOutcome.EXISTING) {
                    continue;
                }
                RowValues v = result.values();
                String personId = UUID.randomUUID().toString();
                if (result.outcome() == RowOutcome.NEW) {
                    String organizationId = v.organization() == null ? null
                            : newOrganizations.computeIfAbsent(v.organization(), name -> {
                                String id = UUID.randomUUID().toString();
                                organizationRows.add(new Object[] {id, name, "other", ThaiText.sortKey(name), now});
                                return id;
                            });
                    people.add(new Object[] {personId, v.prefix(), v.firstName(), v.lastName(), v.email(), v.phone(),
                            organizationId, v.position(), v.province(),
                            ThaiText.sortKey(v.firstName() + " " + v.lastName()), now});
                }
                String at = Times.fromBangkok(v.registeredAt()).toString().replace('T', ' ') + ".000";
                consents.add(new Object[] {UUID.randomUUID().toString(), personId, at, now});
                if (result.seat() == SeatOutcome.REGISTERED || result.seat() == SeatOutcome.WAITLISTED) {
                    String registrationId = UUID.randomUUID().toString();
                    boolean waiting = result.seat() == SeatOutcome.WAITLISTED;
                    registrations.add(new Object[] {registrationId, workshop.id(), personId,
                            waiting ? "waitlisted" : "registered", waiting ? result.waitlistPosition() : null, at,
                            "F" + code++, now});
                    for (RowValues.Answer answer : v.answers()) {
                        answers.add(new Object[] {UUID.randomUUID().toString(), registrationId, answer.question(),
                                answer.answer(), now});
                    }
                }
            }
        }

        void insert() throws SQLException {
            floor.setAutoCommit(false);
            batch("INSERT INTO organization (id, name_th, kind, sort_key, created_at, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?5)", organizationRows);
            batch("INSERT INTO person (id, title_prefix, first_name_th, last_name_th, email, phone, organization_id,"
                    + " position, province, sort_key, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?11)",
                    people);
            batch("INSERT INTO consent (id, person_id, kind, purposes, notice_version, occurred_at, source, created_at,"
                    + " updated_at) VALUES (?1, ?2, 'given', 'workshops', 'online-form', ?3, 'import', ?4, ?4)", consents);
            batch("INSERT INTO registration (id, workshop_id, person_id, status, waitlist_position, registered_at, source,"
                    + " checkin_code, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'import', ?, ?, ?8)", registrations);
            batch("INSERT INTO registration_answer (id, registration_id, question, answer, created_at, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?5)", answers);
            floor.commit();
            floor.setAutoCommit(true);
        }

        private void batch(String sql, List<Object[]> rows) throws SQLException {
            try (PreparedStatement insert = floor.prepareStatement(sql)) {
                int pending = 0;
                for (Object[] row : rows) {
                    for (int c = 0; c < row.length; c++) {
                        insert.setObject(c + 1, row[c]);
                    }
                    insert.addBatch();
                    if (++pending % 1_000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
        }
    }
}
