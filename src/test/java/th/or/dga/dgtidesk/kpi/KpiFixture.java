package th.or.dga.dgtidesk.kpi;

import static th.or.dga.dgtidesk.db.generated.Tables.AGENCY_NEED;
import static th.or.dga.dgtidesk.db.generated.Tables.INNOVATOR;
import static th.or.dga.dgtidesk.db.generated.Tables.ORGANIZATION;
import static th.or.dga.dgtidesk.db.generated.Tables.PERSON;
import static th.or.dga.dgtidesk.db.generated.Tables.SOLUTION;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.TestCenters;
import th.or.dga.dgtidesk.center.CenterService;
import th.or.dga.dgtidesk.common.ThaiText;
import th.or.dga.dgtidesk.consultation.Consultation;
import th.or.dga.dgtidesk.consultation.ConsultationKind;
import th.or.dga.dgtidesk.db.Database;
import th.or.dga.dgtidesk.matching.Match;
import th.or.dga.dgtidesk.matching.MatchStage;
import th.or.dga.dgtidesk.workshop.Registration;
import th.or.dga.dgtidesk.workshop.RegistrationSource;
import th.or.dga.dgtidesk.workshop.Workshop;
import th.or.dga.dgtidesk.workshop.WorkshopKind;
import th.or.dga.dgtidesk.workshop.WorkshopStatus;

/**
 * A small center whose KPIs are worked out by hand in {@code KpiServiceTest}. Every row is made
 * through the services (people, organizations, innovators and needs have no service yet and are
 * inserted directly) with the clock set to the moment the story says, all in Bangkok time.
 * The week under test is 2026-W47 (Monday 16 – Sunday 22 November 2026, fiscal year 2570).
 *
 * <pre>
 * people: A (agency, province from org ชลบุรี), B (startup, กรุงเทพมหานคร), C (no org, no province),
 *         A2 (a duplicate of A merged into A; startup, ระยอง), D (agency, ชลบุรี)
 * PREV      Tue 10 Nov 09:00            A attended, C no-show        (registered 2 Nov)
 * MAIN      Mon 16 Nov 09:00            A attended (registered Sun 15 Nov 23:30), B no-show (registered
 *                                       Mon 16 Nov 00:30 = Sunday in UTC), C attended (registered 16 Nov 08:00)
 * MIDNIGHT  Sun 22 Nov 22:00 – 01:00    A2 and D attended, B no-show  (registered 20 Nov)
 * NEXT      Mon 23 Nov 00:30            D attended (registered 21 Nov); still open
 * CANCELLED Wed 18 Nov 13:00            B registered 17 Nov, then the workshop was cancelled
 * LAST_FY   Wed 30 Sep 14:00            B attended (fiscal year 2569)
 * FIRST_FY  Thu 1 Oct 00:15             C attended (fiscal year 2570; still 30 Sep in UTC)
 * </pre>
 */
public final class KpiFixture {

    public static final LocalDate WEEK_MONDAY = LocalDate.of(2026, 11, 16);

    public final MovableClock clock = new MovableClock(LocalDateTime.of(2026, 9, 1, 9, 0));
    public final CenterContext context;
    public String personA;
    public String personB;
    public String personC;
    public String personA2;
    public String personD;

    public KpiFixture(Path folder) {
        context = new CenterContext(Database.openForWriting(TestCenters.dataFile(folder),
                TestCenters.backupFolder(folder), clock), clock);
        context.centerService().setUp("DGTI-TEST", "ศูนย์ทดสอบ", "Test Center", "ศรีราชา ชลบุรี",
                new CenterService.FirstAdmin("ผู้ดูแล ทดสอบ", "admin"));
        peopleAndOrganizations();
        workshops();
        rosterAndNeeds();
        consultations();
        matches();
        clock.setBangkok(LocalDateTime.of(2026, 11, 25, 9, 0));
    }

    private void at(int month, int day, int hour, int minute) {
        clock.setBangkok(LocalDateTime.of(2026, month, day, hour, minute));
    }

    private void peopleAndOrganizations() {
        LocalDateTime now = LocalDateTime.of(2026, 9, 1, 2, 0);
        context.database().transactions().write(tx -> {
            organization(tx, "org-agency", "สำนักงานจังหวัดชลบุรี", "government_agency", "ชลบุรี", now);
            organization(tx, "org-startup", "บริษัท สมาร์ทฟาร์ม จำกัด", "startup", "ระยอง", now);
            personA = person(tx, "person-a", "สมชาย", "org-agency", null, null, now);
            personB = person(tx, "person-b", "สมหญิง", "org-startup", "กรุงเทพมหานคร", null, now);
            personC = person(tx, "person-c", "=cmd|' /C calc'!A0", null, null, null, now);
            personA2 = person(tx, "person-a2", "สมชาย", "org-startup", "ระยอง", "person-a", now);
            personD = person(tx, "person-d", "ดารุณี", "org-agency", "ชลบุรี", null, now);
            return null;
        });
    }

    private static void organization(org.jooq.DSLContext tx, String id, String name, String kind, String province,
            LocalDateTime now) {
        tx.insertInto(ORGANIZATION).set(ORGANIZATION.ID, id).set(ORGANIZATION.NAME_TH, name)
                .set(ORGANIZATION.KIND, kind).set(ORGANIZATION.PROVINCE, province)
                .set(ORGANIZATION.SORT_KEY, ThaiText.sortKey(name))
                .set(ORGANIZATION.CREATED_AT, now).set(ORGANIZATION.UPDATED_AT, now).execute();
    }

    private static String person(org.jooq.DSLContext tx, String id, String firstName, String organization,
            String province, String mergedInto, LocalDateTime now) {
        tx.insertInto(PERSON).set(PERSON.ID, id).set(PERSON.TITLE_PREFIX, "คุณ").set(PERSON.FIRST_NAME_TH, firstName)
                .set(PERSON.LAST_NAME_TH, "ทดสอบ").set(PERSON.EMAIL, id + "@example.go.th")
                .set(PERSON.PHONE, "0812345678").set(PERSON.ORGANIZATION_ID, organization)
                .set(PERSON.PROVINCE, province).set(PERSON.MERGED_INTO_ID, mergedInto)
                .set(PERSON.SORT_KEY, ThaiText.sortKey(firstName))
                .set(PERSON.CREATED_AT, now).set(PERSON.UPDATED_AT, now).execute();
        return id;
    }

    private void workshops() {
        at(9, 1, 9, 0);
        Workshop lastFy = open("LAST-FY", LocalDateTime.of(2026, 9, 30, 14, 0), LocalDateTime.of(2026, 9, 30, 16, 0));
        Workshop firstFy = open("FIRST-FY", LocalDateTime.of(2026, 10, 1, 0, 15), LocalDateTime.of(2026, 10, 1, 2, 0));
        Workshop prev = open("PREV", LocalDateTime.of(2026, 11, 10, 9, 0), LocalDateTime.of(2026, 11, 10, 12, 0));
        Workshop main = open("MAIN", LocalDateTime.of(2026, 11, 16, 9, 0), LocalDateTime.of(2026, 11, 16, 16, 0));
        Workshop midnight = open("MIDNIGHT", LocalDateTime.of(2026, 11, 22, 22, 0),
                LocalDateTime.of(2026, 11, 23, 1, 0));
        Workshop next = open("NEXT", LocalDateTime.of(2026, 11, 23, 0, 30), LocalDateTime.of(2026, 11, 23, 2, 0));
        Workshop cancelled = open("CANCELLED", LocalDateTime.of(2026, 11, 18, 13, 0),
                LocalDateTime.of(2026, 11, 18, 16, 0));

        at(9, 20, 10, 0);
        Registration lastFyB = register(lastFy, personB);
        at(9, 25, 10, 0);
        Registration firstFyC = register(firstFy, personC);
        at(9, 30, 14, 5);
        checkIn(lastFyB);
        at(9, 30, 16, 0);
        context.registrationService().complete(lastFy.id());
        at(10, 1, 0, 20);
        checkIn(firstFyC);
        at(10, 1, 2, 0);
        context.registrationService().complete(firstFy.id());

        at(11, 2, 10, 0);
        Registration prevA = register(prev, personA);
        register(prev, personC);
        at(11, 10, 9, 0);
        checkIn(prevA);
        at(11, 10, 12, 0);
        context.registrationService().complete(prev.id());

        at(11, 15, 23, 30);
        Registration mainA = register(main, personA);
        at(11, 16, 0, 30);
        register(main, personB);
        at(11, 16, 8, 0);
        Registration mainC = register(main, personC);
        at(11, 16, 9, 5);
        checkIn(mainA);
        checkIn(mainC);
        at(11, 16, 16, 0);
        context.registrationService().complete(main.id());

        at(11, 17, 9, 0);
        register(cancelled, personB);
        at(11, 17, 10, 0);
        context.workshopService().changeStatus(cancelled.id(), WorkshopStatus.CANCELLED);

        at(11, 20, 10, 0);
        Registration midnightA2 = register(midnight, personA2);
        Registration midnightD = register(midnight, personD);
        register(midnight, personB);
        at(11, 21, 9, 0);
        Registration nextD = register(next, personD);
        at(11, 22, 22, 10);
        checkIn(midnightA2);
        checkIn(midnightD);
        at(11, 23, 0, 35);
        checkIn(nextD);
        at(11, 23, 1, 0);
        context.registrationService().complete(midnight.id());
    }

    private Workshop open(String code, LocalDateTime start, LocalDateTime end) {
        Workshop created = context.workshopService().create(new Workshop(null, code, "อบรม " + code, "Training " + code,
                WorkshopKind.TRAINING, start, end, "ห้องประชุม 1", 50, null, null, null));
        return context.workshopService().changeStatus(created.id(), WorkshopStatus.OPEN);
    }

    private Registration register(Workshop workshop, String person) {
        return context.registrationService().register(workshop.id(), person, RegistrationSource.MANUAL);
    }

    private void checkIn(Registration registration) {
        context.registrationService().checkIn(registration.id(), false);
    }

    /**
     * Innovators: I1 joined 16 Nov (active, consents to publish), I2 joined 15 Nov (active),
     * I3 joined 5 Oct (inactive), I4 joined 23 Nov (active). Needs: N1 16 Nov (public),
     * N2 22 Nov, N3 10 Nov, N4 30 Sep.
     */
    private void rosterAndNeeds() {
        LocalDateTime now = LocalDateTime.of(2026, 9, 1, 2, 0);
        context.database().transactions().write(tx -> {
            innovator(tx, "i1", "สมาร์ทฟาร์ม", "active", LocalDate.of(2026, 11, 16), true, now);
            innovator(tx, "i2", "=HYPERLINK(\"http://x\")", "active", LocalDate.of(2026, 11, 15), false, now);
            innovator(tx, "i3", "ทีมมหาวิทยาลัย", "inactive", LocalDate.of(2026, 10, 5), true, now);
            innovator(tx, "i4", "บริษัทใหม่", "active", LocalDate.of(2026, 11, 23), false, now);
            solution(tx, "s1", "i1", "เซนเซอร์ IoT วัดคุณภาพน้ำ", now);
            solution(tx, "s2", "i2", "แชตบอตบริการประชาชน", now);
            need(tx, "n1", "ติดตามคุณภาพน้ำ", LocalDate.of(2026, 11, 16), true, now);
            need(tx, "n2", "ระบบนัดหมายออนไลน์", LocalDate.of(2026, 11, 22), false, now);
            need(tx, "n3", "ตอบคำถามประชาชนอัตโนมัติ", LocalDate.of(2026, 11, 10), true, now);
            need(tx, "n4", "ลดกระดาษในสำนักงาน", LocalDate.of(2026, 9, 30), false, now);
            return null;
        });
    }

    private static void innovator(org.jooq.DSLContext tx, String id, String name, String status, LocalDate joined,
            boolean consent, LocalDateTime now) {
        tx.insertInto(INNOVATOR).set(INNOVATOR.ID, id).set(INNOVATOR.ORGANIZATION_ID, "org-startup")
                .set(INNOVATOR.NAME, name).set(INNOVATOR.KIND, "startup").set(INNOVATOR.ROSTER_STATUS, status)
                .set(INNOVATOR.JOINED_ON, joined).set(INNOVATOR.CONSENT_TO_PUBLISH, consent)
                .set(INNOVATOR.SORT_KEY, ThaiText.sortKey(name))
                .set(INNOVATOR.CREATED_AT, now).set(INNOVATOR.UPDATED_AT, now).execute();
    }

    private static void solution(org.jooq.DSLContext tx, String id, String innovator, String name,
            LocalDateTime now) {
        tx.insertInto(SOLUTION).set(SOLUTION.ID, id).set(SOLUTION.INNOVATOR_ID, innovator).set(SOLUTION.NAME, name)
                .set(SOLUTION.TRL, 7).set(SOLUTION.CREATED_AT, now).set(SOLUTION.UPDATED_AT, now).execute();
    }

    private static void need(org.jooq.DSLContext tx, String id, String title, LocalDate received, boolean isPublic,
            LocalDateTime now) {
        tx.insertInto(AGENCY_NEED).set(AGENCY_NEED.ID, id).set(AGENCY_NEED.AGENCY_ID, "org-agency")
                .set(AGENCY_NEED.TITLE, title).set(AGENCY_NEED.PRIORITY, "normal")
                .set(AGENCY_NEED.RECEIVED_ON, received).set(AGENCY_NEED.IS_PUBLIC, isPublic)
                .set(AGENCY_NEED.STATUS, "open")
                .set(AGENCY_NEED.CREATED_AT, now).set(AGENCY_NEED.UPDATED_AT, now).execute();
    }

    /**
     * Consultations at 16 Nov 00:10, 22 Nov 23:50 (week), 23 Nov 00:10 (next week), 15 Nov 23:50
     * (week before). Action items, added 16 Nov 10:00: AI1 due 18 Nov never done; AI2 due 25 Nov
     * done 20 Nov; AI3 due 21 Nov done 23 Nov; AI4 due 22 Nov never done.
     */
    private void consultations() {
        at(11, 16, 10, 0);
        Consultation first = consultation(LocalDateTime.of(2026, 11, 16, 0, 10), "=SUM(A1:A9)");
        consultation(LocalDateTime.of(2026, 11, 22, 23, 50), "ทบทวนโครงการ");
        consultation(LocalDateTime.of(2026, 11, 23, 0, 10), "หารือสัปดาห์หน้า");
        consultation(LocalDateTime.of(2026, 11, 15, 23, 50), "หารือสัปดาห์ก่อน");
        var consultations = context.consultationService();
        consultations.addActionItem(first.id(), "ส่งข้อมูลเพิ่มเติม", null, personA, LocalDate.of(2026, 11, 18));
        var ai2 = consultations.addActionItem(first.id(), "นัดประชุม", null, personA, LocalDate.of(2026, 11, 25));
        var ai3 = consultations.addActionItem(first.id(), "ทำร่างแผน", null, personA, LocalDate.of(2026, 11, 21));
        consultations.addActionItem(first.id(), "สรุปรายงาน", null, personA, LocalDate.of(2026, 11, 22));
        at(11, 20, 15, 0);
        consultations.markDone(ai2.id(), true);
        at(11, 23, 9, 0);
        consultations.markDone(ai3.id(), true);
    }

    private Consultation consultation(LocalDateTime heldAt, String subject) {
        return context.consultationService().save(new Consultation(null, heldAt, ConsultationKind.AGENCY_ADVISORY,
                subject, null, "บันทึก", "ข้อแนะนำ", null, null, null));
    }

    /**
     * M1 (n1, s1) proposed 16 Nov, introduced 17 Nov, pilot 18 Nov, adopted Sun 22 Nov 23:00;
     * estimated 100,000 baht, realised 80,000. M2 (n3, s2) proposed 10 Nov, estimated 50,000,
     * introduced Mon 23 Nov 00:30. M3 (n2, s2) proposed 20 Nov, declined 21 Nov.
     */
    private void matches() {
        var matches = context.matchService();
        at(11, 10, 10, 0);
        Match m2 = matches.propose("n3", "s2", 70);
        matches.setValues(m2.id(), 5_000_000L, null);
        at(11, 16, 10, 0);
        Match m1 = matches.propose("n1", "s1", 90);
        matches.setValues(m1.id(), 10_000_000L, 8_000_000L);
        at(11, 17, 10, 0);
        matches.moveTo(m1.id(), MatchStage.INTRODUCED, null);
        at(11, 18, 10, 0);
        matches.moveTo(m1.id(), MatchStage.PILOT, null);
        at(11, 20, 10, 0);
        Match m3 = matches.propose("n2", "s2", 40);
        at(11, 21, 10, 0);
        matches.moveTo(m3.id(), MatchStage.DECLINED, "ไม่ตรงกับความต้องการ");
        at(11, 22, 23, 0);
        matches.moveTo(m1.id(), MatchStage.ADOPTED, null);
        at(11, 23, 0, 30);
        matches.moveTo(m2.id(), MatchStage.INTRODUCED, null);
    }
}
