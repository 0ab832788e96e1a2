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
    public static final int HEAD = 4_000;

    /**
     * Ids of the records of {@code target} whose text contains {@code query}, in list order.
     *
     * <p>Sorting every hit of a common fragment (".com", "สม") costs more than the page the user
     * sees, and so does asking the trigram index for it. So the head of the list is scanned first:
     * when it already holds a page of hits, that page is the answer. Otherwise hits are few, and the
     * trigram index finds and sorts them. A query of one or two letters is matched against names
     * only: any e-mail or phone contains one, so elsewhere such a query means nothing.
     */
    public List<String> ids(DSLContext dsl, SearchTarget target, String query, int limit) {
        String text = ThaiText.nfc(query).strip();
        if (text.isEmpty()) {
            return List.of();
        }
        boolean trigram = usesIndex(text);
        if (!trigram && text.codePoints().noneMatch(Character::isLetter)) {
            // One or two digits or marks: names hold none, and everything else would match.
            return List.of();
        }
        String like = likePattern(text);
        List<String> head = dsl.fetch(headSql(target, trigram), HEAD, like, limit).getValues(0, String.class);
        if (head.size() >= limit) {
            return head;
        }
        return trigram ? dsl.fetch(indexSql(target), phrase(text), limit).getValues(0, String.class)
                : dsl.fetch(scanSql(target), like, limit).getValues(0, String.class);
    }

    /** How far a type-ahead looks for a one- or two-letter fragment before waiting for the next letter. */
    public static final int QUICK_HEAD = 500;
    /** A common word ("ระบบ") matches thousands of notes; the type-ahead sorts at most this many of them. */
    public static final int QUICK_HITS = 1_000;

    /**
     * The type-ahead form of {@link #ids} for the global search, which asks seven kinds at each
     * keystroke: three letters or more go straight to the trigram index (each kind answers within a
     * millisecond or two; the head scan of long bodies such as solution summaries costs tens), and a
     * one- or two-letter fragment is looked for in the names of the first {@link #QUICK_HEAD} rows
     * only — the next letter brings the index in.
     */
    public List<String> quickIds(DSLContext dsl, SearchTarget target, String query, int limit) {
        String text = ThaiText.nfc(query).strip();
        if (text.isEmpty()) {
            return List.of();
        }
        if (usesIndex(text)) {
            return dsl.fetch(quickIndexSql(target), phrase(text), QUICK_HITS, limit).getValues(0, String.class);
        }
        if (text.codePoints().noneMatch(Character::isLetter)) {
            return List.of();
        }
        return dsl.fetch(headSql(target, false), QUICK_HEAD, likePattern(text), limit).getValues(0, String.class);
    }

    /** Whether a query is long enough for the trigram index. */
    public static boolean usesIndex(String text) {
        return text.codePointCount(0, text.length()) >= TRIGRAM;
    }

    /** The first rows of the list whose text is LIKE the pattern (binds: head size, pattern, limit). */
    public static String headSql(SearchTarget target, boolean trigram) {
        String text = trigram ? target.body() : target.names();
        return "SELECT h.id FROM (SELECT t.id, t." + target.orderColumn() + " AS k, " + text + " AS text FROM "
                + target.table() + " t WHERE " + target.filterOrTrue() + " ORDER BY " + target.orderBy("t")
                + " LIMIT ?) h WHERE h.text LIKE ? ESCAPE '\\' ORDER BY h.k" + target.direction() + " LIMIT ?";
    }

    /** Every record the trigram index finds, in list order (binds: phrase, limit). */
    public static String indexSql(SearchTarget target) {
        return "SELECT t.id FROM " + target.table() + " t JOIN " + target.ftsTable() + " f ON f.rowid = t.rowid WHERE f."
                + target.ftsTable() + " MATCH ? AND " + target.filterOrTrue() + " ORDER BY " + target.orderBy("t")
                + " LIMIT ?";
    }

    /** The type-ahead's index question: at most {@code QUICK_HITS} matches, in list order (binds: phrase, cap, limit). */
    public static String quickIndexSql(SearchTarget target) {
        return "SELECT t.id FROM " + target.table() + " t WHERE t.rowid IN (SELECT rowid FROM " + target.ftsTable()
                + " WHERE " + target.ftsTable() + " MATCH ? LIMIT ?) AND " + target.filterOrTrue() + " ORDER BY "
                + target.orderBy("t") + " LIMIT ?";
    }

    /** Every record whose names are LIKE the pattern: one pass over the table (binds: pattern, limit). */
    public static String scanSql(SearchTarget target) {
        return "SELECT t.id FROM " + target.table() + " t NOT INDEXED WHERE " + target.filterOrTrue() + " AND "
                + target.names() + " LIKE ? ESCAPE '\\' ORDER BY " + target.orderBy("t") + " LIMIT ?";
    }

    public static String likePattern(String text) {
        return "%" + escapeLike(text) + "%";
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
    public static String phrase(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
