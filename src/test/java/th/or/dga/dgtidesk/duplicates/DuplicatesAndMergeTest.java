package th.or.dga.dgtidesk.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.TestCenters;
import th.or.dga.dgtidesk.people.NewPerson;
import th.or.dga.dgtidesk.people.PersonFields;
import th.or.dga.dgtidesk.people.PersonListItem;
import th.or.dga.dgtidesk.workshop.RegistrationSource;
import th.or.dga.dgtidesk.workshop.RegistrationStatus;
import th.or.dga.dgtidesk.workshop.Workshop;
import th.or.dga.dgtidesk.workshop.WorkshopKind;
import th.or.dga.dgtidesk.workshop.WorkshopStatus;

class DuplicatesAndMergeTest {

    @TempDir
    Path folder;

    private CenterContext context;
    private DSLContext dsl;

    @BeforeEach
    void setUp() {
        context = TestCenters.setUpCenter(folder);
        dsl = context.database().dsl();
    }

    @AfterEach
    void close() {
        context.close();
    }

    private PersonListItem person(String prefix, String first, String last, String email, String phone,
            String organization) {
        return context.personService().create(new NewPerson(prefix, first, last, email, phone, organization,
                "government_agency"));
    }

    private Set<DuplicateReason> reasons(PersonListItem a, PersonListItem b) {
        return context.duplicateService().scanPeople().stream()
                .filter(c -> Set.of(c.aId(), c.bId()).equals(Set.of(a.id(), b.id())))
                .map(Candidate::reasons).findFirst().orElse(Set.of());
    }

    @Test
    void theDetectionTable() {
        PersonListItem wanna = person("นางสาว", "วรรณา", "แสงทอง", "Wanna@Example.com", null, "กรมการปกครอง");
        PersonListItem wannaAgain = person(null, "วรรณา", "แสงทอง", "wanna@example.com", null, "กรมการปกครอง");
        PersonListItem phoneA = person(null, "สมศักดิ์", "รักไทย", null, "081-234-5678", "กรมบัญชีกลาง");
        PersonListItem phoneB = person(null, "สมศักด์", "รักไทย", null, "+66 81 234 5678", "สำนักงบประมาณ");
        PersonListItem toneSlip = person("นาย", "ประเสริฐ", "ศักดิ์ดี", "a@x.co", null, "กรมที่ดิน");
        PersonListItem toneSlipAgain = person(null, "ประเสริฐ", "ศักดิดี", "b@x.co", null, "กรมที่ดิน");
        PersonListItem commonName = person(null, "สมชาย", "ใจดี", "c@x.co", null, "กรมป่าไม้");
        PersonListItem sameCommonName = person(null, "สมชาย", "ใจดี", "d@x.co", null, "กรมประมง");

        assertThat(reasons(wanna, wannaAgain)).containsExactlyInAnyOrder(DuplicateReason.SAME_EMAIL,
                DuplicateReason.SIMILAR_NAME_SAME_ORGANIZATION);
        assertThat(reasons(phoneA, phoneB)).containsExactly(DuplicateReason.SAME_PHONE);
        assertThat(reasons(toneSlip, toneSlipAgain)).containsExactly(DuplicateReason.SIMILAR_NAME_SAME_ORGANIZATION);
        assertThat(reasons(commonName, sameCommonName)).isEmpty();
        assertThat(context.duplicateService().scanPeople()).hasSize(3);
    }

    @Test
    void aSwitchboardNumberSharedByManyIsNotAReason() {
        for (int i = 0; i < DuplicateFinder.MAX_PHONE_GROUP + 1; i++) {
            person(null, "เจ้าหน้าที่" + "กขคฉชซ".charAt(i), "สำนักงาน", null, "02-123-4567", null);
        }
        assertThat(context.duplicateService().scanPeople()).isEmpty();
    }

    @Test
    void notADuplicateSurvivesARescan() {
        PersonListItem a = person(null, "วรรณา", "แสงทอง", "w1@example.com", null, "กรมการปกครอง");
        PersonListItem b = person(null, "วรรณา", "แสงทอง", "w2@example.com", null, "กรมการปกครอง");
        assertThat(context.duplicateService().scanPeople()).hasSize(1);

        context.duplicateService().notDuplicatePeople(b.id(), a.id());

        assertThat(context.duplicateService().scanPeople()).isEmpty();
        assertThat(context.duplicateService().candidatesFor(a.id())).isEmpty();
    }

    @Test
    void aMergeMovesEveryLinkKeepsTheBetterRegistrationAndLeavesNoOrphan() {
        PersonListItem keep = person("นางสาว", "วรรณา", "แสงทอง", "wanna@example.com", null, "กรมการปกครอง");
        PersonListItem remove = person(null, "วรรณา", "แสงทอง", null, "0812345678", "กรมการปกครอง");
        String staff = context.currentStaff().require().id();
        String both = openWorkshop("WS-1", 1);
        String onlyRemoved = openWorkshop("WS-2", 5);
        context.registrationService().register(both, keep.id(), RegistrationSource.MANUAL);
        var removedSeat = context.registrationService().register(both, remove.id(), RegistrationSource.MANUAL);
        assertThat(removedSeat.status()).isEqualTo(RegistrationStatus.WAITLISTED);
        PersonListItem queued = person(null, "กมล", "รอคิว", "k@example.com", null, null);
        context.registrationService().register(both, queued.id(), RegistrationSource.MANUAL);
        context.registrationService().register(onlyRemoved, remove.id(), RegistrationSource.MANUAL);
        LocalDateTime now = LocalDateTime.of(2026, 11, 25, 2, 0);
        sql("INSERT INTO consultation (id, held_at, kind, subject, created_at, updated_at) VALUES ('c1', ?, "
                + "'agency_advisory', 'หารือ', ?, ?)", now, now, now);
        for (String[] row : new String[][] {{"cp1", keep.id()}, {"cp2", remove.id()}}) {
            sql("INSERT INTO consultation_person (id, consultation_id, person_id, created_at, updated_at) "
                    + "VALUES (?, 'c1', ?, ?, ?)", row[0], row[1], now, now);
        }
        sql("INSERT INTO action_item (id, consultation_id, what, owner_person_id, created_at, updated_at) "
                + "VALUES ('a1', 'c1', 'ส่งเอกสาร', ?, ?, ?)", remove.id(), now, now);
        sql("INSERT INTO consent (id, person_id, kind, purposes, notice_version, occurred_at, source, created_at, "
                + "updated_at) VALUES ('k1', ?, 'given', 'workshops', 'v1', ?, 'form', ?, ?)", remove.id(), now, now,
                now);
        String org = dsl.fetchValue("SELECT organization_id FROM person WHERE id = ?", remove.id()).toString();
        sql("INSERT INTO agency_need (id, agency_id, contact_person_id, title, priority, received_on, status, "
                + "created_at, updated_at) VALUES ('n1', ?, ?, 'ระบบคิว', 'normal', '2026-11-01', 'open', ?, ?)",
                org, remove.id(), now, now);
        sql("INSERT INTO innovator (id, person_id, contact_person_id, name, kind, roster_status, sort_key, "
                + "created_at, updated_at) VALUES ('i1', ?, ?, 'วรรณา', 'individual', 'active', x'00', ?, ?)",
                remove.id(), remove.id(), now, now);
        sql("INSERT INTO workshop_facilitator (id, workshop_id, person_id, created_at, updated_at) "
                + "VALUES ('f1', ?, ?, ?, ?)", onlyRemoved, remove.id(), now, now);

        PersonFields chosen = new PersonFields(keep.id(), "นางสาว", "วรรณา", "แสงทอง", null, null,
                "wanna@example.com", "0812345678", null, null, null, null);
        MergeService.MergeReport report = context.mergeService().mergePeople(chosen, remove.id());

        // Every column that refers to a person: nothing points at the merged-away row any more.
        List<String[]> links = dsl.fetch("SELECT m.name, f.\"from\" FROM sqlite_master m "
                + "JOIN pragma_foreign_key_list(m.name) f WHERE m.type = 'table' AND f.\"table\" = 'person'")
                .map(r -> new String[] {r.get(0, String.class), r.get(1, String.class)});
        assertThat(links).hasSizeGreaterThanOrEqualTo(9);
        for (String[] link : links) {
            Integer left = dsl.fetchOne("SELECT count(*) FROM " + link[0] + " WHERE " + link[1] + " = ?",
                    remove.id()).get(0, Integer.class);
            assertThat(left).as(link[0] + "." + link[1]).isZero();
        }
        assertThat(dsl.fetchValue("SELECT merged_into_id FROM person WHERE id = ?", remove.id()))
                .isEqualTo(keep.id());
        assertThat(dsl.fetchValue("SELECT phone FROM person WHERE id = ?", keep.id())).isEqualTo("0812345678");
        assertThat(dsl.fetchValue("SELECT count(*) FROM consultation_person WHERE person_id = ?", keep.id()))
                .isEqualTo(1);
        // The kept seat stays; the removed person's waiting place is gone and the queue closed up behind it.
        assertThat(dsl.fetch("SELECT person_id, status, waitlist_position FROM registration WHERE workshop_id = ? "
                + "ORDER BY status", both).map(r -> r.get(1) + "#" + r.get(2) + (keep.id().equals(r.get(0)) ? "*" : "")))
                .containsExactly("registered#null*", "waitlisted#1");
        assertThat(report.registrationsDropped()).isEqualTo(1);
        assertThat(dsl.fetchValue("SELECT count(*) FROM registration WHERE workshop_id = ? AND person_id = ?",
                onlyRemoved, keep.id())).isEqualTo(1);
        assertThat(dsl.fetchValue("SELECT summary FROM audit_entry WHERE action = 'merge'").toString())
                .contains(remove.id()).contains("innovator.contact_person_id=1").contains("consent.person_id=1");
        assertThat(context.peopleQueries().search("วรรณา", 10)).extracting(PersonListItem::id)
                .containsExactly(keep.id());
    }

    @Test
    void mergingTwoSeatsOfOneHumanGivesTheFreedSeatToTheQueue() {
        PersonListItem keep = person(null, "วรรณา", "แสงทอง", "w@example.com", null, null);
        PersonListItem remove = person(null, "วรรณา", "แสงทอง", "w2@example.com", null, null);
        PersonListItem waiting = person(null, "กมล", "รอคิว", "k@example.com", null, null);
        String workshop = openWorkshop("WS-3", 2);
        context.registrationService().register(workshop, keep.id(), RegistrationSource.MANUAL);
        context.registrationService().register(workshop, remove.id(), RegistrationSource.MANUAL);
        context.registrationService().register(workshop, waiting.id(), RegistrationSource.MANUAL);

        DuplicatePair pair = context.duplicateService().peoplePairs(context.duplicateService()
                .candidatesFor(keep.id())).get(0);
        MergeService.MergeReport report = context.mergeService().mergePeople(
                pair.a().id().equals(keep.id()) ? pair.a() : pair.b(), remove.id());

        assertThat(report.promoted()).isEqualTo(1);
        assertThat(dsl.fetchValue("SELECT status FROM registration WHERE person_id = ?", waiting.id()))
                .isEqualTo("registered");
    }

    private String openWorkshop(String code, int capacity) {
        Workshop workshop = context.workshopService().create(new Workshop(null, code, "อบรม " + code, null,
                WorkshopKind.TRAINING, LocalDateTime.of(2026, 12, 1, 9, 0), LocalDateTime.of(2026, 12, 1, 16, 0),
                null, capacity, null, null, null));
        context.workshopService().changeStatus(workshop.id(), WorkshopStatus.OPEN);
        return workshop.id();
    }

    private void sql(String statement, Object... binds) {
        dsl.execute(statement, binds);
    }

    @Test
    void companiesAreComparedWithoutTheirLegalFormWords() {
        person(null, "ก", null, "a1@x.co", null, "บริษัท เทคซิตี้ จำกัด");
        person(null, "ข", null, "a2@x.co", null, "บริษัท เวิร์คซิตี้ จำกัด");
        person(null, "ค", null, "a3@x.co", null, "กรมการปกครอง");
        person(null, "ง", null, "a4@x.co", null, "กรมการปกครอง.");
        List<OrganizationPair> pairs = context.duplicateService().scanOrganizations();
        assertThat(pairs).hasSize(1);
        assertThat(Set.of(pairs.get(0).aName(), pairs.get(0).bName())).containsExactlyInAnyOrder("กรมการปกครอง",
                "กรมการปกครอง.");
    }
}
