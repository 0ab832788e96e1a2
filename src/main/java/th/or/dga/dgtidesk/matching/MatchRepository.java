package th.or.dga.dgtidesk.matching;

import static th.or.dga.dgtidesk.db.generated.Tables.AGENCY_NEED;
import static th.or.dga.dgtidesk.db.generated.Tables.INNOVATOR;
import static th.or.dga.dgtidesk.db.generated.Tables.MATCH_STAGE_CHANGE;
import static th.or.dga.dgtidesk.db.generated.Tables.ORGANIZATION;
import static th.or.dga.dgtidesk.db.generated.Tables.SOLUTION;
import static th.or.dga.dgtidesk.db.generated.Tables.SOLUTION_MATCH;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import th.or.dga.dgtidesk.common.Times;
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

    public void setEvaluation(DSLContext tx, String id, Evaluation e, LocalDateTime now, String actingId) {
        tx.update(SOLUTION_MATCH)
                .set(SOLUTION_MATCH.EVALUATION_RATING, e.rating())
                .set(SOLUTION_MATCH.EVALUATION_KPIS, e.kpis())
                .set(SOLUTION_MATCH.EVALUATION_NOTES, e.notes())
                .set(SOLUTION_MATCH.EVALUATED_ON, e.evaluatedOn())
                .set(SOLUTION_MATCH.EVALUATOR_STAFF_ID, e.evaluatorStaffId())
                .set(SOLUTION_MATCH.UPDATED_AT, now)
                .set(SOLUTION_MATCH.UPDATED_BY, actingId)
                .where(SOLUTION_MATCH.ID.eq(id))
                .execute();
    }

    /**
     * Cards of the matches in {@code stages}, and of those in {@code recentStages} changed since
     * {@code recentSince} (UTC); the longest waiting first. {@code today} (Bangkok) counts days in stage.
     */
    public List<MatchCard> cards(DSLContext dsl, Collection<MatchStage> stages, Collection<MatchStage> recentStages,
            LocalDateTime recentSince, LocalDate today, int limit) {
        Condition condition = SOLUTION_MATCH.STAGE.in(codes(stages)).or(SOLUTION_MATCH.STAGE.in(codes(recentStages))
                .and(SOLUTION_MATCH.STAGE_CHANGED_AT.ge(recentSince)));
        return cardQuery(dsl).where(condition).orderBy(SOLUTION_MATCH.STAGE_CHANGED_AT).limit(limit)
                .fetch(r -> toCard(r, today));
    }

    /**
     * The {@code limit} longest-waiting cards of one stage, changed since {@code since} (null: ever);
     * read along the (stage, stage_changed_at) index, so a column of thousands costs what its first rows do.
     */
    public List<MatchCard> column(DSLContext dsl, MatchStage stage, LocalDateTime since, LocalDate today, int limit) {
        return cardQuery(dsl).where(inStage(stage, since)).orderBy(SOLUTION_MATCH.STAGE_CHANGED_AT).limit(limit)
                .fetch(r -> toCard(r, today));
    }

    /** How many matches are in {@code stage}, changed since {@code since} (null: ever). */
    public int count(DSLContext dsl, MatchStage stage, LocalDateTime since) {
        return dsl.fetchCount(SOLUTION_MATCH, inStage(stage, since));
    }

    private static Condition inStage(MatchStage stage, LocalDateTime since) {
        Condition condition = SOLUTION_MATCH.STAGE.eq(stage.code());
        return since == null ? condition : condition.and(SOLUTION_MATCH.STAGE_CHANGED_AT.ge(since));
    }

    public Optional<MatchCard> card(DSLContext dsl, String matchId, LocalDate today) {
        return cardQuery(dsl).where(SOLUTION_MATCH.ID.eq(matchId)).fetchOptional(r -> toCard(r, today));
    }

    /** The matches of one need, for its page. */
    public List<MatchCard> cardsOfNeed(DSLContext dsl, String needId, LocalDate today) {
        return cardQuery(dsl).where(SOLUTION_MATCH.NEED_ID.eq(needId)).orderBy(SOLUTION_MATCH.CREATED_AT)
                .fetch(r -> toCard(r, today));
    }

    private static List<String> codes(Collection<MatchStage> stages) {
        return stages.stream().map(MatchStage::code).toList();
    }

    private static SelectOnConditionStep<? extends Record> cardQuery(DSLContext dsl) {
        return dsl.select(SOLUTION_MATCH.ID, SOLUTION_MATCH.NEED_ID, AGENCY_NEED.TITLE, ORGANIZATION.NAME_TH,
                        SOLUTION.NAME, INNOVATOR.NAME, SOLUTION_MATCH.STAGE, SOLUTION_MATCH.STAGE_CHANGED_AT,
                        SOLUTION_MATCH.SUGGESTION_SCORE, SOLUTION_MATCH.ESTIMATED_VALUE_SATANG,
                        SOLUTION_MATCH.REALISED_VALUE_SATANG)
                .from(SOLUTION_MATCH)
                .join(AGENCY_NEED).on(AGENCY_NEED.ID.eq(SOLUTION_MATCH.NEED_ID))
                .join(ORGANIZATION).on(ORGANIZATION.ID.eq(AGENCY_NEED.AGENCY_ID))
                .join(SOLUTION).on(SOLUTION.ID.eq(SOLUTION_MATCH.SOLUTION_ID))
                .join(INNOVATOR).on(INNOVATOR.ID.eq(SOLUTION.INNOVATOR_ID));
    }

    private static MatchCard toCard(Record r, LocalDate today) {
        LocalDateTime changed = r.get(SOLUTION_MATCH.STAGE_CHANGED_AT);
        return new MatchCard(r.get(SOLUTION_MATCH.ID), r.get(SOLUTION_MATCH.NEED_ID), r.get(AGENCY_NEED.TITLE),
                r.get(ORGANIZATION.NAME_TH), r.get(SOLUTION.NAME), r.get(INNOVATOR.NAME),
                MatchStage.fromCode(r.get(SOLUTION_MATCH.STAGE)), changed,
                Math.max(0, ChronoUnit.DAYS.between(Times.toBangkok(changed).toLocalDate(), today)),
                r.get(SOLUTION_MATCH.SUGGESTION_SCORE), r.get(SOLUTION_MATCH.ESTIMATED_VALUE_SATANG),
                r.get(SOLUTION_MATCH.REALISED_VALUE_SATANG));
    }

    /** The parts of a match page beyond its card: who it joins, its evaluation, the need's date. */
    public record Parties(String agencyId, String contactPersonId, String innovatorOrganizationId,
            String innovatorContactId, LocalDate needReceivedOn, String stageReason, Evaluation evaluation) {
    }

    public Optional<Parties> parties(DSLContext dsl, String matchId) {
        return dsl.select(AGENCY_NEED.AGENCY_ID, AGENCY_NEED.CONTACT_PERSON_ID, INNOVATOR.ORGANIZATION_ID,
                        INNOVATOR.CONTACT_PERSON_ID, AGENCY_NEED.RECEIVED_ON, SOLUTION_MATCH.STAGE_REASON,
                        SOLUTION_MATCH.EVALUATION_RATING, SOLUTION_MATCH.EVALUATION_KPIS,
                        SOLUTION_MATCH.EVALUATION_NOTES, SOLUTION_MATCH.EVALUATED_ON, SOLUTION_MATCH.EVALUATOR_STAFF_ID)
                .from(SOLUTION_MATCH)
                .join(AGENCY_NEED).on(AGENCY_NEED.ID.eq(SOLUTION_MATCH.NEED_ID))
                .join(SOLUTION).on(SOLUTION.ID.eq(SOLUTION_MATCH.SOLUTION_ID))
                .join(INNOVATOR).on(INNOVATOR.ID.eq(SOLUTION.INNOVATOR_ID))
                .where(SOLUTION_MATCH.ID.eq(matchId))
                .fetchOptional(r -> new Parties(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        new Evaluation(r.value7(), r.value8(), r.value9(), r.value10(), r.value11())));
    }
}
