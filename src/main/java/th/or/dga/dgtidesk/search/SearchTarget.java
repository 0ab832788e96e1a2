package th.or.dga.dgtidesk.search;

/**
 * The records the global search reaches, each with its FTS5 trigram index (kept by triggers in
 * the migrations) and the order its hits are listed in.
 */
public enum SearchTarget {
    PERSON("person", "t.sort_key", "t.merged_into_id IS NULL"),
    ORGANIZATION("organization", "t.sort_key", "t.merged_into_id IS NULL"),
    INNOVATOR("innovator", "t.sort_key", null),
    SOLUTION("solution", "t.name", null),
    AGENCY_NEED("agency_need", "t.received_on DESC", null),
    WORKSHOP("workshop", "t.starts_at DESC", null),
    CONSULTATION("consultation", "t.held_at DESC", null);

    private final String table;
    private final String orderBy;
    private final String filter;

    SearchTarget(String table, String orderBy, String filter) {
        this.table = table;
        this.orderBy = orderBy;
        this.filter = filter;
    }

    String table() {
        return table;
    }

    String ftsTable() {
        return table + "_fts";
    }

    String orderBy() {
        return orderBy;
    }

    String filterOrTrue() {
        return filter == null ? "1 = 1" : filter;
    }
}
