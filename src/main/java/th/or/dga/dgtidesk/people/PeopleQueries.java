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

    public int count() {
        return transactions.read(people::count);
    }

    /** People whose name, e-mail, phone or position contains {@code query}, in Thai order. */
    public List<PersonListItem> search(String query, int limit) {
        String text = th.or.dga.dgtidesk.common.ThaiPhone.asSearched(query);
        return transactions.read(dsl -> people.byIds(dsl, search.ids(dsl, SearchTarget.PERSON, text, limit)));
    }
}
