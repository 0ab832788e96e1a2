package th.or.dga.dgtidesk.innovator;

import static th.or.dga.dgtidesk.db.generated.Tables.SOLUTION;
import static th.or.dga.dgtidesk.db.generated.Tables.SOLUTION_MATCH;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import th.or.dga.dgtidesk.db.generated.tables.records.SolutionRecord;
import th.or.dga.dgtidesk.tag.TagRepository;
import th.or.dga.dgtidesk.tag.TaggedKind;

/** Solution rows with their technology tags. */
public final class SolutionRepository {

    private final TagRepository tags;

    public SolutionRepository(TagRepository tags) {
        this.tags = tags;
    }

    public Optional<Solution> byId(DSLContext dsl, String id) {
        return dsl.selectFrom(SOLUTION).where(SOLUTION.ID.eq(id)).fetchOptional(r -> toSolution(dsl, r));
    }

    /** An innovator's solutions, most ready first, then by name. */
    public List<Solution> ofInnovator(DSLContext dsl, String innovatorId) {
        return dsl.selectFrom(SOLUTION).where(SOLUTION.INNOVATOR_ID.eq(innovatorId))
                .orderBy(SOLUTION.TRL.desc().nullsLast(), SOLUTION.NAME).fetch(r -> toSolution(dsl, r));
    }

    public void insert(DSLContext tx, Solution solution, LocalDateTime now, String actingId) {
        SolutionRecord record = tx.newRecord(SOLUTION);
        record.setId(solution.id());
        record.setInnovatorId(solution.innovatorId());
        fill(record, solution);
        record.setCreatedAt(now);
        record.setUpdatedAt(now);
        record.setUpdatedBy(actingId);
        record.insert();
        tags.replace(tx, TaggedKind.SOLUTION, solution.id(), solution.tags(), now, actingId);
    }

    /** Writes every field but the innovator: a solution stays with the innovator that offers it. */
    public void update(DSLContext tx, Solution solution, LocalDateTime now, String actingId) {
        SolutionRecord record = tx.fetchSingle(SOLUTION, SOLUTION.ID.eq(solution.id()));
        fill(record, solution);
        record.setUpdatedAt(now);
        record.setUpdatedBy(actingId);
        record.update();
        tags.replace(tx, TaggedKind.SOLUTION, solution.id(), solution.tags(), now, actingId);
    }

    public boolean hasMatches(DSLContext dsl, String solutionId) {
        return dsl.fetchExists(SOLUTION_MATCH, SOLUTION_MATCH.SOLUTION_ID.eq(solutionId));
    }

    /** Deletes a solution and its tag links (ON DELETE CASCADE); the caller has checked it has no matches. */
    public void delete(DSLContext tx, String solutionId) {
        tx.deleteFrom(SOLUTION).where(SOLUTION.ID.eq(solutionId)).execute();
    }

    private static void fill(SolutionRecord record, Solution solution) {
        record.setName(solution.name());
        record.setSummary(solution.summary());
        record.setTrl(solution.trl());
        record.setServiceAreas(ServiceArea.format(solution.serviceAreas()));
        record.setLink(solution.link());
    }

    private Solution toSolution(DSLContext dsl, SolutionRecord r) {
        return new Solution(r.getId(), r.getInnovatorId(), r.getName(), r.getSummary(),
                tags.names(dsl, TaggedKind.SOLUTION, r.getId()), r.getTrl(), ServiceArea.parse(r.getServiceAreas()),
                r.getLink());
    }
}
