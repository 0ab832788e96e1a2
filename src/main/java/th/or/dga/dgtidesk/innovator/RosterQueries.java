package th.or.dga.dgtidesk.innovator;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import th.or.dga.dgtidesk.db.Transactions;
import th.or.dga.dgtidesk.search.SearchRepository;
import th.or.dga.dgtidesk.search.SearchTarget;
import th.or.dga.dgtidesk.tag.TagRepository;
import th.or.dga.dgtidesk.tag.TaggedKind;

/** Reading the roster: the filtered list, an innovator's page, and the choices its forms offer. */
public final class RosterQueries {

    private static final int MAX_ROWS = 5_000;
    /** Rows of each list on an innovator's page; the full history belongs to the screens that own it. */
    private static final int PAGE_LINES = 200;

    private final Transactions transactions;
    private final RosterRepository roster;
    private final InnovatorRepository innovators;
    private final SolutionRepository solutions;
    private final InnovatorPageRepository links;
    private final TagRepository tags;
    private final SearchRepository search;

    public RosterQueries(Transactions transactions, RosterRepository roster, InnovatorRepository innovators,
            SolutionRepository solutions, InnovatorPageRepository links, TagRepository tags, SearchRepository search) {
        this.transactions = transactions;
        this.roster = roster;
        this.innovators = innovators;
        this.solutions = solutions;
        this.links = links;
        this.tags = tags;
        this.search = search;
    }

    /**
     * Innovators narrowed by {@code filter}, in Thai dictionary order. The text matches any part of
     * an innovator's name or cohort, or of one of its solutions' name, summary or service areas.
     */
    public List<RosterRow> list(RosterFilter filter) {
        String text = filter.text();
        return transactions.read(dsl -> {
            List<String> ids = null;
            if (text != null && !text.isBlank()) {
                Set<String> found = new LinkedHashSet<>(search.ids(dsl, SearchTarget.INNOVATOR, text, MAX_ROWS));
                found.addAll(roster.innovatorsOfSolutions(dsl,
                        search.ids(dsl, SearchTarget.SOLUTION, text, MAX_ROWS)));
                ids = List.copyOf(found);
            }
            return roster.list(dsl, filter, ids, MAX_ROWS);
        });
    }

    public Optional<InnovatorPage> page(String innovatorId) {
        return transactions.read(dsl -> innovators.byId(dsl, innovatorId).map(i -> {
            Organization organization = i.organizationId() == null ? null
                    : innovators.organization(dsl, i.organizationId()).orElse(null);
            String province = organization != null ? organization.province()
                    : innovators.person(dsl, i.personId()).map(PersonName::province).orElse(null);
            PersonName contact = i.contactPersonId() == null ? null
                    : innovators.person(dsl, i.contactPersonId()).orElse(null);
            return new InnovatorPage(i, organization == null ? null : organization.nameTh(), province, contact,
                    tags.names(dsl, TaggedKind.INNOVATOR, i.id()), solutions.ofInnovator(dsl, i.id()),
                    links.consultations(dsl, i, PAGE_LINES), links.matches(dsl, i.id(), PAGE_LINES),
                    links.workshopsAttended(dsl, i, PAGE_LINES));
        }));
    }

    public Optional<Solution> solution(String solutionId) {
        return transactions.read(dsl -> solutions.byId(dsl, solutionId));
    }

    /** The provinces innovators are in, in Thai order. */
    public List<String> provinces() {
        return transactions.read(roster::provinces);
    }

    /** Organizations whose name contains {@code text}: the type-ahead of the innovator form. */
    public List<Organization> organizations(String text, int limit) {
        return transactions.read(dsl -> {
            List<String> ids = search.ids(dsl, SearchTarget.ORGANIZATION, text, limit);
            return ids.isEmpty() ? List.of() : innovators.organizations(dsl, ids);
        });
    }

    /** A person by id, as the form shows the contact it holds. */
    public Optional<PersonName> person(String personId) {
        return transactions.read(dsl -> innovators.person(dsl, personId));
    }
}
