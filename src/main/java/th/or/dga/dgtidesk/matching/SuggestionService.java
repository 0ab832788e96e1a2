package th.or.dga.dgtidesk.matching;

import java.util.List;
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
            return new SuggestionScorer(text, need.tags(), suggestions.catalogue(dsl),
                    suggestions.adoptionsByInnovator(dsl)).rank(limit, suggestions.proposedFor(dsl, needId));
        });
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
