package th.or.dga.dgtidesk.people;

import java.util.List;
import th.or.dga.dgtidesk.db.Transactions;
import th.or.dga.dgtidesk.search.SearchRepository;
import th.or.dga.dgtidesk.search.SearchTarget;

/** Reading people for lists and type-ahead: a sorted page, or a search inside Thai words. */
public final class PeopleQueries {

    private final Transactions transactions;
    private final PersonRepository people;
    private final SearchRepository search;

    public PeopleQueries(Transactions transactions, PersonRepository people, SearchRepository search) {
        this.transactions = transactions;
        this.people = people;
        this.search = search;
    }

    public List<PersonListItem> sortedPage(int offset, int limit) {
        return transactions.read(dsl -> people.sortedPage(dsl, offset, limit));
    }

    /** People whose name, e-mail, phone or position contains {@code query}, in Thai order. */
    public List<PersonListItem> search(String query, int limit) {
        String text = asStoredPhone(query);
        return transactions.read(dsl -> people.byIds(dsl, search.ids(dsl, SearchTarget.PERSON, text, limit)));
    }

    /** Phones are stored as digits ("0812345678"), so "081-234" or "+66 81 234" search as digits. */
    public static String asStoredPhone(String query) {
        if (query == null || !query.strip().matches("\\+?[\\d\\s().-]*\\d[\\d\\s().-]*")) {
            return query;
        }
        String digits = query.replaceAll("\\D", "");
        return query.strip().startsWith("+66") ? "0" + digits.substring(2) : digits;
    }
}
