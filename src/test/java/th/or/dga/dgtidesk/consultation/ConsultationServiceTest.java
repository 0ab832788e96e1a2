package th.or.dga.dgtidesk.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.TestCenters;

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

    @Test
    void theListIsNewestFirstByKindAndByAnyPartOfTheNotes() {
        try (var context = th.or.dga.dgtidesk.TestCenters.setUpCenter(folder)) {
            ConsultationService service = context.consultationService();
            Consultation older = service.save(new Consultation(null, LocalDateTime.of(2026, 11, 2, 9, 0),
                    ConsultationKind.AGENCY_ADVISORY, "หารือกรมการปกครอง", null, "ต้องการระบบคิวออนไลน์", null,
                    null, null, null));
            Consultation newer = service.save(new Consultation(null, LocalDateTime.of(2026, 11, 20, 9, 0),
                    ConsultationKind.INNOVATOR_MENTORING, "พี่เลี้ยงทีม AI", null, null, "ทดลองกับระบบคิว", null,
                    null, null));

            assertThat(service.list(null, null)).extracting(Consultation::id).containsExactly(newer.id(), older.id());
            assertThat(service.list(ConsultationKind.AGENCY_ADVISORY, null)).extracting(Consultation::id)
                    .containsExactly(older.id());
            assertThat(service.list(null, "ระบบคิว")).extracting(Consultation::id)
                    .containsExactly(newer.id(), older.id());
            assertThat(service.list(null, "ออนไลน์")).extracting(Consultation::id).containsExactly(older.id());
        }
    }
}
