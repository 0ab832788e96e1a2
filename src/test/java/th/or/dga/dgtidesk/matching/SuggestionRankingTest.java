package th.or.dga.dgtidesk.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.TestCenters;

/**
 * A small hand-made catalogue where the right answer is known: a Thai need about flood warning
 * must rank the IoT water-level solution first, not the ready, well-adopted platform that only
 * shares the generic "GovTech" tag.
 */
class SuggestionRankingTest {

    @TempDir
    Path folder;

    private CenterContext context;
    private Need flood;

    @BeforeEach
    void setUp() {
        context = TestCenters.setUpCenter(folder);
        new MatchingFixtures(context)
                .organization("city", "เทศบาลเมืองศรีราชา", "government_agency")
                .innovator("water", "บริษัท วอเตอร์เซนส์ จำกัด", null)
                .innovator("queue", "บริษัท คิวดี จำกัด", null)
                .innovator("farm", "บริษัท ฟาร์มดี จำกัด", null)
                .solution("level", "water", "เซนเซอร์ IoT วัดระดับน้ำ",
                        "วัดระดับน้ำในคลองและแม่น้ำแบบเรียลไทม์ แจ้งเตือนน้ำท่วมผ่าน LINE ก่อนน้ำล้นตลิ่ง", 6,
                        "environment,local_government", List.of("IoT", "GovTech"))
                .solution("booking", "queue", "แพลตฟอร์มนัดหมายออนไลน์",
                        "ประชาชนจองคิวรับบริการที่สำนักงานผ่านมือถือ ลดเวลารอ", 9, "public_service",
                        List.of("GovTech", "ระบบนัดหมาย"))
                .solution("chatbot", "queue", "แชตบอตตอบคำถามประชาชน", "ตอบคำถามที่พบบ่อยตลอด 24 ชั่วโมง", 8,
                        "public_service", List.of("GovTech", "Chatbot"))
                .solution("price", "farm", "ระบบพยากรณ์ราคาผลผลิต", "พยากรณ์ราคาข้าวและมันสำปะหลังให้เกษตรกร", 5,
                        "agriculture", List.of("AI", "Agritech"))
                .solution("permit", "queue", "ระบบอนุญาตออนไลน์", "ยื่นคำขออนุญาตก่อสร้างออนไลน์", 7,
                        "public_service", List.of("GovTech", "e-Service"));
        // The booking platform's innovator has adopted projects before: a strong track record.
        for (int i = 0; i < 3; i++) {
            context.database().transactions().write(tx -> {
                tx.execute("INSERT INTO agency_need (id, agency_id, title, priority, received_on, status, created_at,"
                        + " updated_at) VALUES ('old" + tx.fetchCount(th.or.dga.dgtidesk.db.generated.Tables.AGENCY_NEED)
                        + "', 'city', 'คิว', 'normal', '2025-01-01', 'matched', '2025-01-01 00:00:00.000',"
                        + " '2025-01-01 00:00:00.000')");
                return null;
            });
        }
        context.database().transactions().write(tx -> {
            int n = 0;
            for (String need : tx.fetch("SELECT id FROM agency_need").getValues(0, String.class)) {
                tx.execute("INSERT INTO solution_match (id, need_id, solution_id, stage, stage_changed_at, created_at,"
                        + " updated_at) VALUES (?, ?, ?, 'adopted', '2025-02-01 00:00:00.000', '2025-02-01 00:00:00.000',"
                        + " '2025-02-01 00:00:00.000')", "m" + n, need, n++ == 0 ? "booking" : "permit");
            }
            return null;
        });
        flood = context.needService().save(new Need(null, "city", null, "ระบบแจ้งเตือนน้ำท่วมชุมชนริมคลอง",
                "ชาวบ้านริมคลองไม่รู้ล่วงหน้าว่าน้ำจะล้นตลิ่ง ต้องรอเจ้าหน้าที่ออกไปดูระดับน้ำเอง",
                "แจ้งเตือนประชาชนก่อนน้ำท่วมอย่างน้อย 3 ชั่วโมง", List.of("IoT", "GovTech"), NeedPriority.URGENT,
                LocalDate.of(2026, 11, 20), true, null));
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void theFloodNeedRanksTheWaterLevelSensorFirstWithItsReasons() {
        List<Suggestion> suggestions = context.suggestionService().forNeed(flood.id(), 10);

        assertThat(suggestions).first().extracting(Suggestion::solutionId).isEqualTo("level");
        Suggestion best = suggestions.get(0);
        Suggestion booking = suggestions.stream().filter(s -> s.solutionId().equals("booking")).findFirst()
                .orElseThrow();
        assertThat(best.score()).isGreaterThan(booking.score() + 20);
        assertThat(part(best, ScorePart.Kind.TAGS).details()).containsExactly("GovTech", "IoT");
        assertThat(part(best, ScorePart.Kind.TEXT).details().get(0)).contains("น้ำ", "ท่วม", "คลอง");
        assertThat(part(best, ScorePart.Kind.AREA).details()).containsExactly("environment", "น้ำ");
        assertThat(part(best, ScorePart.Kind.READINESS).points()).isEqualTo(6);
        // The generic tag earns less: GovTech is on four of five solutions, IoT on one.
        assertThat(part(booking, ScorePart.Kind.TAGS).points()).isLessThan(part(best, ScorePart.Kind.TAGS).points() / 2);
        assertThat(part(booking, ScorePart.Kind.TRACK_RECORD).details()).containsExactly("3");
        assertThat(part(booking, ScorePart.Kind.TRACK_RECORD).points()).isEqualTo(10);
        // The reasons shown are the parts that earned points, the largest first: no adoptions yet, so no track record.
        assertThat(best.reasons()).extracting(ScorePart::kind).containsExactlyInAnyOrder(ScorePart.Kind.TAGS,
                ScorePart.Kind.TEXT, ScorePart.Kind.AREA, ScorePart.Kind.READINESS);
        assertThat(best.reasons()).extracting(ScorePart::points).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(best.parts()).extracting(ScorePart::maxPoints).containsExactly(30, 35, 15, 10, 10);
        assertThat(suggestions).allSatisfy(s -> assertThat(s.score())
                .isEqualTo(s.parts().stream().mapToInt(ScorePart::points).sum()));
    }

    @Test
    void unrelatedSolutionsAreNotSuggestedAndProposedOnesLeaveTheList() {
        assertThat(context.suggestionService().forNeed(flood.id(), 10)).extracting(Suggestion::solutionId)
                .doesNotContain("price");
        context.matchService().propose(flood.id(), "level", 80);
        assertThat(context.suggestionService().forNeed(flood.id(), 10)).extracting(Suggestion::solutionId)
                .doesNotContain("level", "price");
    }

    /** The catalogue is kept between needs: an edit made after it was read must still count at once. */
    @Test
    void anEditedSolutionIsRankedByItsNewTextAtOnce() {
        assertThat(context.suggestionService().forNeed(flood.id(), 10)).extracting(Suggestion::solutionId)
                .doesNotContain("price");
        var price = context.rosterQueries().solution("price").orElseThrow();
        context.solutionService().update(new th.or.dga.dgtidesk.innovator.Solution(price.id(), price.innovatorId(),
                "ระบบแจ้งเตือนน้ำท่วมชุมชน", "แจ้งเตือนน้ำท่วมและระดับน้ำในคลองให้ชุมชน", price.tags(), price.trl(),
                price.serviceAreas(), price.link()));
        assertThat(context.suggestionService().forNeed(flood.id(), 10)).extracting(Suggestion::solutionId)
                .contains("price");
        context.solutionService().delete("price");
        assertThat(context.suggestionService().forNeed(flood.id(), 10)).extracting(Suggestion::solutionId)
                .doesNotContain("price");
    }

    @Test
    void aWordInsideAnotherIsNotAnArea() {
        // "สามารถ" (can) contains "รถ" (car): tokens keep it out of the transport area.
        SuggestionScorer scorer = new SuggestionScorer("ประชาชนสามารถยื่นเอกสารได้", List.of(), new Catalogue(List.of(
                new SolutionProfile("bus", "ระบบติดตามรถ", null, "i", "i", 5, Set.of(ServiceArea.TRANSPORT), Set.of())),
                Map.of()));
        assertThat(scorer.rank(5, Set.of())).isEmpty();
    }

    @Test
    void findsASolutionToProposeByAnyPartOfItsName() {
        assertThat(context.suggestionService().findSolutions("ระดับน้ำ", 5))
                .extracting(th.or.dga.dgtidesk.common.Ref::id).containsExactly("level");
    }

    private static ScorePart part(Suggestion suggestion, ScorePart.Kind kind) {
        return suggestion.parts().stream().filter(p -> p.kind() == kind).findFirst().orElseThrow();
    }
}
