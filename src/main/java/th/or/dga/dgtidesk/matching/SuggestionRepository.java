package th.or.dga.dgtidesk.matching;

import static th.or.dga.dgtidesk.db.generated.Tables.INNOVATOR;
import static th.or.dga.dgtidesk.db.generated.Tables.SOLUTION;
import static th.or.dga.dgtidesk.db.generated.Tables.SOLUTION_MATCH;
import static th.or.dga.dgtidesk.db.generated.Tables.SOLUTION_TAG;
import static th.or.dga.dgtidesk.db.generated.Tables.TAG;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import th.or.dga.dgtidesk.common.Ref;

/** The solution catalogue as suggestion scoring reads it, and what is already proposed. */
public final class SuggestionRepository {

    /** Every solution with its innovator's name, areas and tag names. */
    public List<SolutionProfile> catalogue(DSLContext dsl) {
        Map<String, Set<String>> tags = new HashMap<>();
        dsl.select(SOLUTION_TAG.SOLUTION_ID, TAG.NAME).from(SOLUTION_TAG).join(TAG).on(TAG.ID.eq(SOLUTION_TAG.TAG_ID))
                .fetch().forEach(r -> tags.computeIfAbsent(r.value1(), k -> new HashSet<>()).add(r.value2()));
        return dsl.select(SOLUTION.ID, SOLUTION.NAME, SOLUTION.SUMMARY, SOLUTION.INNOVATOR_ID, INNOVATOR.NAME,
                        SOLUTION.TRL, SOLUTION.SERVICE_AREAS)
                .from(SOLUTION).join(INNOVATOR).on(INNOVATOR.ID.eq(SOLUTION.INNOVATOR_ID))
                .fetch(r -> new SolutionProfile(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        ServiceArea.fromCodes(r.value7()), tags.getOrDefault(r.value1(), Set.of())));
    }

    /** Adopted matches per innovator: the track record. */
    public Map<String, Integer> adoptionsByInnovator(DSLContext dsl) {
        Map<String, Integer> adoptions = new HashMap<>();
        dsl.select(SOLUTION.INNOVATOR_ID, DSL.count()).from(SOLUTION_MATCH)
                .join(SOLUTION).on(SOLUTION.ID.eq(SOLUTION_MATCH.SOLUTION_ID))
                .where(SOLUTION_MATCH.STAGE.eq(MatchStage.ADOPTED.code()))
                .groupBy(SOLUTION.INNOVATOR_ID)
                .fetch().forEach(r -> adoptions.put(r.value1(), r.value2()));
        return adoptions;
    }

    /** Solutions already proposed for a need. */
    public Set<String> proposedFor(DSLContext dsl, String needId) {
        return new HashSet<>(dsl.select(SOLUTION_MATCH.SOLUTION_ID).from(SOLUTION_MATCH)
                .where(SOLUTION_MATCH.NEED_ID.eq(needId)).fetch(SOLUTION_MATCH.SOLUTION_ID));
    }

    /** Solutions by id, named "solution · innovator", in the order given. */
    public List<Ref> solutionRefs(DSLContext dsl, List<String> ids) {
        Map<String, Ref> byId = new HashMap<>();
        dsl.select(SOLUTION.ID, SOLUTION.NAME, INNOVATOR.NAME).from(SOLUTION).join(INNOVATOR)
                .on(INNOVATOR.ID.eq(SOLUTION.INNOVATOR_ID)).where(SOLUTION.ID.in(ids))
                .fetch().forEach(r -> byId.put(r.value1(), new Ref(r.value1(), r.value2() + " · " + r.value3())));
        return ids.stream().filter(byId::containsKey).map(byId::get).toList();
    }
}
