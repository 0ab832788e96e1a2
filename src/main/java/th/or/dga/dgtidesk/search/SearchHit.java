package th.or.dga.dgtidesk.search;

/** One record found by the global search: its kind, id, and the two lines the result list shows. */
public record SearchHit(SearchTarget kind, String id, String title, String detail) {
}
