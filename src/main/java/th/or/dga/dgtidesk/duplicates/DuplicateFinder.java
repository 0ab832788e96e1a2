package th.or.dga.dgtidesk.duplicates;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds candidate pairs among people without comparing everyone with everyone: people sharing an
 * e-mail, people sharing a phone (only in small groups — a number on forty forms is the agency's
 * switchboard, not one human), and within each organization names that are close; people with no
 * organization are paired only on an identical name key. Pairs already judged "not a duplicate"
 * are left out.
 */
final class DuplicateFinder {

    /** A phone shared by more people than this is an office number: it proves nothing. */
    static final int MAX_PHONE_GROUP = 5;

    private final Map<String, Set<DuplicateReason>> pairs = new LinkedHashMap<>();
    private final Set<String> dismissed;

    private DuplicateFinder(Set<String> dismissed) {
        this.dismissed = dismissed;
    }

    /** {@code dismissed} holds "aId|bId" keys (aId &lt; bId) of pairs judged not to be duplicates. */
    static List<Candidate> people(Collection<PersonKey> people, Set<String> dismissed) {
        DuplicateFinder finder = new DuplicateFinder(dismissed);
        finder.sameValue(people, PersonKey::email, Integer.MAX_VALUE, DuplicateReason.SAME_EMAIL);
        finder.sameValue(people, PersonKey::phone, MAX_PHONE_GROUP, DuplicateReason.SAME_PHONE);
        Map<String, List<PersonKey>> byOrganization = new HashMap<>();
        List<PersonKey> unattached = new ArrayList<>();
        for (PersonKey person : people) {
            if (person.organizationId() == null) {
                unattached.add(person);
            } else {
                byOrganization.computeIfAbsent(person.organizationId(), k -> new ArrayList<>()).add(person);
            }
        }
        for (List<PersonKey> colleagues : byOrganization.values()) {
            finder.closeNames(colleagues, PersonKey::id, PersonKey::name,
                    DuplicateReason.SIMILAR_NAME_SAME_ORGANIZATION);
        }
        finder.sameValue(unattached, PersonKey::name, Integer.MAX_VALUE, DuplicateReason.SAME_NAME);
        return finder.candidates();
    }

    /** Organizations of one kind whose names are close (their keys ignore spaces, dots and tone marks). */
    static List<Candidate> organizations(Map<String, List<String[]>> idAndNameByKind, Set<String> dismissed) {
        DuplicateFinder finder = new DuplicateFinder(dismissed);
        for (List<String[]> sameKind : idAndNameByKind.values()) {
            finder.closeNames(sameKind, row -> row[0], row -> row[1], DuplicateReason.SIMILAR_NAME);
        }
        return finder.candidates();
    }

    private void sameValue(Collection<PersonKey> people, Function<PersonKey, String> value, int maxGroup,
            DuplicateReason reason) {
        Map<String, List<String>> groups = new HashMap<>();
        for (PersonKey person : people) {
            String v = value.apply(person);
            if (v != null && !v.isEmpty()) {
                groups.computeIfAbsent(v, k -> new ArrayList<>()).add(person.id());
            }
        }
        for (List<String> ids : groups.values()) {
            if (ids.size() > 1 && ids.size() <= maxGroup) {
                for (int i = 0; i < ids.size(); i++) {
                    for (int j = i + 1; j < ids.size(); j++) {
                        add(ids.get(i), ids.get(j), reason);
                    }
                }
            }
        }
    }

    private <T> void closeNames(List<T> rows, Function<T, String> id, Function<T, String> name,
            DuplicateReason reason) {
        for (int i = 0; i < rows.size(); i++) {
            for (int j = i + 1; j < rows.size(); j++) {
                if (NameSimilarity.close(name.apply(rows.get(i)), name.apply(rows.get(j)))) {
                    add(id.apply(rows.get(i)), id.apply(rows.get(j)), reason);
                }
            }
        }
    }

    private void add(String x, String y, DuplicateReason reason) {
        String a = x.compareTo(y) < 0 ? x : y;
        String b = a.equals(x) ? y : x;
        String key = a + "|" + b;
        if (!dismissed.contains(key)) {
            pairs.computeIfAbsent(key, k -> EnumSet.noneOf(DuplicateReason.class)).add(reason);
        }
    }

    private List<Candidate> candidates() {
        List<Candidate> list = new ArrayList<>(pairs.size());
        pairs.forEach((key, reasons) -> {
            int bar = key.indexOf('|');
            list.add(new Candidate(key.substring(0, bar), key.substring(bar + 1), Set.copyOf(reasons)));
        });
        return list;
    }
}
