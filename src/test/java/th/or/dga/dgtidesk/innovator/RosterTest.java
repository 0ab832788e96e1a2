package th.or.dga.dgtidesk.innovator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static th.or.dga.dgtidesk.db.generated.Tables.AGENCY_NEED;
import static th.or.dga.dgtidesk.db.generated.Tables.AUDIT_ENTRY;
import static th.or.dga.dgtidesk.db.generated.Tables.CONSULTATION_ORGANIZATION;
import static th.or.dga.dgtidesk.db.generated.Tables.ORGANIZATION;
import static th.or.dga.dgtidesk.db.generated.Tables.PERSON;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.TestCenters;
import th.or.dga.dgtidesk.common.Messages;
import th.or.dga.dgtidesk.common.ThaiText;
import th.or.dga.dgtidesk.common.UserException;
import th.or.dga.dgtidesk.consultation.Consultation;
import th.or.dga.dgtidesk.consultation.ConsultationKind;
import th.or.dga.dgtidesk.security.Role;
import th.or.dga.dgtidesk.workshop.RegistrationSource;
import th.or.dga.dgtidesk.workshop.Workshop;
import th.or.dga.dgtidesk.workshop.WorkshopKind;
import th.or.dga.dgtidesk.workshop.WorkshopStatus;

class RosterTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 1, 2, 0);

    @TempDir
    Path folder;

    private CenterContext context;
    private InnovatorService innovators;
    private SolutionService solutions;
    private RosterQueries roster;

    @BeforeEach
    void setUp() {
        context = TestCenters.setUpCenter(folder);
        innovators = context.innovatorService();
        solutions = context.solutionService();
        roster = context.rosterQueries();
        context.database().transactions().write(tx -> {
            tx.insertInto(ORGANIZATION).set(ORGANIZATION.ID, "agency").set(ORGANIZATION.NAME_TH, "สำนักงานจังหวัดชลบุรี")
                    .set(ORGANIZATION.KIND, "government_agency").set(ORGANIZATION.PROVINCE, "ชลบุรี")
                    .set(ORGANIZATION.SORT_KEY, ThaiText.sortKey("สำนักงานจังหวัดชลบุรี"))
                    .set(ORGANIZATION.CREATED_AT, NOW).set(ORGANIZATION.UPDATED_AT, NOW).execute();
            person(tx, "wanna", "วรรณา", "แสงทอง", null, "ระยอง");
            person(tx, "somsak", "สมศักดิ์", "รักไทย", null, null);
            tx.insertInto(AGENCY_NEED).set(AGENCY_NEED.ID, "need").set(AGENCY_NEED.AGENCY_ID, "agency")
                    .set(AGENCY_NEED.TITLE, "ติดตามคุณภาพน้ำในคลอง").set(AGENCY_NEED.PRIORITY, "high")
                    .set(AGENCY_NEED.RECEIVED_ON, LocalDate.of(2026, 10, 15)).set(AGENCY_NEED.STATUS, "open")
                    .set(AGENCY_NEED.CREATED_AT, NOW).set(AGENCY_NEED.UPDATED_AT, NOW).execute();
            return null;
        });
    }

    private static void person(org.jooq.DSLContext tx, String id, String first, String last, String organizationId,
            String province) {
        tx.insertInto(PERSON).set(PERSON.ID, id).set(PERSON.FIRST_NAME_TH, first).set(PERSON.LAST_NAME_TH, last)
                .set(PERSON.ORGANIZATION_ID, organizationId).set(PERSON.PROVINCE, province)
                .set(PERSON.SORT_KEY, ThaiText.sortKey(first + " " + last))
                .set(PERSON.CREATED_AT, NOW).set(PERSON.UPDATED_AT, NOW).execute();
    }

    @AfterEach
    void close() {
        context.close();
    }

    private static InnovatorDraft startup(String organization, String province, String... tags) {
        return new InnovatorDraft(null, InnovatorKind.STARTUP, organization, province, RosterStatus.APPLICANT, null,
                "DGTi Cohort 2569/1", "somsak", true, List.of(tags));
    }

    private Solution solution(String innovatorId, String name, Integer trl, String... tags) {
        return solutions.create(new Solution(null, innovatorId, name, "สรุป " + name, List.of(tags), trl,
                List.of(ServiceArea.ENVIRONMENT), "example.com/" + trl));
    }

    @Test
    void anOrganizationInnovatorGetsItsOrganizationMadeWithItsProvinceAndIsOnTheRosterOnce() {
        Innovator farm = innovators.create(startup("บริษัท สมาร์ทฟาร์ม จำกัด", "ฉะเชิงเทรา", "Agritech", " IoT "));

        assertThat(farm.name()).isEqualTo("บริษัท สมาร์ทฟาร์ม จำกัด");
        InnovatorPage page = roster.page(farm.id()).orElseThrow();
        assertThat(page.province()).isEqualTo("ฉะเชิงเทรา");
        assertThat(page.tags()).containsExactly("Agritech", "IoT");
        assertThat(page.contact().displayName()).isEqualTo("สมศักดิ์ รักไทย");
        String organizationKind = context.database().transactions().read(dsl -> dsl.fetchValue(ORGANIZATION.KIND,
                ORGANIZATION.ID.eq(farm.organizationId())));
        assertThat(organizationKind).isEqualTo("startup");
        int audited = context.database().transactions().read(dsl -> dsl.fetchCount(AUDIT_ENTRY,
                AUDIT_ENTRY.ENTITY.eq("innovator").and(AUDIT_ENTRY.ENTITY_ID.eq(farm.id()))));
        assertThat(audited).isEqualTo(1);

        assertThatThrownBy(() -> innovators.create(startup("บริษัท สมาร์ทฟาร์ม จำกัด", null)))
                .isInstanceOf(UserException.class).extracting("messageKey").isEqualTo("roster.alreadyOnRoster");
    }

    @Test
    void anIndividualInnovatorIsItsContactPersonAndTakesTheirProvince() {
        Innovator wanna = innovators.create(new InnovatorDraft(null, InnovatorKind.INDIVIDUAL, null, null,
                RosterStatus.ACTIVE, null, null, "wanna", false, List.of()));

        assertThat(wanna.personId()).isEqualTo("wanna");
        assertThat(wanna.name()).isEqualTo("วรรณา แสงทอง");
        assertThat(wanna.joinedOn()).as("active without a date joins today").isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(roster.page(wanna.id()).orElseThrow().province()).isEqualTo("ระยอง");
        assertThatThrownBy(() -> innovators.create(new InnovatorDraft(null, InnovatorKind.INDIVIDUAL, null, null,
                null, null, null, null, false, List.of()))).extracting("messageKey").isEqualTo("roster.personRequired");
    }

    @Test
    void editingKeepsTheStatusAndStatusMovesFollowTheRoster() {
        Innovator farm = innovators.create(startup("บริษัท สมาร์ทฟาร์ม จำกัด", null, "IoT"));
        InnovatorDraft draft = innovators.draft(farm.id());
        innovators.update(new InnovatorDraft(draft.id(), draft.kind(), draft.organizationNameTh(), "ระยอง",
                RosterStatus.ALUMNI, LocalDate.of(2026, 6, 1), "DGTi Cohort 2569/2", "wanna", false,
                List.of("iot", "Smart Farming")));

        InnovatorDraft edited = innovators.draft(farm.id());
        assertThat(edited.status()).isEqualTo(RosterStatus.APPLICANT);
        assertThat(edited.province()).isEqualTo("ระยอง");
        assertThat(edited.cohort()).isEqualTo("DGTi Cohort 2569/2");
        assertThat(edited.contactPersonId()).isEqualTo("wanna");
        assertThat(edited.tags()).containsExactly("IoT", "Smart Farming");

        assertThatThrownBy(() -> innovators.changeStatus(farm.id(), RosterStatus.ALUMNI))
                .extracting("messageKey").isEqualTo("roster.illegalMove");
        assertThat(innovators.changeStatus(farm.id(), RosterStatus.ACTIVE).joinedOn())
                .as("a recorded joining date is kept").isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(innovators.changeStatus(farm.id(), RosterStatus.ALUMNI).status()).isEqualTo(RosterStatus.ALUMNI);
        assertThatThrownBy(() -> innovators.changeStatus(farm.id(), RosterStatus.APPLICANT))
                .extracting("messageKey").isEqualTo("roster.illegalMove");
    }

    @Test
    void aViewerCannotChangeTheRoster() {
        context.staffService().add("viewer", "ผู้ชม", Role.VIEWER);
        context.staffService().actAs("viewer");
        assertThatThrownBy(() -> innovators.create(startup("บริษัท ก จำกัด", null)))
                .extracting("messageKey").isEqualTo("staff.viewerCannotWrite");
    }

    @Test
    void solutionsKeepTheirReadinessTagsServiceAreasAndAWebLink() {
        Innovator farm = innovators.create(startup("บริษัท สมาร์ทฟาร์ม จำกัด", null));
        Solution sensor = solution(farm.id(), "เซนเซอร์วัดคุณภาพน้ำ", 7, "IoT", "Environment");

        assertThat(sensor.link()).isEqualTo("https://example.com/7");
        assertThat(sensor.tags()).containsExactly("Environment", "IoT");
        assertThat(sensor.serviceAreas()).containsExactly(ServiceArea.ENVIRONMENT);
        Solution edited = solutions.update(new Solution(sensor.id(), farm.id(), "เซนเซอร์วัดคุณภาพน้ำ รุ่น 2", null,
                List.of("IoT"), 8, List.of(ServiceArea.LOCAL_GOVERNMENT, ServiceArea.ENVIRONMENT),
                "http://farm.example/sensor"));
        assertThat(edited.trl()).isEqualTo(8);
        assertThat(edited.serviceAreas()).containsExactly(ServiceArea.ENVIRONMENT, ServiceArea.LOCAL_GOVERNMENT);
        assertThat(roster.page(farm.id()).orElseThrow().solutions()).extracting(Solution::name)
                .containsExactly("เซนเซอร์วัดคุณภาพน้ำ รุ่น 2");

        assertThatThrownBy(() -> solution(farm.id(), "ระบบ", 10)).extracting("messageKey")
                .isEqualTo("roster.trl.outOfRange");
        assertThatThrownBy(() -> solutions.create(new Solution(null, farm.id(), "ระบบ", null, List.of(), 3,
                List.of(), "mailto:someone@example.com"))).extracting("messageKey").isEqualTo("roster.solution.badLink");
        assertThatThrownBy(() -> solution(farm.id(), "  ", 3)).extracting("messageKey")
                .isEqualTo("roster.solution.nameRequired");
    }

    @ParameterizedTest
    @CsvSource({"th", "en"})
    void everyReadinessLevelHasAMeaningInBothLanguages(String language) {
        Messages messages = Messages.ofLanguage(language);
        for (int level = Trl.LOWEST; level <= Trl.HIGHEST; level++) {
            assertThat(messages.get(Trl.meaningKey(level))).startsWith("TRL " + level + " · ").hasSizeGreaterThan(12);
        }
    }

    @Test
    void aSolutionProposedForANeedIsNotDeletedButAnotherIs() {
        Innovator farm = innovators.create(startup("บริษัท สมาร์ทฟาร์ม จำกัด", null));
        Solution proposed = solution(farm.id(), "เซนเซอร์", 7);
        Solution draft = solution(farm.id(), "ต้นแบบ", 2);
        context.matchService().propose("need", proposed.id(), 80);

        assertThatThrownBy(() -> solutions.delete(proposed.id())).extracting("messageKey")
                .isEqualTo("roster.solution.hasMatches");
        solutions.delete(draft.id());
        assertThat(roster.page(farm.id()).orElseThrow().solutions()).extracting(Solution::id)
                .containsExactly(proposed.id());
    }

    @Test
    void theRosterFiltersByStatusTagReadinessProvinceAndText() {
        Innovator farm = innovators.create(startup("บริษัท สมาร์ทฟาร์ม จำกัด", "ฉะเชิงเทรา", "Agritech"));
        solution(farm.id(), "เซนเซอร์วัดคุณภาพน้ำ", 7, "IoT");
        solution(farm.id(), "แชตบอตเกษตรกร", 3, "AI");
        Innovator lab = innovators.create(new InnovatorDraft(null, InnovatorKind.UNIVERSITY_TEAM,
                "ทีมวิจัย AI มหาวิทยาลัยบูรพา", "ชลบุรี", RosterStatus.ACTIVE, null, null, null, true, List.of("AI")));
        solution(lab.id(), "ระบบคัดแยกเอกสาร", 8, "Document");
        Innovator wanna = innovators.create(new InnovatorDraft(null, InnovatorKind.INDIVIDUAL, null, null,
                RosterStatus.APPLICANT, null, null, "wanna", false, List.of()));

        assertThat(names(RosterFilter.ALL)).containsExactly("ทีมวิจัย AI มหาวิทยาลัยบูรพา", "บริษัท สมาร์ทฟาร์ม จำกัด",
                "วรรณา แสงทอง");
        assertThat(names(new RosterFilter(RosterStatus.ACTIVE, null, null, null, null)))
                .containsExactly("ทีมวิจัย AI มหาวิทยาลัยบูรพา");
        assertThat(names(new RosterFilter(null, "ai", null, null, null))).as("focus tag or a solution's tag")
                .containsExactly("ทีมวิจัย AI มหาวิทยาลัยบูรพา", "บริษัท สมาร์ทฟาร์ม จำกัด");
        assertThat(names(new RosterFilter(null, "AI", 7, null, null)))
                .as("the farm's AI solution is only TRL 3; the lab is an AI team with a TRL 8 solution")
                .containsExactly("ทีมวิจัย AI มหาวิทยาลัยบูรพา");
        assertThat(names(new RosterFilter(null, "IoT", 7, null, null))).containsExactly("บริษัท สมาร์ทฟาร์ม จำกัด");
        assertThat(names(new RosterFilter(null, null, 9, null, null))).isEmpty();
        assertThat(names(new RosterFilter(null, null, null, "ระยอง", null))).containsExactly("วรรณา แสงทอง");
        assertThat(names(new RosterFilter(null, null, null, null, "ฟาร์ม"))).as("inside a Thai word")
                .containsExactly("บริษัท สมาร์ทฟาร์ม จำกัด");
        assertThat(names(new RosterFilter(null, null, null, null, "คัดแยก"))).as("a solution's name")
                .containsExactly("ทีมวิจัย AI มหาวิทยาลัยบูรพา");
        assertThat(roster.provinces()).containsExactly("ฉะเชิงเทรา", "ชลบุรี", "ระยอง");

        RosterRow farmRow = roster.list(new RosterFilter(null, null, null, "ฉะเชิงเทรา", null)).get(0);
        assertThat(farmRow.solutions()).isEqualTo(2);
        assertThat(farmRow.highestTrl()).isEqualTo(7);
        assertThat(farmRow.tags()).containsExactly("Agritech");
        assertThat(roster.list(new RosterFilter(null, null, null, "ระยอง", null)).get(0).highestTrl()).isNull();
        assertThat(wanna.status()).isEqualTo(RosterStatus.APPLICANT);
    }

    private List<String> names(RosterFilter filter) {
        return roster.list(filter).stream().map(RosterRow::name).toList();
    }

    @Test
    void theInnovatorPageShowsItsConsultationsMatchesAndTheWorkshopsItsPeopleAttended() {
        Innovator farm = innovators.create(startup("บริษัท สมาร์ทฟาร์ม จำกัด", null));
        Solution sensor = solution(farm.id(), "เซนเซอร์วัดคุณภาพน้ำ", 7);
        String matchId = context.matchService().propose("need", sensor.id(), 90).id();
        context.consultationService().save(new Consultation(null, LocalDateTime.of(2026, 11, 20, 10, 0),
                ConsultationKind.MATCHING_MEETING, "ประชุมจับคู่เรื่องคุณภาพน้ำ", null, null, null, "need", matchId, null));
        Consultation mentoring = context.consultationService().save(new Consultation(null,
                LocalDateTime.of(2026, 11, 10, 14, 0), ConsultationKind.INNOVATOR_MENTORING, "พี่เลี้ยงแผนธุรกิจ", null,
                null, null, null, null, null));
        context.consultationService().save(new Consultation(null, LocalDateTime.of(2026, 11, 11, 14, 0),
                ConsultationKind.AGENCY_ADVISORY, "ไม่เกี่ยวกับฟาร์ม", null, null, null, null, null, null));
        context.database().transactions().write(tx -> {
            tx.insertInto(CONSULTATION_ORGANIZATION).set(CONSULTATION_ORGANIZATION.ID, "co1")
                    .set(CONSULTATION_ORGANIZATION.CONSULTATION_ID, mentoring.id())
                    .set(CONSULTATION_ORGANIZATION.ORGANIZATION_ID, farm.organizationId())
                    .set(CONSULTATION_ORGANIZATION.CREATED_AT, NOW).set(CONSULTATION_ORGANIZATION.UPDATED_AT, NOW)
                    .execute();
            person(tx, "member", "มานี", "มีนา", farm.organizationId(), null);
            return null;
        });
        Workshop workshop = context.workshopService().create(new Workshop(null, "WS-1", "อบรม IoT", null,
                WorkshopKind.TRAINING, LocalDateTime.of(2026, 11, 24, 9, 0), LocalDateTime.of(2026, 11, 24, 16, 0),
                null, null, null, null, null));
        context.workshopService().changeStatus(workshop.id(), WorkshopStatus.OPEN);
        for (String person : List.of("member", "somsak", "wanna")) {
            String registration = context.registrationService().register(workshop.id(), person,
                    RegistrationSource.MANUAL).id();
            if (!person.equals("wanna")) {
                context.registrationService().checkIn(registration, false);
            }
        }

        InnovatorPage page = roster.page(farm.id()).orElseThrow();

        assertThat(page.matches()).extracting(InnovatorPage.MatchLine::needTitle, InnovatorPage.MatchLine::agencyName,
                InnovatorPage.MatchLine::stageCode).containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "ติดตามคุณภาพน้ำในคลอง", "สำนักงานจังหวัดชลบุรี", "proposed"));
        assertThat(page.consultations()).extracting(InnovatorPage.ConsultationLine::subject)
                .containsExactly("ประชุมจับคู่เรื่องคุณภาพน้ำ", "พี่เลี้ยงแผนธุรกิจ");
        assertThat(page.consultations().get(0).heldAt()).isEqualTo(LocalDateTime.of(2026, 11, 20, 10, 0));
        assertThat(page.workshops()).as("a member and the contact person checked in; wanna did not")
                .extracting(InnovatorPage.WorkshopLine::personName).containsExactly("มานี มีนา", "สมศักดิ์ รักไทย");
        assertThat(page.workshops().get(0).startsAt()).isEqualTo(LocalDateTime.of(2026, 11, 24, 9, 0));
    }
}
