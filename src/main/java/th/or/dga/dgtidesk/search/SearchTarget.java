package th.or.dga.dgtidesk.search;

/**
 * The records the global search reaches, each with its FTS5 trigram index (kept by triggers in
 * the migrations) and the order its hits are listed in.
 */
public enum SearchTarget {
    PERSON("person", "sort_key", "", "t.merged_into_id IS NULL"),
    ORGANIZATION("organization", "sort_key", "", "t.merged_into_id IS NULL"),
    INNOVATOR("innovator", "sort_key", "", null),
    SOLUTION("solution", "name", "", null),
    AGENCY_NEED("agency_need", "received_on", " DESC", null),
    WORKSHOP("workshop", "starts_at", " DESC", null),
    CONSULTATION("consultation", "held_at", " DESC", null);

    private final String table;
    private final String orderColumn;
    private final String direction;
    private final String filter;

    SearchTarget(String table, String orderColumn, String direction, String filter) {
        this.table = table;
        this.orderColumn = orderColumn;
        this.direction = direction;
        this.filter = filter;
    }

    String table() {
        return table;
    }

    String ftsTable() {
        return table + "_fts";
    }

    /** The list order over the table aliased {@code alias}. */
    String orderBy(String alias) {
        return alias + "." + orderColumn + direction;
    }

    String orderColumn() {
        return orderColumn;
    }

    /** "" or " DESC". */
    String direction() {
        return direction;
    }

    String filterOrTrue() {
        return filter == null ? "1 = 1" : filter;
    }
}
