package th.or.dga.dgtidesk.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
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
import th.or.dga.dgtidesk.common.UserException;

class WorkshopPlanningTest {

    @TempDir
    Path folder;

    private CenterContext context;
    private WorkshopService workshops;
    private String adminId;

    @BeforeEach
    void setUp() {
        context = TestCenters.setUpCenter(folder);
        workshops = context.workshopService();
        adminId = context.currentStaff().require().id();
    }

    @AfterEach
    void close() {
        context.close();
    }

    private Workshop draft(String code, Integer capacity) {
        return new Workshop(null, code, "อบรม AI สำหรับงานภาครัฐ", "AI for government", WorkshopKind.TRAINING,
                LocalDateTime.of(2026, 12, 31, 9, 0), LocalDateTime.of(2026, 12, 31, 16, 0), "ห้อง 1", capacity,
                WorkshopStatus.OPEN, "รายละเอียด", "เจ้าหน้าที่ไอที");
    }

    @Test
    void aPlanIsSavedWithItsTagsAndFacilitatorsAndStartsAsADraft() {
        Workshop created = workshops.create(new WorkshopPlan(draft("ai-01", 30), List.of("AI", " ข้อมูลเปิด ", "ai"),
                List.of(adminId)));

        WorkshopPlan stored = workshops.plan(created.id());
        assertThat(stored.workshop().status()).isEqualTo(WorkshopStatus.DRAFT);
        assertThat(stored.workshop().code()).isEqualTo("AI-01");
        assertThat(stored.tags()).containsExactlyInAnyOrder("AI", "ข้อมูลเปิด");
        assertThat(stored.facilitatorStaffIds()).containsExactly(adminId);
    }

    @Test
    void editingChangesThePlanButNeverTheCapacityOrStatus() {
        Workshop created = workshops.create(new WorkshopPlan(draft("AI-01", 30), List.of("AI"), List.of()));
        workshops.changeStatus(created.id(), WorkshopStatus.OPEN);
        Workshop changed = new Workshop(created.id(), "AI-01", "อบรม AI รุ่นที่ 2", null, WorkshopKind.CO_DESIGN,
                LocalDateTime.of(2027, 1, 5, 13, 0), LocalDateTime.of(2027, 1, 5, 17, 0), "ห้อง 2", 5,
                WorkshopStatus.DRAFT, null, null);

        Workshop saved = workshops.update(new WorkshopPlan(changed, List.of("Co-design"), List.of(adminId)));

        assertThat(saved.titleTh()).isEqualTo("อบรม AI รุ่นที่ 2");
        assertThat(saved.kind()).isEqualTo(WorkshopKind.CO_DESIGN);
        assertThat(saved.startsAt()).isEqualTo(LocalDateTime.of(2027, 1, 5, 13, 0));
        assertThat(saved.capacity()).isEqualTo(30);
        assertThat(saved.status()).isEqualTo(WorkshopStatus.OPEN);
        assertThat(workshops.plan(created.id()).tags()).containsExactly("Co-design");
        assertThat(context.workshopQueries().list(null, "รุ่นที่ 2")).extracting(WorkshopRow::id)
                .containsExactly(created.id());
    }

    @Test
    void aCodeInUseIsRefusedAndAHeldWorkshopCannotBeEdited() {
        Workshop first = workshops.create(draft("AI-01", 30));
        Workshop second = workshops.create(draft("AI-02", 30));
        Workshop clash = new Workshop(second.id(), "ai-01", second.titleTh(), null, second.kind(), second.startsAt(),
                second.endsAt(), null, null, null, null, null);
        assertThatThrownBy(() -> workshops.update(new WorkshopPlan(clash, List.of(), List.of())))
                .isInstanceOf(UserException.class).hasMessageContaining("workshop.codeTaken");

        workshops.changeStatus(first.id(), WorkshopStatus.CANCELLED);
        Workshop late = new Workshop(first.id(), "AI-01", "ชื่อใหม่", null, first.kind(), first.startsAt(),
                first.endsAt(), null, null, null, null, null);
        assertThatThrownBy(() -> workshops.update(new WorkshopPlan(late, List.of(), List.of())))
                .isInstanceOf(UserException.class).hasMessageContaining("workshop.notEditable");
    }

    @Test
    void theSameWorkshopNextMonthIsAnUnsavedCopyOneMonthLaterWithTheNextFreeCode() {
        Workshop original = workshops.create(new WorkshopPlan(draft("AI-09", 30), List.of("AI"), List.of(adminId)));
        workshops.create(draft("AI-10", 30));

        WorkshopPlan copy = workshops.nextMonthCopy(original.id());

        assertThat(copy.workshop().id()).isNull();
        assertThat(copy.workshop().code()).isEqualTo("AI-11");
        assertThat(copy.workshop().startsAt()).isEqualTo(LocalDateTime.of(2027, 1, 31, 9, 0));
        assertThat(copy.workshop().capacity()).isEqualTo(30);
        assertThat(copy.tags()).containsExactly("AI");
        assertThat(copy.facilitatorStaffIds()).containsExactly(adminId);
        assertThat(context.workshopQueries().list(null, null)).hasSize(2);
    }

    @ParameterizedTest
    @CsvSource({"AI-09, AI-10", "HACK-2026-001, HACK-2026-002", "DEMO, DEMO-2", "X99, X100"})
    void nextCodeCountsOnFromTheTrailingNumber(String code, String next) {
        assertThat(WorkshopService.nextCode(code)).isEqualTo(next);
    }

    @Test
    void theListNarrowsByKindAndByThaiFiscalYearInBangkokTime() {
        Workshop december = workshops.create(draft("AI-01", 30));
        // 23:30 on 30 September in Bangkok is still fiscal year 2569, though it is 16:30 UTC.
        Workshop lastNight = workshops.create(new Workshop(null, "HACK-01", "แฮกกาธอน", null, WorkshopKind.HACKATHON,
                LocalDateTime.of(2026, 9, 30, 23, 30), LocalDateTime.of(2026, 10, 1, 8, 0), null, null, null, null,
                null));

        assertThat(context.workshopQueries().list(new WorkshopFilter(null, null,
                new th.or.dga.dgtidesk.common.FiscalYear(2570), null))).extracting(WorkshopRow::id)
                .containsExactly(december.id());
        assertThat(context.workshopQueries().list(new WorkshopFilter(null, null,
                new th.or.dga.dgtidesk.common.FiscalYear(2569), null))).extracting(WorkshopRow::id)
                .containsExactly(lastNight.id());
        assertThat(context.workshopQueries().list(new WorkshopFilter(WorkshopStatus.DRAFT, WorkshopKind.HACKATHON,
                null, "แฮก"))).extracting(WorkshopRow::id).containsExactly(lastNight.id());
        assertThat(context.workshopQueries().list(new WorkshopFilter(null, WorkshopKind.DEMO_DAY, null, null)))
                .isEmpty();
    }
}
