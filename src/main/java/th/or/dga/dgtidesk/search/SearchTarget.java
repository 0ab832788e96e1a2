package th.or.dga.dgtidesk.search;

/**
 * The records the global search reaches, each with its FTS5 trigram index (kept by triggers in
 * the migrations) and the order its hits are listed in.
 */
public enum SearchTarget {
    PERSON("person", "sort_key", "", "t.merged_into_id IS NULL",
            "concat_ws(' ', t.first_name_th, t.last_name_th, t.first_name_en, t.last_name_en)",
            "concat_ws(' ', t.title_prefix, t.first_name_th, t.last_name_th, t.first_name_en, t.last_name_en,"
                    + " t.email, t.phone, t.position)"),
    ORGANIZATION("organization", "sort_key", "", "t.merged_into_id IS NULL", "concat_ws(' ', t.name_th, t.name_en)",
            "concat_ws(' ', t.name_th, t.name_en, t.province)"),
    INNOVATOR("innovator", "sort_key", "", null, "t.name", "concat_ws(' ', t.name, t.cohort)"),
    SOLUTION("solution", "name", "", null, "t.name", "concat_ws(' ', t.name, t.summary, t.service_areas)"),
    AGENCY_NEED("agency_need", "received_on", " DESC", null, "t.title",
            "concat_ws(' ', t.title, t.problem_statement, t.desired_outcome)"),
    WORKSHOP("workshop", "starts_at", " DESC", null, "concat_ws(' ', t.code, t.title_th, t.title_en)",
            "concat_ws(' ', t.code, t.title_th, t.title_en, t.venue, t.description)"),
    CONSULTATION("consultation", "held_at", " DESC", null, "t.subject",
            "concat_ws(' ', t.subject, t.notes, t.recommendations)");

    private final String table;
    private final String orderColumn;
    private final String direction;
    private final String filter;
    private final String names;
    private final String body;

    /**
     * {@code body} must be the text the migration's triggers put in the FTS index (V1__schema.sql),
     * so that scanning rows and asking the index find the same records.
     */
    SearchTarget(String table, String orderColumn, String direction, String filter, String names, String body) {
        this.table = table;
        this.orderColumn = orderColumn;
        this.direction = direction;
        this.filter = filter;
        this.names = names;
        this.body = body;
    }

    /** The record's searchable text, as the FTS index holds it. */
    String body() {
        return body;
    }

    /** The record's names: what a query of one or two letters is matched against. */
    String names() {
        return names;
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
