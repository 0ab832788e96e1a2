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

    /** Rows at the head of the list scanned before the index is asked. */
    public static final int HEAD = 3_000;

    /**
     * Ids of the records of {@code target} whose text contains {@code query}, in list order.
     *
     * <p>Sorting every hit of a common fragment (".com", "สม") costs more than the page the user
     * sees, and so does asking the trigram index for it. So the head of the list is scanned first:
     * when it already holds a page of hits, that page is the answer. Otherwise hits are few, and
     * the trigram index (three characters or more) or a full scan (shorter) finds and sorts them.
     */
    public List<String> ids(DSLContext dsl, SearchTarget target, String query, int limit) {
        String text = ThaiText.nfc(query).strip();
        if (text.isEmpty()) {
            return List.of();
        }
        String like = "%" + escapeLike(text) + "%";
        List<String> head = dsl.fetch("SELECT s.id FROM (SELECT t.id, t.rowid AS rid, t." + target.orderColumn()
                        + " AS k FROM " + target.table() + " t WHERE " + target.filterOrTrue() + " ORDER BY "
                        + target.orderBy("t") + " LIMIT ?) s JOIN " + target.ftsTable() + " f ON f.rowid = s.rid"
                        + " WHERE f.body LIKE ? ESCAPE '\\' ORDER BY " + target.orderBy("s").replace("s." + target
                        .orderColumn(), "s.k") + " LIMIT ?",
                HEAD, like, limit).getValues(0, String.class);
        if (head.size() >= limit) {
            return head;
        }
        String from = "SELECT t.id FROM " + target.table() + " t JOIN " + target.ftsTable()
                + " f ON f.rowid = t.rowid WHERE ";
        String tail = " AND " + target.filterOrTrue() + " ORDER BY " + target.orderBy("t") + " LIMIT ?";
        if (text.codePointCount(0, text.length()) >= TRIGRAM) {
            return dsl.fetch(from + "f." + target.ftsTable() + " MATCH ?" + tail, phrase(text), limit)
                    .getValues(0, String.class);
        }
        return dsl.fetch(from + "f.body LIKE ? ESCAPE '\\'" + tail, like, limit).getValues(0, String.class);
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
