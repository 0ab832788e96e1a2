package th.or.dga.dgtidesk.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static th.or.dga.dgtidesk.db.generated.Tables.AUDIT_ENTRY;
import static th.or.dga.dgtidesk.db.generated.Tables.CONSENT;
import static th.or.dga.dgtidesk.db.generated.Tables.DATA_IMPORT;
import static th.or.dga.dgtidesk.db.generated.Tables.IMPORT_MAPPING;
import static th.or.dga.dgtidesk.db.generated.Tables.ORGANIZATION;
import static th.or.dga.dgtidesk.db.generated.Tables.PERSON;
import static th.or.dga.dgtidesk.db.generated.Tables.REGISTRATION;
import static th.or.dga.dgtidesk.db.generated.Tables.REGISTRATION_ANSWER;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.TestCenters;
import th.or.dga.dgtidesk.common.CancelledException;
import th.or.dga.dgtidesk.common.Messages;
import th.or.dga.dgtidesk.common.ProgressMonitor;
import th.or.dga.dgtidesk.people.NewPerson;
import th.or.dga.dgtidesk.workshop.RegistrationSource;
import th.or.dga.dgtidesk.workshop.Workshop;
import th.or.dga.dgtidesk.workshop.sheets.WorkshopSheets;

class ImportServiceTest {

    private static final Messages THAI = Messages.ofLanguage("th");
    private static final Messages ENGLISH = Messages.ofLanguage("en");

    @TempDir
    Path folder;

    private CenterContext context;
    private ImportService imports;
    private Workshop workshop;

    @BeforeEach
    void setUp() {
        context = TestCenters.setUpCenter(folder.resolve("center"));
        imports = context.importService();
        workshop = ImportFixture.openWorkshop(context, null);
    }

    @AfterEach
    void close() {
        context.close();
    }

    private ImportRequest request(String sample) throws Exception {
        SourceTable table = imports.read(ImportFixture.sample(folder.resolve("in"), sample), null);
        return new ImportRequest(ImportKind.REGISTRATIONS, workshop.id(),
                table, imports.mapping(ImportKind.REGISTRATIONS, table, null), null);
    }

    private Map<Integer, String> outcomes(ImportPreview preview) {
        Map<Integer, String> outcomes = new LinkedHashMap<>();
        preview.results().forEach(r -> outcomes.put(r.row(), r.outcome().code()
                + (r.seat() == null ? "" : "/" + r.seat().code())));
        return outcomes;
    }

    private String reason(ImportPreview preview, int row, Messages messages) {
        return preview.results().stream().filter(r -> r.row() == row).findFirst().orElseThrow().explanation(messages);
    }

    @Test
    void theSampleExportIsReadWithItsEncodingDelimiterAndHeader() throws Exception {
        SourceTable table = request(ImportFixture.UTF8_SAMPLE).table();
        assertThat(table.encodingLabel()).isEqualTo("UTF-8 (BOM)");
        assertThat(table.delimiter()).isEqualTo(',');
        assertThat(table.headers()).hasSize(12).startsWith("ประทับเวลา", "คำนำหน้า", "ชื่อ");
        assertThat(table.rows()).hasSize(12);
        assertThat(table.rows().get(0).number()).isEqualTo(2);

        SourceTable legacy = request(ImportFixture.TIS620_SAMPLE).table();
        assertThat(legacy.encodingLabel()).isEqualTo("windows-874");
        assertThat(legacy.headers()).isEqualTo(table.headers());
    }

    @Test
    void theMappingIsSuggestedFromTheThaiHeaderWords() throws Exception {
        ColumnMapping mapping = request(ImportFixture.UTF8_SAMPLE).mapping();
        assertThat(mapping.fields()).containsExactly(ImportField.REGISTERED_AT, ImportField.NAME_PREFIX,
                ImportField.FIRST_NAME, ImportField.LAST_NAME, ImportField.EMAIL, ImportField.PHONE,
                ImportField.ORGANIZATION, ImportField.ORGANIZATION_KIND, ImportField.POSITION, ImportField.PROVINCE,
                ImportField.CUSTOM_ANSWER, ImportField.CONSENT);
        assertThat(ColumnMapping.suggested(ImportKind.PEOPLE, List.of("Full name", "E-mail address", "Mobile",
                "Organisation type", "Company", "Job title", "Title", "I agree to the privacy notice", "Timestamp")).fields())
                .containsExactly(ImportField.FULL_NAME, ImportField.EMAIL, ImportField.PHONE,
                        ImportField.ORGANIZATION_KIND, ImportField.ORGANIZATION, ImportField.POSITION,
                        ImportField.NAME_PREFIX, ImportField.CONSENT, ImportField.REGISTERED_AT);
    }

    @Test
    void everyRowHasItsOutcomeAndEveryDefectItsReason() throws Exception {
        ImportPreview preview = imports.preview(request(ImportFixture.UTF8_SAMPLE));

        assertThat(outcomes(preview)).containsExactly(Map.entry(2, "new/registered"), Map.entry(3, "new/registered"),
                Map.entry(4, "new/registered"), Map.entry(5, "new/registered"), Map.entry(6, "new/registered"),
                Map.entry(7, "new/registered"), Map.entry(8, "duplicate_in_file"), Map.entry(9, "new/registered"),
                Map.entry(10, "rejected"), Map.entry(11, "rejected"), Map.entry(12, "rejected"),
                Map.entry(13, "new/registered"));
        assertThat(preview.counts()).containsExactly(Map.entry("new", 8), Map.entry("existing", 0),
                Map.entry("duplicate_in_file", 1), Map.entry("rejected", 3), Map.entry("registered", 8),
                Map.entry("waitlisted", 0), Map.entry("already_registered", 0));
        assertThat(reason(preview, 8, THAI)).isEqualTo("บุคคลเดียวกับแถวที่ 2");
        assertThat(reason(preview, 10, THAI)).isEqualTo("ไม่ยินยอม จึงไม่เก็บข้อมูลส่วนบุคคล");
        assertThat(reason(preview, 11, ENGLISH)).isEqualTo("bad e-mail \"anucha.p@\"; no last name;"
                + " phone \"08-1111-222\" is not a Thai number and is left out");
        assertThat(reason(preview, 12, ENGLISH)).isEqualTo("a date that cannot exist in \"ประทับเวลา\": 31/2/2569, 14:00:00");
        // เอกชัย gave สมชาย's number: a shared phone under another name is a warning, not the same person.
        assertThat(reason(preview, 6, ENGLISH)).isEqualTo("the same phone as row 2, under another name");
        RowResult doctor = preview.results().get(2);
        assertThat(doctor.values().prefix()).isEqualTo("ดร.");
        assertThat(doctor.values().phone()).isEqualTo("0861112233");
        assertThat(doctor.values().organizationKind()).isEqualTo("startup");
        assertThat(doctor.values().registeredAt()).isEqualTo("2026-02-03T10:02:10");
        assertThat(preview.notes()).isEmpty();
        assertThat(count(PERSON)).isZero();
    }

    @Test
    void bothSampleFilesImportToIdenticalData() throws Exception {
        ImportReport utf8 = imports.commit(request(ImportFixture.UTF8_SAMPLE), THAI, ProgressMonitor.NONE);
        List<String> first = snapshot();
        try (CenterContext other = TestCenters.setUpCenter(folder.resolve("other"))) {
            Workshop otherWorkshop = ImportFixture.openWorkshop(other, null);
            ImportService otherImports = other.importService();
            SourceTable table = otherImports.read(ImportFixture.sample(folder.resolve("in2"),
                    ImportFixture.TIS620_SAMPLE), null);
            ImportReport legacy = otherImports.commit(new ImportRequest(ImportKind.REGISTRATIONS, otherWorkshop.id(),
                    table, otherImports.mapping(ImportKind.REGISTRATIONS, table, null), null), THAI,
                    ProgressMonitor.NONE);
            assertThat(legacy.preview().counts()).isEqualTo(utf8.preview().counts());
            assertThat(snapshot(other.database().dsl())).isEqualTo(first);
        }
        assertThat(first).hasSize(8).contains("นาย|ธนากร|=HYPERLINK(\"http://x\",\"x\")|thanakorn@example.org|0855555555"
                + "|วิสาหกิจชุมชนบ้านฉาง|community_group|ประธาน|ระยอง|registered|E-commerce|given");
    }

    private List<String> snapshot() {
        return snapshot(context.database().dsl());
    }

    /** Every imported person with their organization, registration, answers and consent, as text. */
    private static List<String> snapshot(DSLContext dsl) {
        return dsl.select(PERSON.TITLE_PREFIX, PERSON.FIRST_NAME_TH, PERSON.LAST_NAME_TH, PERSON.EMAIL, PERSON.PHONE,
                        ORGANIZATION.NAME_TH, ORGANIZATION.KIND, PERSON.POSITION, PERSON.PROVINCE, REGISTRATION.STATUS,
                        REGISTRATION.ID, PERSON.ID)
                .from(PERSON).leftJoin(ORGANIZATION).on(ORGANIZATION.ID.eq(PERSON.ORGANIZATION_ID))
                .join(REGISTRATION).on(REGISTRATION.PERSON_ID.eq(PERSON.ID))
                .orderBy(PERSON.EMAIL)
                .fetch(r -> String.join("|", String.valueOf(r.value1()), r.value2(), String.valueOf(r.value3()),
                        r.value4(), r.value5(), String.valueOf(r.value6()), String.valueOf(r.value7()),
                        String.valueOf(r.value8()), r.value9(), r.value10(),
                        dsl.select(REGISTRATION_ANSWER.ANSWER).from(REGISTRATION_ANSWER)
                                .where(REGISTRATION_ANSWER.REGISTRATION_ID.eq(r.value11())).fetch(REGISTRATION_ANSWER.ANSWER)
                                .stream().collect(Collectors.joining(",")),
                        dsl.select(CONSENT.KIND).from(CONSENT).where(CONSENT.PERSON_ID.eq(r.value12()))
                                .fetch(CONSENT.KIND).stream().collect(Collectors.joining(","))));
    }

    @Test
    void theCommitRecordsTheImportAndTheSameFileTwiceWarns() throws Exception {
        ImportRequest request = request(ImportFixture.UTF8_SAMPLE);
        assertThat(imports.preview(request).earlier()).isEmpty();
        ImportReport report = imports.commit(request, THAI, ProgressMonitor.NONE);

        var record = context.database().dsl().selectFrom(DATA_IMPORT).fetchSingle();
        assertThat(record.getId()).isEqualTo(report.importId());
        assertThat(record.getFileName()).isEqualTo(ImportFixture.UTF8_SAMPLE);
        assertThat(record.getFileSha256()).hasSize(64);
        assertThat(record.getRowsTotal()).isEqualTo(12);
        assertThat(record.getRowsCreated()).isEqualTo(8);
        assertThat(record.getRowsRejected()).isEqualTo(3);
        assertThat(record.getEncoding()).isEqualTo("UTF-8 (BOM)");
        assertThat(record.getOutcomeCounts()).contains("\"duplicate_in_file\":1");
        assertThat(record.getUpdatedBy()).isNotNull();
        assertThat(context.database().dsl().fetchCount(REGISTRATION, REGISTRATION.IMPORT_ID.eq(report.importId())
                .and(REGISTRATION.SOURCE.eq("import")))).isEqualTo(8);
        assertThat(context.database().dsl().fetchCount(CONSENT, CONSENT.SOURCE.eq("import"))).isEqualTo(8);
        assertThat(context.database().dsl().fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.ACTION.eq("import"))).isEqualTo(1);

        ImportPreview again = imports.preview(request(ImportFixture.UTF8_SAMPLE));
        assertThat(again.earlier()).hasValueSatisfying(earlier ->
                assertThat(earlier.fileName()).isEqualTo(ImportFixture.UTF8_SAMPLE));
        assertThat(again.counts()).containsEntry("existing", 8).containsEntry("already_registered", 8)
                .containsEntry("new", 0).containsEntry("registered", 0);
        assertThat(reason(again, 2, ENGLISH)).isEqualTo("already in the database: นายสมชาย ใจดี (same e-mail);"
                + " the same phone as นายเอกชัย วงศ์ใหญ่ in the database, under another name");
    }

    @Test
    void aSavedMappingIsReusedForTheNextExportOfTheSameForm() throws Exception {
        ImportRequest request = request(ImportFixture.UTF8_SAMPLE);
        assertThat(imports.mappingRemembered(ImportKind.REGISTRATIONS, request.table())).isFalse();
        ColumnMapping changed = request.mapping().with(10, ImportField.IGNORE);
        imports.commit(new ImportRequest(request.kind(), request.workshopId(), request.table(), changed, "แบบฟอร์ม EEC"),
                THAI, ProgressMonitor.NONE);

        SourceTable legacy = imports.read(ImportFixture.sample(folder.resolve("next"), ImportFixture.TIS620_SAMPLE), null);
        assertThat(imports.mappingRemembered(ImportKind.REGISTRATIONS, legacy)).isTrue();
        assertThat(imports.mapping(ImportKind.REGISTRATIONS, legacy, null)).isEqualTo(changed);
        assertThat(imports.mapping(ImportKind.REGISTRATIONS, legacy, "แบบฟอร์ม EEC")).isEqualTo(changed);
        assertThat(count(REGISTRATION_ANSWER)).isZero();
        assertThatThrownBy(() -> imports.mapping(ImportKind.REGISTRATIONS, legacy, "ไม่มี"))
                .isInstanceOfSatisfying(th.or.dga.dgtidesk.common.UserException.class, e -> assertThat(
                        e.localizedMessage(ENGLISH)).isEqualTo("There is no saved mapping named ไม่มี (saved: แบบฟอร์ม EEC)."));
    }

    @Test
    void capacityAppliesInFileOrder() throws Exception {
        workshop = ImportFixture.openWorkshop(context, 3);
        ImportReport report = imports.commit(request(ImportFixture.UTF8_SAMPLE), THAI, ProgressMonitor.NONE);

        assertThat(outcomes(report.preview())).containsEntry(2, "new/registered").containsEntry(4, "new/registered")
                .containsEntry(5, "new/waitlisted").containsEntry(13, "new/waitlisted");
        assertThat(report.preview().results().get(11).waitlistPosition()).isEqualTo(5);
        assertThat(context.database().dsl().select(REGISTRATION.WAITLIST_POSITION).from(REGISTRATION)
                .where(REGISTRATION.WORKSHOP_ID.eq(workshop.id()), REGISTRATION.STATUS.eq("waitlisted"))
                .orderBy(REGISTRATION.WAITLIST_POSITION).fetch(REGISTRATION.WAITLIST_POSITION))
                .containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void anExistingPersonIsMatchedAndAnExistingRegistrationKept() throws Exception {
        var person = context.personService().create(new NewPerson("นาง", "มาลี", "ทองดี", null, "038694000",
                "องค์การบริหารส่วนจังหวัดระยอง", "government_agency"));
        context.registrationService().register(workshop.id(), person.id(), RegistrationSource.MANUAL);

        ImportReport report = imports.commit(request(ImportFixture.UTF8_SAMPLE), THAI, ProgressMonitor.NONE);

        assertThat(outcomes(report.preview())).containsEntry(5, "existing/already_registered");
        assertThat(reason(report.preview(), 5, THAI)).isEqualTo("มีอยู่แล้วในฐานข้อมูล: นางมาลี ทองดี (โทรศัพท์เดียวกัน)");
        assertThat(context.database().dsl().fetchCount(PERSON, PERSON.FIRST_NAME_TH.eq("มาลี"))).isEqualTo(1);
        assertThat(context.database().dsl().fetchCount(ORGANIZATION,
                ORGANIZATION.NAME_TH.eq("องค์การบริหารส่วนจังหวัดระยอง"))).isEqualTo(1);
    }

    @Test
    void aFailureHalfWayChangesNothing() throws Exception {
        Map<String, Integer> before = counts();
        // Row 9 (ณัฐพล) cannot be written: the database refuses it half-way through the file.
        context.database().dsl().execute("CREATE TRIGGER fail_on_row_9 BEFORE INSERT ON person"
                + " WHEN NEW.first_name_th = 'ณัฐพล' BEGIN SELECT RAISE(ABORT, 'simulated crash'); END");
        ImportRequest request = request(ImportFixture.UTF8_SAMPLE);

        assertThatThrownBy(() -> imports.commit(request, THAI, ProgressMonitor.NONE)).hasMessageContaining("simulated crash");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aCancelHalfWayChangesNothing() throws Exception {
        Map<String, Integer> before = counts();
        int[] checks = {0};
        ProgressMonitor cancelOnRow6 = new ProgressMonitor() {
            @Override
            public void progress(double fraction, String step) {
            }

            @Override
            public boolean cancelled() {
                return ++checks[0] > 5;
            }
        };
        assertThatThrownBy(() -> imports.commit(request(ImportFixture.UTF8_SAMPLE), THAI, cancelOnRow6))
                .isInstanceOf(CancelledException.class);
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void rejectedRowsAreSavedToFixAndImportAgain() throws Exception {
        ImportPreview preview = imports.preview(request(ImportFixture.UTF8_SAMPLE));
        Path file = imports.writeRejected(preview, folder.resolve("rejected.csv"), THAI);

        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFเหตุผลที่ไม่นำเข้า,แถวในไฟล์,ประทับเวลา,คำนำหน้า");
        assertThat(text.lines()).hasSize(4);
        assertThat(text).contains("ไม่ยินยอม จึงไม่เก็บข้อมูลส่วนบุคคล,10,\"4/2/2569, 9:40:12\",นางสาว,ไพลิน");
        SourceTable again = imports.read(file, null);
        assertThat(again.rows()).hasSize(3);
    }

    @Test
    void peopleImportCreatesPeopleWithoutRegistrations() throws Exception {
        SourceTable table = imports.read(ImportFixture.sample(folder.resolve("p"), ImportFixture.UTF8_SAMPLE), null);
        ImportReport report = imports.commit(new ImportRequest(ImportKind.PEOPLE, null, table,
                imports.mapping(ImportKind.PEOPLE, table, null), null), ENGLISH, ProgressMonitor.NONE);

        assertThat(report.preview().counts()).containsOnlyKeys("new", "existing", "duplicate_in_file", "rejected")
                .containsEntry("new", 8);
        assertThat(count(PERSON)).isEqualTo(8);
        assertThat(count(REGISTRATION)).isZero();
    }

    @Test
    void anImportedFormulaStaysTextInEveryLaterExport() throws Exception {
        imports.commit(request(ImportFixture.UTF8_SAMPLE), THAI, ProgressMonitor.NONE);
        String formula = "=HYPERLINK(\"http://x\",\"x\")";
        Path out = Files.createDirectories(folder.resolve("out"));

        Path xlsx = context.workshopSheets().write(WorkshopSheets.Kind.PARTICIPANTS_XLSX, workshop.id(),
                out.resolve("participants.xlsx"), THAI, ProgressMonitor.NONE);
        Path people = context.peopleExport().writeXlsx(out.resolve("people.xlsx"), THAI, ProgressMonitor.NONE);
        for (Path workbook : List.of(xlsx, people)) {
            try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(workbook))) {
                List<Cell> cells = new java.util.ArrayList<>();
                book.getSheetAt(0).forEach(row -> row.forEach(cells::add));
                assertThat(cells).noneMatch(cell -> cell.getCellType() == CellType.FORMULA);
                assertThat(cells).anyMatch(cell -> cell.getCellType() == CellType.STRING
                        && cell.getStringCellValue().equals(formula));
            }
        }
        Path csv = context.workshopSheets().write(WorkshopSheets.Kind.PARTICIPANTS_CSV, workshop.id(),
                out.resolve("participants.csv"), THAI, ProgressMonitor.NONE);
        Path peopleCsv = context.peopleExport().writeCsv(out.resolve("people.csv"), THAI, ProgressMonitor.NONE);
        for (Path file : List.of(csv, peopleCsv)) {
            assertThat(Files.readString(file)).contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"x\"\")\",");
        }
    }

    @Test
    void aFileThatCannotBeReadWritesNothing() throws Exception {
        Path in = Files.createDirectories(folder.resolve("bad"));
        Files.write(in.resolve("photo.csv"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 0});
        Files.writeString(in.resolve("cut.csv"), "ชื่อ,อีเมล\n\"สมชาย,a@b.th\n");
        for (String name : List.of("photo.csv", "cut.csv")) {
            assertThatThrownBy(() -> imports.read(in.resolve(name), null))
                    .isInstanceOf(th.or.dga.dgtidesk.common.UserException.class);
        }
        assertThatThrownBy(() -> imports.read(in.resolve("missing.csv"), null))
                .hasMessageContaining("import.file.unreadable");
        assertThat(count(PERSON)).isZero();
        assertThat(count(DATA_IMPORT)).isZero();
    }

    private int count(Table<?> table) {
        return context.database().dsl().fetchCount(table);
    }

    private Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Table<?> table : List.of(PERSON, ORGANIZATION, CONSENT, REGISTRATION, REGISTRATION_ANSWER, DATA_IMPORT,
                IMPORT_MAPPING, AUDIT_ENTRY)) {
            counts.put(table.getName(), count(table));
        }
        return counts;
    }
}
