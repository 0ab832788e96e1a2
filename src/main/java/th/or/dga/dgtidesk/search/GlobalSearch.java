package th.or.dga.dgtidesk.search;

import java.util.ArrayList;
import java.util.List;
import th.or.dga.dgtidesk.db.Transactions;
import th.or.dga.dgtidesk.common.ThaiPhone;

/**
 * Ctrl+K: every kind of record by any part of any name or title, Thai or Latin, a few of each kind,
 * grouped in the order of {@link SearchTarget}. Each kind is one short question (see
 * {@link SearchRepository#quickIds}), so the whole answer stays well inside a keystroke.
 */
public final class GlobalSearch {

    private final Transactions transactions;
    private final SearchRepository search;
    private final SearchHitRepository hits;

    public GlobalSearch(Transactions transactions, SearchRepository search, SearchHitRepository hits) {
        this.transactions = transactions;
        this.search = search;
        this.hits = hits;
    }

    public List<SearchHit> find(String query, int perKind) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        String text = ThaiPhone.asSearched(query);
        return transactions.read(dsl -> {
            List<SearchHit> found = new ArrayList<>();
            for (SearchTarget kind : SearchTarget.values()) {
                found.addAll(hits.hits(dsl, kind, search.quickIds(dsl, kind, kind == SearchTarget.PERSON ? text : query,
                        perKind)));
            }
            return found;
        });
    }
}
