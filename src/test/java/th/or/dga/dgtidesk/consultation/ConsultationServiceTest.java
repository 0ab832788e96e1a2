package th.or.dga.dgtidesk.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.TestCenters;
import th.or.dga.dgtidesk.common.DateRange;
import th.or.dga.dgtidesk.common.Ref;
import th.or.dga.dgtidesk.db.Database;
import th.or.dga.dgtidesk.matching.MatchingFixtures;
import th.or.dga.dgtidesk.matching.Need;
import th.or.dga.dgtidesk.matching.NeedPriority;

class ConsultationServiceTest {

    @TempDir
    Path folder;

    @Test
    void notesSaveRepeatedlyAndActionItemsSurfaceWhenOverdue() {
        try (CenterContext context = TestCenters.setUpCenter(folder)) {
            ConsultationService service = context.consultationService();
            String me = context.currentStaff().require().id();
            Consultation first = service.save(new Consultation(null, LocalDateTime.of(2026, 11, 20, 14, 0),
                    ConsultationKind.AGENCY_ADVISORY, "  ระบบนัดหมายออนไลน์ของเทศบาล ", me, "บันทึกแรก", null, null,
                    null, LocalDate.of(2026, 12, 4)));
            Consultation second = service.save(new Consultation(first.id(), first.heldAt(), first.kind(),
                    first.subject(), me, "บันทึกแรก\nเพิ่มเติมหลังประชุม", "ทดลองใช้ 3 เดือน", null, null,
                    first.followUpOn()));
            assertThat(second.id()).isEqualTo(first.id());
            assertThat(second.subject()).isEqualTo("ระบบนัดหมายออนไลน์ของเทศบาล");

            ActionItem late = service.addActionItem(first.id(), "ส่งข้อเสนอโครงการ", me, null, LocalDate.of(2026, 11, 20));
            ActionItem notYet = service.addActionItem(first.id(), "นัดสาธิตระบบ", me, null, LocalDate.of(2026, 12, 1));
            ActionItem doneLate = service.addActionItem(first.id(), "ส่งรายชื่อผู้ติดต่อ", me, null,
                    LocalDate.of(2026, 11, 1));
            service.markDone(doneLate.id(), true);

            assertThat(service.overdue()).extracting(ActionItem::id).containsExactly(late.id());
            // 25 November (the test clock) is five days after 20 November.
            assertThat(service.overdue().get(0).daysOverdue(LocalDate.of(2026, 11, 25))).isEqualTo(5);
            assertThat(service.myOpen()).extracting(ActionItem::id).containsExactly(late.id(), notYet.id());
            assertThat(service.items(first.id())).hasSize(3);
            assertThatThrownBy(() -> service.addActionItem(first.id(), " ", me, null, null))
                    .hasMessageContaining("actionItem.whatRequired");
        }
    }

    /**
     * An item due on 24 November is overdue from midnight in Bangkok (17:00 UTC on the 24th), not
     * from midnight UTC seven hours later.
     */
    @ParameterizedTest
    @CsvSource({
            "2026-11-24T16:59:59Z, 0",
            "2026-11-24T17:00:00Z, 1",
            "2026-11-25T16:59:59Z, 1",
            "2026-11-25T17:00:00Z, 2",
    })
    void overdueCountsBangkokDays(String instant, long daysOverdue) {
        Clock clock = Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
        try (CenterContext setUp = TestCenters.setUpCenter(folder)) {
            String me = setUp.currentStaff().require().id();
            ConsultationService service = setUp.consultationService();
            Consultation c = service.save(service.blank(ConsultationKind.PROJECT_REVIEW, "ทบทวนโครงการ"));
            service.addActionItem(c.id(), "ส่งรายงาน", me, null, LocalDate.of(2026, 11, 24));
        }
        try (CenterContext context = new CenterContext(Database.openForWriting(TestCenters.dataFile(folder),
                TestCenters.backupFolder(folder), clock), clock)) {
            context.staffService().actAsFirstAdmin();
            OverdueItems all = context.consultationService().overdueItems();
            assertThat(all.total()).isEqualTo(daysOverdue == 0 ? 0 : 1);
            List<ActionItemRow> overdue = all.longest();
            assertThat(overdue).extracting(ActionItemRow::daysOverdue)
                    .containsExactlyElementsOf(daysOverdue == 0 ? List.of() : List.of(daysOverdue));
            assertThat(context.consultationService().myOpenRows()).extracting(ActionItemRow::daysOverdue)
                    .containsExactly(daysOverdue);
        }
    }

    @Test
    void theListFiltersByKindConsultantOrganizationPeriodAndText() {
        try (CenterContext context = TestCenters.setUpCenter(folder)) {
            new MatchingFixtures(context).organization("city", "เทศบาลเมืองศรีราชา", "government_agency")
                    .organization("port", "การท่าเรือแห่งประเทศไทย", "state_enterprise")
                    .person("p1", "สมหญิง", "ใจดี", "city");
            ConsultationService service = context.consultationService();
            String me = context.currentStaff().require().id();
            Consultation flood = service.save(new Consultation(null, LocalDateTime.of(2026, 11, 20, 10, 0),
                    ConsultationKind.AGENCY_ADVISORY, "ระบบแจ้งเตือนน้ำท่วม", me, "หารือเรื่องเซนเซอร์วัดระดับน้ำ", null,
                    null, null, null));
            Consultation port = service.save(new Consultation(null, LocalDateTime.of(2026, 10, 2, 0, 30),
                    ConsultationKind.MATCHING_MEETING, "จับคู่ระบบคิวรถบรรทุก", null, null, null, null, null, null));
            service.setAttendance(flood.id(), List.of("city", "city"), List.of("p1"));
            service.setAttendance(port.id(), List.of("port"), List.of());
            service.addActionItem(flood.id(), "ส่งข้อมูลระดับน้ำย้อนหลัง", me, null, LocalDate.of(2026, 11, 22));

            assertThat(service.attendance(flood.id())).isEqualTo(new Attendance(
                    List.of(new Ref("city", "เทศบาลเมืองศรีราชา")), List.of(new Ref("p1", "สมหญิง ใจดี"))));
            assertThat(service.list(ConsultationFilter.all())).extracting(ConsultationRow::id)
                    .containsExactly(flood.id(), port.id());
            ConsultationRow first = service.list(ConsultationFilter.all()).get(0);
            assertThat(first.organizations()).isEqualTo("เทศบาลเมืองศรีราชา");
            assertThat(first.openItems()).isEqualTo(1);
            assertThat(first.overdueItems()).isEqualTo(1);
            assertThat(ids(service, new ConsultationFilter(ConsultationKind.MATCHING_MEETING, null, null, null, null)))
                    .containsExactly(port.id());
            assertThat(ids(service, new ConsultationFilter(null, me, null, null, null))).containsExactly(flood.id());
            assertThat(ids(service, new ConsultationFilter(null, null, "port", null, null))).containsExactly(port.id());
            // 00:30 on 2 October in Bangkok is still 1 October in UTC: periods are Bangkok days.
            assertThat(ids(service, new ConsultationFilter(null, null, null,
                    new DateRange(LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 2)), null)))
                    .containsExactly(port.id());
            assertThat(ids(service, new ConsultationFilter(null, null, null, null, "ระดับน้ำ")))
                    .containsExactly(flood.id());
            assertThat(service.organizationsSeen()).extracting(Ref::id).containsExactly("port", "city");
        }
    }

    @Test
    void aConsultationStartsFromANeedWithItsAgencyAndContactPresent() {
        try (CenterContext context = TestCenters.setUpCenter(folder)) {
            new MatchingFixtures(context).organization("city", "เทศบาลเมืองศรีราชา", "government_agency")
                    .person("p1", "สมหญิง", "ใจดี", "city");
            Need need = context.needService().save(new Need(null, "city", "p1", "ลดคิวที่สำนักงาน", null, null, null,
                    NeedPriority.NORMAL, LocalDate.of(2026, 11, 1), false, null));
            ConsultationDraft draft = context.consultationService().draftFromNeed(need,
                    new Ref("city", "เทศบาลเมืองศรีราชา"), new Ref("p1", "สมหญิง ใจดี"));
            assertThat(draft.consultation().subject()).isEqualTo("ลดคิวที่สำนักงาน");
            assertThat(draft.consultation().needId()).isEqualTo(need.id());
            assertThat(draft.consultation().kind()).isEqualTo(ConsultationKind.AGENCY_ADVISORY);
            // Held now in Bangkok (09:00 on the test clock), by the staff member at the desk.
            assertThat(draft.consultation().heldAt()).isEqualTo(LocalDateTime.of(2026, 11, 25, 9, 0));
            assertThat(draft.consultation().consultantStaffId()).isEqualTo(context.currentStaff().require().id());
            assertThat(draft.attendance().people()).extracting(Ref::id).containsExactly("p1");
        }
    }

    private static List<String> ids(ConsultationService service, ConsultationFilter filter) {
        return service.list(filter).stream().map(ConsultationRow::id).toList();
    }
}
