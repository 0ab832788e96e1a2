package th.or.dga.dgtidesk.matching;

import java.util.List;
import org.jooq.DSLContext;
import th.or.dga.dgtidesk.common.Ref;
import th.or.dga.dgtidesk.common.ThaiText;
import th.or.dga.dgtidesk.common.UserException;
import th.or.dga.dgtidesk.db.Transactions;
import th.or.dga.dgtidesk.search.SearchRepository;
import th.or.dga.dgtidesk.search.SearchTarget;

/** Ranked, explained suggestions of solutions for a need, and finding a solution by name to propose it. */
public final class SuggestionService {

    private final Transactions transactions;
    private final NeedRepository needs;
    private final SuggestionRepository suggestions;
    private final SearchRepository search;
    /** The catalogue last read and what it was read at; read again only when the stamp moves. */
    private volatile Cached cached;

    private record Cached(SuggestionRepository.CatalogueStamp stamp, Catalogue catalogue) {
    }

    public SuggestionService(Transactions transactions, NeedRepository needs, SuggestionRepository suggestions,
            SearchRepository search) {
        this.transactions = transactions;
        this.needs = needs;
        this.suggestions = suggestions;
        this.search = search;
    }

    /** The best {@code limit} solutions for a need not yet proposed for it, best first. */
    public List<Suggestion> forNeed(String needId, int limit) {
        return transactions.read(dsl -> {
            Need need = needs.byId(dsl, needId).orElseThrow(() -> new UserException("match.needNotFound", needId));
            String text = String.join(" ", need.title(), nullToEmpty(need.problemStatement()),
                    nullToEmpty(need.desiredOutcome()));
            return new SuggestionScorer(text, need.tags(), catalogue(dsl))
                    .rank(limit, suggestions.proposedFor(dsl, needId));
        });
    }

    /**
     * The catalogue as of now. Reading 8,000 solutions with their tags takes longer than scoring them,
     * so it is kept between needs and read again only when its stamp shows a change.
     */
    private Catalogue catalogue(DSLContext dsl) {
        SuggestionRepository.CatalogueStamp stamp = suggestions.stamp(dsl);
        Cached last = cached;
        if (last != null && last.stamp().equals(stamp)) {
            return last.catalogue();
        }
        Catalogue fresh = suggestions.catalogue(dsl);
        cached = new Cached(stamp, fresh);
        return fresh;
    }

    /** Solutions whose name, summary or areas contain {@code text} (inside Thai words), for proposing by search. */
    public List<Ref> findSolutions(String text, int limit) {
        String query = ThaiText.clean(text);
        if (query == null) {
            return List.of();
        }
        return transactions.read(dsl -> suggestions.solutionRefs(dsl,
                search.ids(dsl, SearchTarget.SOLUTION, query, limit)));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
