package th.or.dga.dgtidesk.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static th.or.dga.dgtidesk.db.generated.Tables.AGENCY_NEED;
import static th.or.dga.dgtidesk.db.generated.Tables.INNOVATOR;
import static th.or.dga.dgtidesk.db.generated.Tables.ORGANIZATION;
import static th.or.dga.dgtidesk.db.generated.Tables.SOLUTION;

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
import th.or.dga.dgtidesk.common.ThaiText;
import th.or.dga.dgtidesk.common.UserException;

class MatchServiceTest {

    @TempDir
    Path folder;

    private CenterContext context;

    @BeforeEach
    void setUp() {
        context = TestCenters.setUpCenter(folder);
        LocalDateTime now = LocalDateTime.of(2026, 11, 1, 2, 0);
        context.database().transactions().write(tx -> {
            for (String[] org : new String[][] {{"o1", "สำนักงานจังหวัดชลบุรี", "government_agency"},
                    {"o2", "บริษัท สมาร์ทฟาร์ม จำกัด", "startup"}}) {
                tx.insertInto(ORGANIZATION).set(ORGANIZATION.ID, org[0]).set(ORGANIZATION.NAME_TH, org[1])
                        .set(ORGANIZATION.KIND, org[2]).set(ORGANIZATION.SORT_KEY, ThaiText.sortKey(org[1]))
                        .set(ORGANIZATION.CREATED_AT, now).set(ORGANIZATION.UPDATED_AT, now).execute();
            }
            tx.insertInto(AGENCY_NEED).set(AGENCY_NEED.ID, "n1").set(AGENCY_NEED.AGENCY_ID, "o1")
                    .set(AGENCY_NEED.TITLE, "ติดตามคุณภาพน้ำในคลองแบบเรียลไทม์").set(AGENCY_NEED.PRIORITY, "high")
                    .set(AGENCY_NEED.RECEIVED_ON, LocalDate.of(2026, 10, 15)).set(AGENCY_NEED.STATUS, "open")
                    .set(AGENCY_NEED.CREATED_AT, now).set(AGENCY_NEED.UPDATED_AT, now).execute();
            tx.insertInto(INNOVATOR).set(INNOVATOR.ID, "i1").set(INNOVATOR.ORGANIZATION_ID, "o2")
                    .set(INNOVATOR.NAME, "สมาร์ทฟาร์ม").set(INNOVATOR.KIND, "startup").set(INNOVATOR.ROSTER_STATUS, "active")
                    .set(INNOVATOR.SORT_KEY, ThaiText.sortKey("สมาร์ทฟาร์ม"))
                    .set(INNOVATOR.CREATED_AT, now).set(INNOVATOR.UPDATED_AT, now).execute();
            for (String id : List.of("s1", "s2")) {
                tx.insertInto(SOLUTION).set(SOLUTION.ID, id).set(SOLUTION.INNOVATOR_ID, "i1")
                        .set(SOLUTION.NAME, "เซนเซอร์ IoT วัดคุณภาพน้ำ " + id).set(SOLUTION.TRL, 7)
                        .set(SOLUTION.CREATED_AT, now).set(SOLUTION.UPDATED_AT, now).execute();
            }
            return null;
        });
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void aMatchWalksToAdoptionWithItsHistoryAndMovesTheNeedAlong() {
        MatchService service = context.matchService();
        Match match = service.propose("n1", "s1", 82);
        assertThat(needStatus()).isEqualTo("matching");
        service.moveTo(match.id(), MatchStage.INTRODUCED, null);
        service.moveTo(match.id(), MatchStage.PARKED, "รองบประมาณปีหน้า");
        service.moveTo(match.id(), MatchStage.PILOT, null);
        service.moveTo(match.id(), MatchStage.ADOPTED, null);
        service.setValues(match.id(), 150_000_00L, 120_000_00L);

        assertThat(needStatus()).isEqualTo("matched");
        List<StageChange> history = service.history(match.id());
        assertThat(history).extracting(StageChange::to).containsExactly(MatchStage.PROPOSED, MatchStage.INTRODUCED,
                MatchStage.PARKED, MatchStage.PILOT, MatchStage.ADOPTED);
        assertThat(history.get(0).from()).isNull();
        assertThat(history.get(3).from()).isEqualTo(MatchStage.PARKED);
        assertThat(history.get(2).reason()).isEqualTo("รองบประมาณปีหน้า");
        assertThat(history).allSatisfy(change ->
                assertThat(change.staffId()).isEqualTo(context.currentStaff().require().id()));
        assertThat(context.kpiService().pipeline()).containsEntry(MatchStage.ADOPTED, 1).containsEntry(MatchStage.PROPOSED, 0);
    }

    @ParameterizedTest
    @CsvSource({
            "PROPOSED, IN_DISCUSSION, true",
            "PILOT, INTRODUCED, false",
            "PARKED, INTRODUCED, true",
            "ADOPTED, DECLINED, false",
            "DECLINED, PROPOSED, false",
            "INTRODUCED, PARKED, true",
            "PILOT, PILOT, false",
    })
    void stageMoves(MatchStage from, MatchStage to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
    }

    @Test
    void decliningNeedsAReasonAndAPairIsProposedOnce() {
        MatchService service = context.matchService();
        Match match = service.propose("n1", "s2", null);
        assertThatThrownBy(() -> service.moveTo(match.id(), MatchStage.DECLINED, "  "))
                .isInstanceOf(UserException.class).hasMessageContaining("match.reasonRequired");
        assertThatThrownBy(() -> service.propose("n1", "s2", null)).hasMessageContaining("match.duplicate");
        service.moveTo(match.id(), MatchStage.DECLINED, "ไม่ตรงกับระบบเดิมของหน่วยงาน");
        assertThatThrownBy(() -> service.moveTo(match.id(), MatchStage.PILOT, null))
                .hasMessageContaining("match.illegalMove");
        assertThat(service.history(match.id())).hasSize(2);
    }

    private String needStatus() {
        return context.database().dsl().fetchValue(AGENCY_NEED.STATUS, AGENCY_NEED.ID.eq("n1"));
    }

    @Test
    void anEvaluationNeedsAPilotOrAdoptionARatingOneToFiveAndADate() {
        MatchService service = context.matchService();
        Match match = service.propose("n1", "s1", null);
        Evaluation good = new Evaluation(4, " ลดเวลารอคิว 40% ", "หน่วยงานขยายผลต่อ", LocalDate.of(2026, 11, 24), null);
        assertThatThrownBy(() -> service.evaluate(match.id(), good)).hasMessageContaining("match.evaluateTooEarly");
        service.moveTo(match.id(), MatchStage.PILOT, null);
        assertThatThrownBy(() -> service.evaluate(match.id(), new Evaluation(6, null, null, LocalDate.of(2026, 11, 24),
                null))).hasMessageContaining("match.ratingRange");
        assertThatThrownBy(() -> service.evaluate(match.id(), new Evaluation(3, null, null, null, null)))
                .hasMessageContaining("match.evaluatedOnRequired");

        service.evaluate(match.id(), good);

        Evaluation saved = service.detail(match.id()).evaluation();
        assertThat(saved.rating()).isEqualTo(4);
        assertThat(saved.kpis()).isEqualTo("ลดเวลารอคิว 40%");
        assertThat(saved.evaluatorStaffId()).isEqualTo(context.currentStaff().require().id());
    }

    @Test
    void theTimelineIsComputedFromTheNeedsDateAndTheHistoryInBangkokDays() {
        LocalDate received = LocalDate.of(2026, 10, 15);
        // 17:30 UTC on 19 October is already 20 October in Bangkok.
        List<StageChange> history = List.of(
                new StageChange(null, MatchStage.PROPOSED, LocalDateTime.of(2026, 10, 16, 3, 0), "a", null),
                new StageChange(MatchStage.PROPOSED, MatchStage.IN_DISCUSSION, LocalDateTime.of(2026, 10, 19, 17, 30),
                        "a", null),
                new StageChange(MatchStage.IN_DISCUSSION, MatchStage.PARKED, LocalDateTime.of(2026, 10, 25, 3, 0), "a",
                        "รองบ"),
                new StageChange(MatchStage.PARKED, MatchStage.PILOT, LocalDateTime.of(2026, 11, 14, 3, 0), "a", null));
        MatchTimeline timeline = MatchTimeline.of(received, history);
        // Straight to discussion counts as introduced that day; no adoption yet.
        assertThat(timeline).isEqualTo(new MatchTimeline(5L, 30L, null));
    }

    @Test
    void theBoardShowsOpenMatchesWithDaysInStageAndTheNeedsOwnMatches() {
        MatchService service = context.matchService();
        Match open = service.propose("n1", "s1", 70);
        Match declined = service.propose("n1", "s2", 40);
        service.moveTo(declined.id(), MatchStage.DECLINED, "ไม่ตรงความต้องการ");
        context.database().dsl().update(th.or.dga.dgtidesk.db.generated.Tables.SOLUTION_MATCH)
                .set(th.or.dga.dgtidesk.db.generated.Tables.SOLUTION_MATCH.STAGE_CHANGED_AT,
                        LocalDateTime.of(2026, 11, 14, 18, 0))
                .where(th.or.dga.dgtidesk.db.generated.Tables.SOLUTION_MATCH.ID.eq(open.id())).execute();

        Board board = service.board(null);
        // Declined today stays in sight for a while; the open one waited since 15 November (Bangkok).
        assertThat(board.column(MatchStage.PROPOSED)).extracting(MatchCard::id).containsExactly(open.id());
        assertThat(board.column(MatchStage.DECLINED)).extracting(MatchCard::id).containsExactly(declined.id());
        assertThat(board.count(MatchStage.PROPOSED)).isEqualTo(1);
        assertThat(board.count(MatchStage.PILOT)).isZero();
        MatchCard card = board.column(MatchStage.PROPOSED).get(0);
        assertThat(card.daysInStage()).isEqualTo(10);
        assertThat(card.agencyName()).isEqualTo("สำนักงานจังหวัดชลบุรี");
        assertThat(card.innovatorName()).isEqualTo("สมาร์ทฟาร์ม");
        assertThat(service.table(MatchStage.DECLINED)).extracting(MatchCard::id).containsExactly(declined.id());
        assertThat(service.ofNeed("n1")).hasSize(2);
        assertThat(service.detail(declined.id()).stageReason()).isEqualTo("ไม่ตรงความต้องการ");
    }

    @Test
    void aLongColumnCountsEveryMatchButShowsTheLongestWaitingAndTheCardJustMoved() {
        int many = MatchService.BOARD_COLUMN + 5;
        LocalDateTime now = LocalDateTime.of(2026, 11, 1, 2, 0);
        context.database().transactions().write(tx -> {
            for (int i = 0; i < many; i++) {
                tx.insertInto(SOLUTION).set(SOLUTION.ID, "x" + i).set(SOLUTION.INNOVATOR_ID, "i1")
                        .set(SOLUTION.NAME, "โซลูชัน " + i).set(SOLUTION.CREATED_AT, now)
                        .set(SOLUTION.UPDATED_AT, now).execute();
            }
            return null;
        });
        MatchService service = context.matchService();
        for (int i = 0; i < many; i++) {
            service.propose("n1", "x" + i, null);
        }

        Board board = service.board(null);
        assertThat(board.count(MatchStage.PROPOSED)).isEqualTo(many);
        assertThat(board.column(MatchStage.PROPOSED)).hasSize(MatchService.BOARD_COLUMN);
        assertThat(board.hidden(MatchStage.PROPOSED)).isEqualTo(5);
        String hidden = service.table(MatchStage.PROPOSED).stream().map(MatchCard::id)
                .filter(id -> board.column(MatchStage.PROPOSED).stream().noneMatch(card -> card.id().equals(id)))
                .findFirst().orElseThrow();
        assertThat(service.board(hidden).column(MatchStage.PROPOSED)).extracting(MatchCard::id).contains(hidden);
    }
}
