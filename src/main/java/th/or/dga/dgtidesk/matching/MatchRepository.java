package th.or.dga.dgtidesk.matching;

import static th.or.dga.dgtidesk.db.generated.Tables.AGENCY_NEED;
import static th.or.dga.dgtidesk.db.generated.Tables.MATCH_STAGE_CHANGE;
import static th.or.dga.dgtidesk.db.generated.Tables.SOLUTION_MATCH;

import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import th.or.dga.dgtidesk.common.Ids;
import th.or.dga.dgtidesk.db.generated.tables.records.SolutionMatchRecord;

/** Matches, their stage history, and the need status they move. */
public final class MatchRepository {

    public Optional<Match> byId(DSLContext dsl, String id) {
        return dsl.selectFrom(SOLUTION_MATCH).where(SOLUTION_MATCH.ID.eq(id)).fetchOptional(MatchRepository::toMatch);
    }

    public Optional<Match> byNeedAndSolution(DSLContext dsl, String needId, String solutionId) {
        return dsl.selectFrom(SOLUTION_MATCH)
                .where(SOLUTION_MATCH.NEED_ID.eq(needId), SOLUTION_MATCH.SOLUTION_ID.eq(solutionId))
                .fetchOptional(MatchRepository::toMatch);
    }

    public void insert(DSLContext tx, Match m, LocalDateTime now, String actingId) {
        SolutionMatchRecord r = tx.newRecord(SOLUTION_MATCH);
        r.setId(m.id());
        r.setNeedId(m.needId());
        r.setSolutionId(m.solutionId());
        r.setStage(m.stage().code());
        r.setStageReason(m.stageReason());
        r.setStageChangedAt(m.stageChangedAt());
        r.setSuggestionScore(m.suggestionScore());
        r.setEstimatedValueSatang(m.estimatedValueSatang());
        r.setRealisedValueSatang(m.realisedValueSatang());
        r.setCreatedAt(now);
        r.setUpdatedAt(now);
        r.setUpdatedBy(actingId);
        r.insert();
    }

    public void setStage(DSLContext tx, String id, MatchStage stage, String reason, LocalDateTime now, String actingId) {
        tx.update(SOLUTION_MATCH)
                .set(SOLUTION_MATCH.STAGE, stage.code())
                .set(SOLUTION_MATCH.STAGE_REASON, reason)
                .set(SOLUTION_MATCH.STAGE_CHANGED_AT, now)
                .set(SOLUTION_MATCH.UPDATED_AT, now)
                .set(SOLUTION_MATCH.UPDATED_BY, actingId)
                .where(SOLUTION_MATCH.ID.eq(id))
                .execute();
    }

    public void setValues(DSLContext tx, String id, Long estimated, Long realised, LocalDateTime now, String actingId) {
        tx.update(SOLUTION_MATCH)
                .set(SOLUTION_MATCH.ESTIMATED_VALUE_SATANG, estimated)
                .set(SOLUTION_MATCH.REALISED_VALUE_SATANG, realised)
                .set(SOLUTION_MATCH.UPDATED_AT, now)
                .set(SOLUTION_MATCH.UPDATED_BY, actingId)
                .where(SOLUTION_MATCH.ID.eq(id))
                .execute();
    }

    public void addStageChange(DSLContext tx, String matchId, MatchStage from, MatchStage to, String reason,
            LocalDateTime now, String actingId) {
        tx.insertInto(MATCH_STAGE_CHANGE)
                .set(MATCH_STAGE_CHANGE.ID, Ids.newId())
                .set(MATCH_STAGE_CHANGE.MATCH_ID, matchId)
                .set(MATCH_STAGE_CHANGE.FROM_STAGE, from == null ? null : from.code())
                .set(MATCH_STAGE_CHANGE.TO_STAGE, to.code())
                .set(MATCH_STAGE_CHANGE.CHANGED_AT, now)
                .set(MATCH_STAGE_CHANGE.REASON, reason)
                .set(MATCH_STAGE_CHANGE.CREATED_AT, now)
                .set(MATCH_STAGE_CHANGE.UPDATED_AT, now)
                .set(MATCH_STAGE_CHANGE.UPDATED_BY, actingId)
                .execute();
    }

    public List<StageChange> history(DSLContext dsl, String matchId) {
        return dsl.selectFrom(MATCH_STAGE_CHANGE).where(MATCH_STAGE_CHANGE.MATCH_ID.eq(matchId))
                .orderBy(MATCH_STAGE_CHANGE.CHANGED_AT, MATCH_STAGE_CHANGE.CREATED_AT)
                .fetch(r -> new StageChange(r.getFromStage() == null ? null : MatchStage.fromCode(r.getFromStage()),
                        MatchStage.fromCode(r.getToStage()), r.getChangedAt(), r.getUpdatedBy(), r.getReason()));
    }

    /** Matches per stage, every stage present. */
    public Map<MatchStage, Integer> pipeline(DSLContext dsl) {
        Map<MatchStage, Integer> counts = new EnumMap<>(MatchStage.class);
        for (MatchStage stage : MatchStage.values()) {
            counts.put(stage, 0);
        }
        dsl.select(SOLUTION_MATCH.STAGE, org.jooq.impl.DSL.count()).from(SOLUTION_MATCH).groupBy(SOLUTION_MATCH.STAGE)
                .forEach(r -> counts.put(MatchStage.fromCode(r.value1()), r.value2()));
        return counts;
    }

    public Optional<String> needStatus(DSLContext dsl, String needId) {
        return dsl.select(AGENCY_NEED.STATUS).from(AGENCY_NEED).where(AGENCY_NEED.ID.eq(needId))
                .fetchOptional(AGENCY_NEED.STATUS);
    }

    public void setNeedStatus(DSLContext tx, String needId, String status, LocalDateTime now, String actingId) {
        tx.update(AGENCY_NEED).set(AGENCY_NEED.STATUS, status).set(AGENCY_NEED.UPDATED_AT, now)
                .set(AGENCY_NEED.UPDATED_BY, actingId).where(AGENCY_NEED.ID.eq(needId)).execute();
    }

    private static Match toMatch(SolutionMatchRecord r) {
        return new Match(r.getId(), r.getNeedId(), r.getSolutionId(), MatchStage.fromCode(r.getStage()),
                r.getStageReason(), r.getStageChangedAt(), r.getSuggestionScore(), r.getEstimatedValueSatang(),
                r.getRealisedValueSatang());
    }
}
