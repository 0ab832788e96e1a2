package th.or.dga.dgtidesk.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.TestCenters;
import th.or.dga.dgtidesk.common.Ref;
import th.or.dga.dgtidesk.security.Role;

class NeedServiceTest {

    @TempDir
    Path folder;

    private CenterContext context;
    private NeedService needs;

    @BeforeEach
    void setUp() {
        context = TestCenters.setUpCenter(folder);
        new MatchingFixtures(context).organization("city", "เทศบาลนครแหลมฉบัง", "government_agency")
                .organization("startup", "บริษัท น้ำดี จำกัด", "startup")
                .person("p1", "สมหญิง", "ใจดี", "city");
        needs = context.needService();
    }

    @AfterEach
    void close() {
        context.close();
    }

    private Need draft(String title, List<String> tags) {
        return new Need(null, "city", "p1", title, "  ประชาชนไม่รู้ล่วงหน้าว่าน้ำจะท่วม ", "แจ้งเตือนก่อน 3 ชั่วโมง", tags,
                NeedPriority.HIGH, LocalDate.of(2026, 11, 20), true, null);
    }

    @Test
    void aNeedIsSavedCleanWithItsTagsAndUpdatedInPlace() {
        Need saved = needs.save(draft(" แจ้งเตือนน้ำท่วมชุมชนริมคลอง ", List.of("IoT", " น้ำท่วม ", "IoT", "")));
        assertThat(saved.status()).isEqualTo(NeedStatus.OPEN);
        assertThat(saved.title()).isEqualTo("แจ้งเตือนน้ำท่วมชุมชนริมคลอง");
        assertThat(saved.problemStatement()).isEqualTo("ประชาชนไม่รู้ล่วงหน้าว่าน้ำจะท่วม");

        Need read = needs.byId(saved.id()).orElseThrow();
        assertThat(read.tags()).containsExactlyInAnyOrder("IoT", "น้ำท่วม");
        assertThat(read.isPublic()).isTrue();
        assertThat(read.priority()).isEqualTo(NeedPriority.HIGH);

        Need changed = needs.save(new Need(saved.id(), "city", null, saved.title(), saved.problemStatement(), null,
                List.of("น้ำท่วม"), NeedPriority.URGENT, saved.receivedOn(), false, null));
        assertThat(changed.id()).isEqualTo(saved.id());
        Need reread = needs.byId(saved.id()).orElseThrow();
        assertThat(reread.tags()).containsExactly("น้ำท่วม");
        assertThat(reread.contactPersonId()).isNull();
        assertThat(reread.isPublic()).isFalse();
        assertThat(needs.list(NeedFilter.all())).hasSize(1);
    }

    @Test
    void aNeedNeedsAnAgencyATitleAndADateAndAWriter() {
        assertThatThrownBy(() -> needs.save(new Need(null, null, null, "x", null, null, null, null,
                LocalDate.of(2026, 11, 1), false, null))).hasMessageContaining("need.agencyRequired");
        assertThatThrownBy(() -> needs.save(draft("  ", List.of()))).hasMessageContaining("need.titleRequired");
        assertThatThrownBy(() -> needs.save(new Need(null, "city", null, "x", null, null, null, null, null, false,
                null))).hasMessageContaining("need.receivedOnRequired");
        context.currentStaff().set(context.staffService().add("viewer", "ผู้ชม", Role.VIEWER));
        assertThatThrownBy(() -> needs.save(draft("ดูได้อย่างเดียว", List.of())))
                .hasMessageContaining("staff.viewerCannotWrite");
    }

    @ParameterizedTest
    @CsvSource({
            "OPEN, MATCHING, true",
            "OPEN, CLOSED, true",
            "MATCHING, MATCHED, true",
            "MATCHED, CLOSED, true",
            "MATCHING, OPEN, false",
            "CLOSED, OPEN, false",
            "MATCHED, MATCHED, false",
    })
    void statusMovesForwardOnly(NeedStatus from, NeedStatus to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
    }

    @Test
    void closingANeedIsFinalAndStopsProposals() {
        Need need = needs.save(draft("แจ้งเตือนน้ำท่วม", List.of()));
        needs.moveTo(need.id(), NeedStatus.CLOSED);
        assertThat(needs.byId(need.id()).orElseThrow().status()).isEqualTo(NeedStatus.CLOSED);
        assertThatThrownBy(() -> needs.moveTo(need.id(), NeedStatus.OPEN)).hasMessageContaining("need.illegalMove");
    }

    @Test
    void theListFiltersByStatusPriorityPublicAndTextInsideThaiWords() {
        Need flood = needs.save(draft("แจ้งเตือนน้ำท่วมชุมชน", List.of()));
        Need queue = needs.save(new Need(null, "city", null, "ลดคิวรอที่สำนักงานเขต", null, null, List.of(),
                NeedPriority.LOW, LocalDate.of(2026, 11, 21), false, null));
        needs.moveTo(queue.id(), NeedStatus.MATCHING);

        assertThat(needs.list(new NeedFilter(null, null, null, "ท่วม"))).extracting(NeedRow::id)
                .containsExactly(flood.id());
        assertThat(needs.list(new NeedFilter(NeedStatus.MATCHING, null, null, null))).extracting(NeedRow::id)
                .containsExactly(queue.id());
        assertThat(needs.list(new NeedFilter(null, NeedPriority.HIGH, true, null))).extracting(NeedRow::id)
                .containsExactly(flood.id());
        // Newest received first, with the agency's name.
        assertThat(needs.list(NeedFilter.all())).extracting(NeedRow::id).containsExactly(queue.id(), flood.id());
        assertThat(needs.list(NeedFilter.all()).get(0).agencyName()).isEqualTo("เทศบาลนครแหลมฉบัง");
        assertThat(needs.agencies()).extracting(Ref::id).containsExactly("city");
        assertThat(needs.peopleOf("city")).extracting(Ref::name).containsExactly("สมหญิง ใจดี");
    }
}
