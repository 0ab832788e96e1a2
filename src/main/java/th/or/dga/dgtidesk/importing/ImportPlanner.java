package th.or.dga.dgtidesk.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import th.or.dga.dgtidesk.duplicates.NameKey;
import th.or.dga.dgtidesk.workshop.RegistrationStatus;

/**
 * Decides every row's outcome, in file order, from the rows as read and what the database holds:
 * rejected when a row has a reason; a repeat of an earlier row of the file (same e-mail, same phone
 * and name, or same name in the same organization); a person already there (by the same rules); or
 * a new person. A phone shared under another name only warns: it is often an office's number. For registrations the
 * rules of {@code RegistrationService} follow in file order: already registered, a free seat, or the
 * end of the waiting list. Pure: the preview and the commit plan the same way.
 */
final class ImportPlanner {

    private final KnownData known;
    private final Map<String, Integer> firstRowByKey = new HashMap<>();
    private final Map<String, Integer> firstRowByPhone = new HashMap<>();
    private final Map<String, Integer> firstRowByPerson = new HashMap<>();
    private int seatsTaken;
    private int waiting;

    ImportPlanner(KnownData known) {
        this.known = known;
        if (known.seats() != null) {
            this.seatsTaken = known.seats().taken();
            this.waiting = known.seats().waiting();
        }
    }

    List<RowResult> plan(List<RowReader.ReadRow> rows) {
        List<RowResult> results = new ArrayList<>(rows.size());
        for (RowReader.ReadRow row : rows) {
            results.add(plan(row));
        }
        return results;
    }

    private RowResult plan(RowReader.ReadRow row) {
        RowValues values = row.values();
        SourceRow source = row.source();
        if (!row.rejections().isEmpty()) {
            return new RowResult(source, values, RowOutcome.REJECTED, null, null, null, null, null,
                    row.rejections(), row.warnings());
        }
        String nameKey = nameKey(values);
        List<Reason> warnings = new ArrayList<>(row.warnings());
        List<String> keys = keys(values, nameKey);
        Integer sameAs = keys.stream().map(firstRowByKey::get).filter(java.util.Objects::nonNull).findFirst()
                .orElse(null);
        if (sameAs != null) {
            return new RowResult(source, values, RowOutcome.DUPLICATE_IN_FILE, null, null, null, null, sameAs,
                    List.of(), warnings);
        }
        List<KnownPerson> samePhone = values.phone() == null ? List.of()
                : known.byPhone().getOrDefault(values.phone(), List.of());
        Match found = match(values, nameKey, samePhone);
        KnownPerson match = found == null ? null : found.person();
        // Two rows that differ in every key can still be one person the database knows.
        Integer sameMatch = match == null ? null : firstRowByPerson.putIfAbsent(match.id(), source.number());
        if (sameMatch != null) {
            return new RowResult(source, values, RowOutcome.DUPLICATE_IN_FILE, null, null, null, null, sameMatch,
                    List.of(), warnings);
        }
        keys.forEach(key -> firstRowByKey.put(key, source.number()));
        if (values.phone() != null) {
            Integer phoneRow = firstRowByPhone.putIfAbsent(values.phone(), source.number());
            if (phoneRow != null) {
                warnings.add(new Reason("import.warning.phoneOfRow", phoneRow));
            }
        }
        String matchedId = match == null ? null : match.id();
        samePhone.stream().filter(person -> !person.id().equals(matchedId) && !person.nameKey().equals(nameKey))
                .findFirst().ifPresent(other -> warnings.add(new Reason("import.warning.phoneOf", other.displayName())));
        RowOutcome outcome = match == null ? RowOutcome.NEW : RowOutcome.EXISTING;
        SeatOutcome seat = known.seats() == null ? null : seat(match);
        Integer position = seat == SeatOutcome.WAITLISTED ? waiting : null;
        return new RowResult(source, values, outcome, seat, position, match, found == null ? null : found.by(), null,
                List.of(), warnings);
    }

    /** A person the database holds, and the message key saying how they were found. */
    private record Match(KnownPerson person, String by) {
    }

    /** By e-mail; by phone when the name agrees; by name within the same organization. */
    private Match match(RowValues values, String nameKey, List<KnownPerson> samePhone) {
        if (values.email() != null && known.byEmail().containsKey(values.email())) {
            return new Match(known.byEmail().get(values.email()), "import.reason.matchesByEmail");
        }
        KnownPerson byPhone = samePhone.stream().filter(person -> person.nameKey().equals(nameKey)).findFirst()
                .orElse(null);
        if (byPhone != null) {
            return new Match(byPhone, "import.reason.matchesByPhone");
        }
        KnownPerson byName = values.organization() == null ? null
                : known.byNameInOrganization().get(KnownData.nameInOrganization(nameKey, values.organization()));
        return byName == null ? null : new Match(byName, "import.reason.matchesByName");
    }

    /** Already registered, a free seat, or the end of the waiting list: capacity counts in file order. */
    private SeatOutcome seat(KnownPerson match) {
        KnownData.Existing existing = match == null ? null : known.seats().byPerson().get(match.id());
        if (existing != null && existing.status() != RegistrationStatus.CANCELLED) {
            return SeatOutcome.ALREADY_REGISTERED;
        }
        if (known.seats().workshop().unlimited() || seatsTaken < known.seats().workshop().capacity()) {
            seatsTaken++;
            return SeatOutcome.REGISTERED;
        }
        waiting++;
        return SeatOutcome.WAITLISTED;
    }

    /**
     * The keys under which a later row of the same file is the same person: the e-mail; the phone
     * with the name (a phone alone is often an office's, shared by colleagues); the name within an
     * organization.
     */
    private static List<String> keys(RowValues values, String nameKey) {
        List<String> keys = new ArrayList<>(3);
        if (values.email() != null) {
            keys.add("e:" + values.email());
        }
        if (values.phone() != null) {
            keys.add("p:" + values.phone() + "|" + nameKey);
        }
        if (values.organization() != null) {
            keys.add("n:" + KnownData.nameInOrganization(nameKey, values.organization()));
        }
        return keys;
    }

    static String nameKey(RowValues values) {
        return NameKey.of(values.prefix(), values.firstName(), values.lastName());
    }
}
