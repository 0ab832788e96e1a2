package th.or.dga.dgtidesk.search;

import java.util.List;
import org.jooq.DSLContext;
import th.or.dga.dgtidesk.common.ThaiText;

/**
 * Finds records by any part of a word — Thai writes no spaces between words, so the FTS5
 * trigram index is used for queries of three characters or more, and a LIKE scan in list order
 * (which stops at the first page of hits) for shorter ones. Plain SQL is allowed here only:
 * jOOQ has no generated classes for FTS5 tables. Every value is a bind value; table and column
 * names come from {@link SearchTarget}, never from input.
 */
public final class SearchRepository {

    /** Shortest query the trigram index can answer. */
    public static final int TRIGRAM = 3;

    /** Hits beyond which walking the list in order beats sorting the hits. */
    public static final int DENSE = 1_500;

    /**
     * Ids of the records of {@code target} whose text contains {@code query}, in list order.
     *
     * <p>Sorting every hit of a common fragment (".com", "สม") would cost more than the page the
     * user sees, so the index is first asked for a bounded number of hits: a sparse query sorts its
     * few hits; a dense one walks the list in order and stops at the first page, which dense hits
     * fill quickly.
     */
    public List<String> ids(DSLContext dsl, SearchTarget target, String query, int limit) {
        String text = ThaiText.nfc(query).strip();
        if (text.isEmpty()) {
            return List.of();
        }
        String from = "SELECT t.id FROM " + target.table() + " t JOIN " + target.ftsTable()
                + " f ON f.rowid = t.rowid WHERE ";
        String tail = " AND " + target.filterOrTrue() + " ORDER BY " + target.orderBy() + " LIMIT ?";
        if (text.codePointCount(0, text.length()) >= TRIGRAM && !dense(dsl, target, text)) {
            return dsl.fetch(from + "f." + target.ftsTable() + " MATCH ?" + tail, phrase(text), limit)
                    .getValues(0, String.class);
        }
        return dsl.fetch(from + "f.body LIKE ? ESCAPE '\\'" + tail, "%" + escapeLike(text) + "%", limit)
                .getValues(0, String.class);
    }

    /** Whether {@code text} has more hits than are worth sorting. */
    private static boolean dense(DSLContext dsl, SearchTarget target, String text) {
        Object hits = dsl.fetchValue("SELECT count(*) FROM (SELECT 1 FROM " + target.ftsTable() + " WHERE "
                + target.ftsTable() + " MATCH ? LIMIT ?)", phrase(text), DENSE);
        return ((Number) hits).intValue() >= DENSE;
    }

    /**
     * Registrations of one workshop whose person's name, e-mail, phone or position contains
     * {@code query}. A workshop has at most a few hundred registrations, so scanning them with LIKE
     * answers every query length, one letter included, within a millisecond or two.
     */
    public List<String> registrationIdsInWorkshop(DSLContext dsl, String workshopId, String query, int limit) {
        String text = ThaiText.nfc(query).strip();
        if (text.isEmpty()) {
            return List.of();
        }
        return dsl.fetch("SELECT r.id FROM registration r JOIN person p ON p.id = r.person_id"
                        + " JOIN person_fts f ON f.rowid = p.rowid"
                        + " WHERE r.workshop_id = ? AND f.body LIKE ? ESCAPE '\\' ORDER BY p.sort_key LIMIT ?",
                workshopId, "%" + escapeLike(text) + "%", limit).getValues(0, String.class);
    }

    /** The query as one FTS5 phrase: matched as a substring, whatever characters it holds. */
    static String phrase(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
