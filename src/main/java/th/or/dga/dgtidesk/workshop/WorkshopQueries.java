package th.or.dga.dgtidesk.workshop;

import java.util.List;
import th.or.dga.dgtidesk.db.Transactions;
import th.or.dga.dgtidesk.search.SearchRepository;
import th.or.dga.dgtidesk.search.SearchTarget;

/** Reading the workshop list: by status, and by any part of a code, title or venue. */
public final class WorkshopQueries {

    private static final int MAX_ROWS = 5_000;

    private final Transactions transactions;
    private final WorkshopListRepository list;
    private final WorkshopRepository workshops;
    private final SearchRepository search;

    public WorkshopQueries(Transactions transactions, WorkshopListRepository list, WorkshopRepository workshops,
            SearchRepository search) {
        this.transactions = transactions;
        this.list = list;
        this.workshops = workshops;
        this.search = search;
    }

    /** One workshop with its seat counts, as the detail's header shows it. */
    public java.util.Optional<WorkshopRow> row(String workshopId) {
        return transactions.read(dsl -> list.list(dsl, WorkshopFilter.ALL, List.of(workshopId), 1).stream()
                .findFirst());
    }

    public java.util.Optional<Workshop> workshop(String workshopId) {
        return transactions.read(dsl -> workshops.byId(dsl, workshopId));
    }

    /** The workshop with this code (as the command line names it). */
    public java.util.Optional<Workshop> byCode(String code) {
        return transactions.read(dsl -> workshops.byCode(dsl, code));
    }

    /** Workshops, newest first; {@code status} null for all, {@code text} blank for no text filter. */
    public List<WorkshopRow> list(WorkshopStatus status, String text) {
        return list(new WorkshopFilter(status, null, null, text));
    }

    /** Workshops narrowed by status, kind, fiscal year and any part of a code, title or venue; newest first. */
    public List<WorkshopRow> list(WorkshopFilter filter) {
        String text = filter.text();
        return transactions.read(dsl -> {
            List<String> ids = text == null || text.isBlank() ? null
                    : search.ids(dsl, SearchTarget.WORKSHOP, text, MAX_ROWS);
            return list.list(dsl, filter, ids, MAX_ROWS);
        });
    }
}
