package th.or.dga.dgtidesk.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static th.or.dga.dgtidesk.db.generated.Tables.AUDIT_ENTRY;
import static th.or.dga.dgtidesk.db.generated.Tables.CONSENT;
import static th.or.dga.dgtidesk.db.generated.Tables.DATA_IMPORT;
import static th.or.dga.dgtidesk.db.generated.Tables.IMPORT_MAPPING;
import static th.or.dga.dgtidesk.db.generated.Tables.INNOVATOR;
import static th.or.dga.dgtidesk.db.generated.Tables.INNOVATOR_TAG;
import static th.or.dga.dgtidesk.db.generated.Tables.ORGANIZATION;
import static th.or.dga.dgtidesk.db.generated.Tables.PERSON;
import static th.or.dga.dgtidesk.db.generated.Tables.SOLUTION;
import static th.or.dga.dgtidesk.db.generated.Tables.TAG;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.TestCenters;
import th.or.dga.dgtidesk.common.Messages;
import th.or.dga.dgtidesk.common.ProgressMonitor;
import th.or.dga.dgtidesk.db.generated.tables.records.InnovatorRecord;
import th.or.dga.dgtidesk.innovator.Innovator;
import th.or.dga.dgtidesk.innovator.InnovatorDraft;
import th.or.dga.dgtidesk.innovator.InnovatorKind;
import th.or.dga.dgtidesk.innovator.RosterStatus;
import th.or.dga.dgtidesk.people.NewPerson;

/** The sample roster through preview and commit, against a real data file. */
class RosterImportServiceTest {

    static final String SAMPLE = "roster-sample.csv";
    private static final Messages THAI = Messages.ofLanguage("th");
    private static final Messages ENGLISH = Messages.ofLanguage("en");

    @TempDir
    Path folder;

    private CenterContext context;
    private ImportService imports;
    private Innovator saensuk;

    @BeforeEach
    void setUp() {
        context = TestCenters.setUpCenter(folder.resolve("center"));
        imports = context.importService();
        saensuk = context.innovatorService().create(new InnovatorDraft(null, InnovatorKind.STARTUP,
                "ศูนย์นวัตกรรมแสนสุข", "ชลบุรี", RosterStatus.ACTIVE, null, null, null, false, List.of("IoT")));
    }

    @AfterEach
    void close() {
        context.close();
    }

    private ImportRequest request(String sample) throws Exception {
        return request(ImportFixture.sample(folder.resolve("in"), sample));
    }

    private ImportRequest request(Path file) {
        SourceTable table = imports.read(file, null);
        return new ImportRequest(ImportKind.ROSTER, null, table, imports.mapping(ImportKind.ROSTER, table, null), null);
    }

    private static Map<Integer, String> outcomes(ImportPreview preview) {
        Map<Integer, String> outcomes = new LinkedHashMap<>();
        preview.results().forEach(r -> outcomes.put(r.row(), r.outcome().code()));
        return outcomes;
    }

    private static String reason(ImportPreview preview, int row, Messages messages) {
        return preview.results().stream().filter(r -> r.row() == row).findFirst().orElseThrow().explanation(messages);
    }

    private DSLContext dsl() {
        return context.database().dsl();
    }

    @Test
    void theMappingIsSuggestedFromThaiAndEnglishRosterHeaders() throws Exception {
        ImportRequest request = request(SAMPLE);
        assertThat(request.table().encodingLabel()).isEqualTo("UTF-8 (BOM)");
        assertThat(request.mapping().fields()).containsExactly(ImportField.INNOVATOR_NAME, ImportField.INNOVATOR_KIND,
                ImportField.ROSTER_STATUS, ImportField.JOINED_ON, ImportField.COHORT, ImportField.FOCUS_TAGS,
                ImportField.FULL_NAME, ImportField.EMAIL, ImportField.PHONE, ImportField.PROVINCE,
                ImportField.PUBLISH_CONSENT, ImportField.SOLUTION_NAME, ImportField.SOLUTION_SUMMARY);
        assertThat(ColumnMapping.suggested(ImportKind.ROSTER, List.of("Startup name", "Type", "Status", "Joined on",
                "Cohort", "Focus tags", "Contact name", "Contact e-mail", "Mobile", "Consent to publish", "Solution",
                "Description", "Province", "Position")).fields())
                .containsExactly(ImportField.INNOVATOR_NAME, ImportField.INNOVATOR_KIND, ImportField.ROSTER_STATUS,
                        ImportField.JOINED_ON, ImportField.COHORT, ImportField.FOCUS_TAGS, ImportField.FULL_NAME,
                        ImportField.EMAIL, ImportField.PHONE, ImportField.PUBLISH_CONSENT, ImportField.SOLUTION_NAME,
                        ImportField.SOLUTION_SUMMARY, ImportField.PROVINCE, ImportField.POSITION);
        // The same words mean other fields in a people file: roster fields stay out of it.
        assertThat(ColumnMapping.suggested(ImportKind.PEOPLE, request.table().headers()).fields())
                .doesNotContain(ImportField.INNOVATOR_NAME, ImportField.JOINED_ON, ImportField.SOLUTION_NAME);
        assertThat(request.mapping().missing(ImportKind.ROSTER)).isEmpty();
        assertThat(request.mapping().with(1, ImportField.IGNORE).missing(ImportKind.ROSTER))
                .containsExactly("import.mapping.needsKind");
    }

    @Test
    void everyRowHasItsOutcomeAndEveryDefectItsReason() throws Exception {
        ImportPreview preview = imports.preview(request(SAMPLE));

        assertThat(outcomes(preview)).containsExactly(Map.entry(2, "new"), Map.entry(3, "new"), Map.entry(4, "new"),
                Map.entry(5, "new"), Map.entry(6, "duplicate_in_file"), Map.entry(7, "new"), Map.entry(8, "rejected"),
                Map.entry(9, "rejected"), Map.entry(10, "rejected"), Map.entry(11, "rejected"),
                Map.entry(12, "rejected"), Map.entry(13, "rejected"), Map.entry(14, "rejected"),
                Map.entry(15, "existing"), Map.entry(16, "rejected"), Map.entry(17, "rejected"));
        assertThat(preview.counts()).containsExactly(Map.entry("new", 5), Map.entry("existing", 1),
                Map.entry("duplicate_in_file", 1), Map.entry("rejected", 9));
        assertThat(reason(preview, 6, THAI)).isEqualTo("นวัตกรเดียวกับแถวที่ 2");
        assertThat(reason(preview, 7, THAI)).isEqualTo("ผู้ติดต่อคนเดียวกับแถวที่ 2");
        assertThat(reason(preview, 8, ENGLISH)).isEqualTo("no innovator name");
        assertThat(reason(preview, 9, THAI)).startsWith("ไม่รู้จักประเภทนวัตกร \"ยานอวกาศ\"");
        assertThat(reason(preview, 10, ENGLISH)).isEqualTo("bad e-mail \"anucha@\"");
        assertThat(reason(preview, 11, ENGLISH)).isEqualTo("a date that cannot exist in \"วันที่เข้าร่วม\": 31/2/2568");
        assertThat(reason(preview, 12, ENGLISH)).isEqualTo("the contact person has neither e-mail nor phone");
        assertThat(reason(preview, 13, ENGLISH)).startsWith("unknown roster status \"ลอยแพ\"");
        assertThat(reason(preview, 14, ENGLISH)).isEqualTo("the consent-to-publish answer \"แล้วแต่\" is neither yes nor no");
        assertThat(reason(preview, 15, THAI)).isEqualTo("มีอยู่แล้วในทำเนียบนวัตกร: ศูนย์นวัตกรรมแสนสุข;"
                + " จะเพิ่มผลงาน \"แอปจองคิว\" ให้นวัตกรนี้");
        assertThat(reason(preview, 16, ENGLISH)).isEqualTo("a contact e-mail or phone without the contact person's name");
        assertThat(reason(preview, 17, ENGLISH)).isEqualTo("no innovator kind");

        RosterValues farm = preview.results().get(0).roster().values();
        assertThat(farm.kind()).isEqualTo(InnovatorKind.STARTUP);
        assertThat(farm.status()).isEqualTo(RosterStatus.ACTIVE);
        assertThat(farm.joinedOn()).isEqualTo(LocalDate.of(2025, 1, 15));
        assertThat(farm.tags()).containsExactly("AI", "IoT", "เกษตร");
        assertThat(preview.results().get(0).values().phone()).isEqualTo("0812345678");
        // No status and no joining date: an application; the community's ISO date is read too.
        assertThat(preview.results().get(1).roster().values().status()).isEqualTo(RosterStatus.APPLICANT);
        assertThat(preview.results().get(1).roster().values().consentToPublish()).isFalse();
        assertThat(preview.results().get(2).roster().values().joinedOn()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(preview.results().get(2).values()).isSameAs(RowValues.NONE);
        assertThat(preview.results().get(3).displayName()).isEqualTo("ดร. ปกรณ์ มีสุข");
        assertThat(preview.notes()).isEmpty();
        assertThat(dsl().fetchCount(INNOVATOR)).isEqualTo(1);
    }

    @Test
    void theCommitCreatesInnovatorsContactsTagsAndSolutions() throws Exception {
        ImportReport report = imports.commit(request(SAMPLE), THAI, ProgressMonitor.NONE);

        assertThat(report.preview().counts()).containsEntry("new", 5).containsEntry("existing", 1);
        assertThat(dsl().fetchCount(INNOVATOR)).isEqualTo(6);
        InnovatorRecord farm = innovator("บริษัท เกษตรอัจฉริยะ จำกัด");
        assertThat(farm.getKind()).isEqualTo("startup");
        assertThat(farm.getRosterStatus()).isEqualTo("active");
        assertThat(farm.getJoinedOn()).isEqualTo(LocalDate.of(2025, 1, 15));
        assertThat(farm.getCohort()).isEqualTo("รุ่นที่ 1");
        assertThat(farm.getConsentToPublish()).isTrue();
        assertThat(dsl().select(ORGANIZATION.KIND, ORGANIZATION.PROVINCE).from(ORGANIZATION)
                .where(ORGANIZATION.ID.eq(farm.getOrganizationId())).fetchOne().intoList())
                .containsExactly("startup", "ชลบุรี");
        assertThat(dsl().select(PERSON.TITLE_PREFIX, PERSON.FIRST_NAME_TH, PERSON.LAST_NAME_TH, PERSON.EMAIL,
                        PERSON.PHONE, PERSON.ORGANIZATION_ID).from(PERSON).where(PERSON.ID.eq(farm.getContactPersonId()))
                .fetchOne().intoList())
                .containsExactly("นาย", "สมชาย", "ใจดี", "somchai@agri.example", "0812345678", farm.getOrganizationId());
        assertThat(context.tagService().usage()).extracting(usage -> usage.name() + ":" + usage.innovators())
                .containsExactlyInAnyOrder("AI:2", "IoT:2", "เกษตร:1", "หุ่นยนต์:1", "ท่องเที่ยว:1", "Blockchain:1",
                        "Data:1");
        assertThat(dsl().select(SOLUTION.NAME, SOLUTION.SUMMARY).from(SOLUTION)
                .where(SOLUTION.INNOVATOR_ID.eq(farm.getId())).fetchOne().intoList())
                .containsExactly("ระบบให้น้ำอัตโนมัติ", "เซนเซอร์ความชื้นดินกับแอปสั่งเปิดน้ำ");

        // The data house's contact is the farm's: the same person, made once.
        InnovatorRecord dataHouse = innovator("บริษัท ดาต้าเฮาส์ จำกัด");
        assertThat(dataHouse.getContactPersonId()).isEqualTo(farm.getContactPersonId());
        assertThat(dsl().fetchCount(PERSON, PERSON.EMAIL.eq("somchai@agri.example"))).isEqualTo(1);

        InnovatorRecord robotics = innovator("ทีม EEC Robotics");
        assertThat(robotics.getKind()).isEqualTo("university_team");
        assertThat(robotics.getRosterStatus()).isEqualTo("applicant");
        assertThat(robotics.getJoinedOn()).isNull();
        assertThat(robotics.getConsentToPublish()).isFalse();

        InnovatorRecord community = innovator("วิสาหกิจชุมชนบ้านฉาง");
        assertThat(community.getContactPersonId()).isNull();
        assertThat(dsl().select(ORGANIZATION.KIND).from(ORGANIZATION)
                .where(ORGANIZATION.ID.eq(community.getOrganizationId())).fetchOne(ORGANIZATION.KIND))
                .isEqualTo("community_group");

        InnovatorRecord doctor = innovator("ดร. ปกรณ์ มีสุข");
        assertThat(doctor.getKind()).isEqualTo("individual");
        assertThat(doctor.getRosterStatus()).isEqualTo("alumni");
        assertThat(doctor.getJoinedOn()).isEqualTo(LocalDate.of(2024, 6, 1));
        assertThat(doctor.getOrganizationId()).isNull();
        assertThat(doctor.getPersonId()).isEqualTo(doctor.getContactPersonId()).isNotNull();
        assertThat(dsl().select(PERSON.FIRST_NAME_TH, PERSON.PROVINCE).from(PERSON)
                .where(PERSON.ID.eq(doctor.getPersonId())).fetchOne().intoList())
                .containsExactly("ปกรณ์", "กรุงเทพมหานคร");

        // The innovator already on the roster is left as it was, but gets the solution it lacked.
        assertThat(context.innovatorService().draft(saensuk.id()).cohort()).isNull();
        assertThat(dsl().select(SOLUTION.NAME).from(SOLUTION).where(SOLUTION.INNOVATOR_ID.eq(saensuk.id()))
                .fetch(SOLUTION.NAME)).containsExactly("แอปจองคิว");
        assertThat(count(PERSON)).isEqualTo(3);
        // A roster's consent is to publish, not the personal-data ledger of a form.
        assertThat(count(CONSENT)).isZero();

        var record = dsl().selectFrom(DATA_IMPORT).fetchSingle();
        assertThat(record.getKind()).isEqualTo("roster");
        assertThat(record.getId()).isEqualTo(report.importId());
        assertThat(record.getRowsTotal()).isEqualTo(16);
        assertThat(record.getRowsCreated()).isEqualTo(5);
        assertThat(record.getRowsMatched()).isEqualTo(1);
        assertThat(record.getRowsRejected()).isEqualTo(9);
        assertThat(dsl().fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.ACTION.eq("import")
                .and(AUDIT_ENTRY.SUMMARY.startsWith("import roster roster-sample.csv")))).isEqualTo(1);
        assertThat(context.rosterQueries().list(new th.or.dga.dgtidesk.innovator.RosterFilter(null, null, null, null,
                null))).hasSize(6);
    }

    private InnovatorRecord innovator(String name) {
        return dsl().selectFrom(INNOVATOR).where(INNOVATOR.NAME.eq(name)).fetchSingle();
    }

    @Test
    void importingTheSameFileTwiceWarnsAndFindsEveryInnovatorOnTheRoster() throws Exception {
        ImportRequest request = request(SAMPLE);
        assertThat(imports.preview(request).earlier()).isEmpty();
        imports.commit(request, THAI, ProgressMonitor.NONE);
        Map<String, Integer> after = counts();

        ImportPreview again = imports.preview(request(SAMPLE));
        assertThat(again.earlier()).hasValueSatisfying(earlier -> assertThat(earlier.fileName()).isEqualTo(SAMPLE));
        assertThat(again.counts()).containsEntry("new", 0).containsEntry("existing", 6)
                .containsEntry("duplicate_in_file", 1).containsEntry("rejected", 9);
        assertThat(reason(again, 5, ENGLISH)).isEqualTo("already on the roster: ดร. ปกรณ์ มีสุข");
        assertThat(reason(again, 15, ENGLISH)).isEqualTo("already on the roster: ศูนย์นวัตกรรมแสนสุข");

        imports.commit(request(SAMPLE), THAI, ProgressMonitor.NONE);
        Map<String, Integer> twice = counts();
        twice.merge(DATA_IMPORT.getName(), -1, Integer::sum);
        twice.merge(AUDIT_ENTRY.getName(), -1, Integer::sum);
        assertThat(twice).isEqualTo(after);
    }

    @Test
    void aFailureHalfWayChangesNothing() throws Exception {
        Map<String, Integer> before = counts();
        // Row 7 cannot be written: the database refuses it after six rows were.
        dsl().execute("CREATE TRIGGER fail_on_row_7 BEFORE INSERT ON innovator"
                + " WHEN NEW.name = 'บริษัท ดาต้าเฮาส์ จำกัด' BEGIN SELECT RAISE(ABORT, 'simulated crash'); END");
        ImportRequest request = request(SAMPLE);

        assertThatThrownBy(() -> imports.commit(request, THAI, ProgressMonitor.NONE))
                .hasMessageContaining("simulated crash");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aSavedMappingIsReusedForTheNextRosterWithTheSameHeaders() throws Exception {
        ImportRequest request = request(SAMPLE);
        assertThat(imports.mappingRemembered(ImportKind.ROSTER, request.table())).isFalse();
        ColumnMapping changed = request.mapping().with(12, ImportField.IGNORE);
        imports.commit(new ImportRequest(ImportKind.ROSTER, null, request.table(), changed, "ทำเนียบ EEC"), THAI,
                ProgressMonitor.NONE);
        assertThat(dsl().select(SOLUTION.SUMMARY).from(SOLUTION)
                .where(SOLUTION.NAME.eq("ระบบให้น้ำอัตโนมัติ")).fetchOne(SOLUTION.SUMMARY)).isNull();

        Path next = Files.createDirectories(folder.resolve("next")).resolve("roster-2569.csv");
        List<String> lines = Files.readAllLines(ImportFixture.sample(folder.resolve("in2"), SAMPLE),
                StandardCharsets.UTF_8);
        Files.write(next, lines.subList(0, 3), StandardCharsets.UTF_8);
        SourceTable table = imports.read(next, null);
        assertThat(imports.mappingRemembered(ImportKind.ROSTER, table)).isTrue();
        assertThat(imports.mapping(ImportKind.ROSTER, table, null)).isEqualTo(changed);
        assertThat(imports.mapping(ImportKind.ROSTER, table, "ทำเนียบ EEC")).isEqualTo(changed);
        // A roster's mapping is the roster's: a people file with the same header is suggested afresh.
        assertThat(imports.mappingRemembered(ImportKind.PEOPLE, table)).isFalse();
        assertThat(dsl().select(IMPORT_MAPPING.KIND).from(IMPORT_MAPPING)
                .where(IMPORT_MAPPING.NAME.eq("ทำเนียบ EEC")).fetchOne(IMPORT_MAPPING.KIND)).isEqualTo("roster");
    }

    @Test
    void anIndividualIsThePersonTheDatabaseAlreadyHolds() throws Exception {
        var person = context.personService().create(new NewPerson("นาง", "มาลี", "ทองดี", "malee@example.org", null,
                null, null));
        Path file = Files.createDirectories(folder.resolve("one")).resolve("individuals.csv");
        Files.writeString(file, "ชื่อนวัตกร,ประเภท,อีเมล,โทรศัพท์\n"
                + "นางมาลี ทองดี,individual,MALEE@example.org,\n"
                + "ปกรณ์ มีสุข,บุคคลธรรมดา,pakorn@example.org,0891112222\n"
                + "Pakorn Meesuk,บุคคล,Pakorn@Example.org,\n", StandardCharsets.UTF_8);

        ImportReport report = imports.commit(request(file), ENGLISH, ProgressMonitor.NONE);

        assertThat(outcomes(report.preview())).containsExactly(Map.entry(2, "new"), Map.entry(3, "new"),
                Map.entry(4, "duplicate_in_file"));
        assertThat(reason(report.preview(), 2, ENGLISH)).isEqualTo("contact already in the database: นางมาลี ทองดี"
                + " (same e-mail)");
        assertThat(report.preview().notes()).containsExactly("import.note.noPublishConsentColumn");
        assertThat(innovator("นางมาลี ทองดี").getPersonId()).isEqualTo(person.id());
        assertThat(reason(report.preview(), 4, ENGLISH)).isEqualTo("the same innovator as row 3");
        assertThat(count(PERSON)).isEqualTo(2);

        // Now on the roster: the same person again is that innovator.
        ImportPreview again = imports.preview(request(file));
        assertThat(outcomes(again)).containsEntry(2, "existing").containsEntry(3, "existing");
    }

    private int count(Table<?> table) {
        return dsl().fetchCount(table);
    }

    private Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Table<?> table : List.of(INNOVATOR, INNOVATOR_TAG, TAG, SOLUTION, PERSON, ORGANIZATION, CONSENT,
                DATA_IMPORT, IMPORT_MAPPING, AUDIT_ENTRY)) {
            counts.put(table.getName(), count(table));
        }
        return counts;
    }
}
