package th.or.dga.dgtidesk.matching;

import static th.or.dga.dgtidesk.db.generated.Tables.INNOVATOR;
import static th.or.dga.dgtidesk.db.generated.Tables.SOLUTION;
import static th.or.dga.dgtidesk.db.generated.Tables.SOLUTION_MATCH;
import static th.or.dga.dgtidesk.db.generated.Tables.SOLUTION_TAG;
import static th.or.dga.dgtidesk.db.generated.Tables.TAG;

import java.time.LocalDateTime;
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

    /**
     * What changes when the catalogue changes: solutions added, removed or edited (their tags with them),
     * an innovator renamed, a tag renamed or merged, a match adopted. Cheap next to reading the catalogue.
     */
    public record CatalogueStamp(int solutions, LocalDateTime solutionEdited, LocalDateTime innovatorEdited,
            int tagLinks, LocalDateTime tagLinkEdited, LocalDateTime tagEdited, int adoptions) {
    }

    public CatalogueStamp stamp(DSLContext dsl) {
        return dsl.select(
                        DSL.selectCount().from(SOLUTION).<Integer>asField(),
                        DSL.select(DSL.max(SOLUTION.UPDATED_AT)).from(SOLUTION).<LocalDateTime>asField(),
                        DSL.select(DSL.max(INNOVATOR.UPDATED_AT)).from(INNOVATOR).<LocalDateTime>asField(),
                        DSL.selectCount().from(SOLUTION_TAG).<Integer>asField(),
                        DSL.select(DSL.max(SOLUTION_TAG.UPDATED_AT)).from(SOLUTION_TAG).<LocalDateTime>asField(),
                        DSL.select(DSL.max(TAG.UPDATED_AT)).from(TAG).<LocalDateTime>asField(),
                        DSL.selectCount().from(SOLUTION_MATCH)
                                .where(SOLUTION_MATCH.STAGE.eq(MatchStage.ADOPTED.code())).<Integer>asField())
                .fetchOne(r -> new CatalogueStamp(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7()));
    }

    /** Every solution with its innovator's name, areas and tag names, and the adoptions per innovator. */
    public Catalogue catalogue(DSLContext dsl) {
        return new Catalogue(solutions(dsl), adoptionsByInnovator(dsl));
    }

    private List<SolutionProfile> solutions(DSLContext dsl) {
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
    private Map<String, Integer> adoptionsByInnovator(DSLContext dsl) {
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
