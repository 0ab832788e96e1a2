package th.or.dga.dgtidesk.search;

/**
 * One record found by the global search: its kind, id, the two lines the result list shows, and
 * the id of the page that shows it ({@code pageId}: the innovator's for a solution, else its own).
 */
public record SearchHit(SearchTarget kind, String id, String title, String detail, String pageId) {

    public SearchHit(SearchTarget kind, String id, String title, String detail) {
        this(kind, id, title, detail, id);
    }
}
