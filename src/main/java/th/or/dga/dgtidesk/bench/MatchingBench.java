package th.or.dga.dgtidesk.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.SplittableRandom;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.common.Times;
import th.or.dga.dgtidesk.consultation.ConsultationService;
import th.or.dga.dgtidesk.matching.MatchService;
import th.or.dga.dgtidesk.matching.MatchStage;
import th.or.dga.dgtidesk.matching.NeedFilter;
import th.or.dga.dgtidesk.matching.NeedRow;

/**
 * The matching and follow-up paths: ranked suggestions for a need over the whole catalogue, the
 * pipeline board, and every overdue action item — each next to the same reads by plain JDBC.
 */
final class MatchingBench {

    private static final String CATALOGUE = "SELECT s.id, s.name, s.summary, s.innovator_id, i.name, s.trl,"
            + " s.service_areas FROM solution s JOIN innovator i ON i.id = s.innovator_id";
    private static final String SOLUTION_TAGS = "SELECT st.solution_id, t.name FROM solution_tag st"
            + " JOIN tag t ON t.id = st.tag_id";
    private static final String ADOPTIONS = "SELECT s.innovator_id, count(*) FROM solution_match m"
            + " JOIN solution s ON s.id = m.solution_id WHERE m.stage = 'adopted' GROUP BY s.innovator_id";
    private static final String COLUMN = "SELECT m.id, m.need_id, n.title, o.name_th, s.name, i.name, m.stage,"
            + " m.stage_changed_at, m.suggestion_score, m.estimated_value_satang, m.realised_value_satang"
            + " FROM solution_match m JOIN agency_need n ON n.id = m.need_id JOIN organization o ON o.id = n.agency_id"
            + " JOIN solution s ON s.id = m.solution_id JOIN innovator i ON i.id = s.innovator_id"
            + " WHERE m.stage = ? AND m.stage_changed_at >= ? ORDER BY m.stage_changed_at LIMIT ?";
    private static final String COLUMN_COUNT = "SELECT count(*) FROM solution_match WHERE stage = ?"
            + " AND stage_changed_at >= ?";
    private static final String OVERDUE = "SELECT a.id, a.consultation_id, a.what, a.owner_staff_id,"
            + " a.owner_person_id, a.due_on, a.done_at, c.subject, st.display_name, p.title_prefix, p.first_name_th,"
            + " p.last_name_th FROM action_item a JOIN consultation c ON c.id = a.consultation_id"
            + " LEFT JOIN staff st ON st.id = a.owner_staff_id LEFT JOIN person p ON p.id = a.owner_person_id"
            + " WHERE a.done_at IS NULL AND a.due_on < ? ORDER BY a.due_on, a.created_at LIMIT ?";
    private static final String OVERDUE_COUNT = "SELECT count(*) FROM action_item WHERE done_at IS NULL AND due_on < ?";

    private final CenterContext context;
    private final Connection floor;
    private final List<String> needIds;

    MatchingBench(CenterContext context, Connection floor, long seed) {
        this.context = context;
        this.floor = floor;
        List<String> all = context.needService().list(NeedFilter.all()).stream().map(NeedRow::id).toList();
        SplittableRandom random = new SplittableRandom(seed);
        this.needIds = random.ints(50, 0, all.size()).mapToObj(all::get).toList();
    }

    /** Ranked, explained suggestions for needs picked at random, over every solution. */
    BenchResult suggestions(int warmUp, int samples) throws SQLException {
        Samples app = new Samples(samples);
        Samples plain = new Samples(samples);
        try (PreparedStatement catalogue = floor.prepareStatement(CATALOGUE);
             PreparedStatement tags = floor.prepareStatement(SOLUTION_TAGS);
             PreparedStatement adoptions = floor.prepareStatement(ADOPTIONS)) {
            for (int i = 0; i < warmUp + samples; i++) {
                String needId = needIds.get(i % needIds.size());
                Samples.ThrowingRunnable work = () -> context.suggestionService().forNeed(needId, 15);
                Samples.ThrowingRunnable reads = () -> {
                    Floors.drain(catalogue);
                    Floors.drain(tags);
                    Floors.drain(adoptions);
                };
                run(i >= warmUp, app, work, plain, reads);
            }
        }
        return new BenchResult("match-suggestions", app.median(), app.p95(), plain.p95(), samples, 100.0,
                "the catalogue, its tags and the adoption counts read by plain JDBC, no scoring");
    }

    /** The board: every stage counted, and its longest-waiting cards. */
    BenchResult board(int warmUp, int samples) throws SQLException {
        Samples app = new Samples(samples);
        Samples plain = new Samples(samples);
        String recent = Times.nowUtc(context.clock()).minusDays(MatchService.RECENT_DAYS).toString().replace('T', ' ');
        try (PreparedStatement column = floor.prepareStatement(COLUMN);
             PreparedStatement count = floor.prepareStatement(COLUMN_COUNT)) {
            Samples.ThrowingRunnable reads = () -> {
                for (MatchStage stage : MatchStage.values()) {
                    boolean closed = stage == MatchStage.ADOPTED || stage == MatchStage.DECLINED;
                    String since = closed ? recent : "0000";
                    count.setString(1, stage.code());
                    count.setString(2, since);
                    Floors.drain(count);
                    column.setString(1, stage.code());
                    column.setString(2, since);
                    column.setInt(3, MatchService.BOARD_COLUMN);
                    Floors.drain(column);
                }
            };
            for (int i = 0; i < warmUp + samples; i++) {
                run(i >= warmUp, app, () -> context.matchService().board(null), plain, reads);
            }
        }
        return new BenchResult("pipeline-board", app.median(), app.p95(), plain.p95(), samples, 100.0,
                "the same per-stage count and longest-waiting cards by plain JDBC");
    }

    /** "All overdue": every overdue item counted, the longest overdue listed. */
    BenchResult overdue(int warmUp, int samples) throws SQLException {
        Samples app = new Samples(samples);
        Samples plain = new Samples(samples);
        try (PreparedStatement overdue = floor.prepareStatement(OVERDUE);
             PreparedStatement count = floor.prepareStatement(OVERDUE_COUNT)) {
            String today = context.consultationService().today().toString();
            overdue.setString(1, today);
            overdue.setInt(2, ConsultationService.OVERDUE_SHOWN);
            count.setString(1, today);
            Samples.ThrowingRunnable reads = () -> {
                Floors.drain(count);
                Floors.drain(overdue);
            };
            for (int i = 0; i < warmUp + samples; i++) {
                run(i >= warmUp, app, context.consultationService()::overdueItems, plain, reads);
            }
        }
        return new BenchResult("overdue-actions", app.median(), app.p95(), plain.p95(), samples, 20.0,
                "the same count and longest-overdue rows by plain JDBC");
    }

    private static void run(boolean measured, Samples app, Samples.ThrowingRunnable work, Samples plain,
            Samples.ThrowingRunnable floorWork) {
        if (measured) {
            app.time(work);
            plain.time(floorWork);
        } else {
            try {
                work.run();
                floorWork.run();
            } catch (Exception e) {
                throw new IllegalStateException("Benchmark warm-up failed", e);
            }
        }
    }
}
