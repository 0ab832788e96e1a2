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
        keys.forEach(key -> firstRowByKey.put(key, source.number()));
        if (values.phone() != null) {
            Integer phoneRow = firstRowByPhone.putIfAbsent(values.phone(), source.number());
            if (phoneRow != null) {
                warnings.add(new Reason("import.warning.phoneOfRow", phoneRow));
            }
        }
        KnownPerson match = null;
        String matchedBy = null;
        List<KnownPerson> samePhone = values.phone() == null ? List.of()
                : known.byPhone().getOrDefault(values.phone(), List.of());
        KnownPerson samePhoneAndName = samePhone.stream().filter(person -> person.nameKey().equals(nameKey))
                .findFirst().orElse(null);
        if (values.email() != null && known.byEmail().containsKey(values.email())) {
            match = known.byEmail().get(values.email());
            matchedBy = "import.reason.matchesByEmail";
        } else if (samePhoneAndName != null) {
            match = samePhoneAndName;
            matchedBy = "import.reason.matchesByPhone";
        } else if (values.organization() != null) {
            match = known.byNameInOrganization().get(KnownData.nameInOrganization(nameKey, values.organization()));
            matchedBy = match == null ? null : "import.reason.matchesByName";
        }
        String matchedId = match == null ? null : match.id();
        samePhone.stream().filter(person -> !person.id().equals(matchedId) && !person.nameKey().equals(nameKey))
                .findFirst().ifPresent(other -> warnings.add(new Reason("import.warning.phoneOf", other.displayName())));
        RowOutcome outcome = match == null ? RowOutcome.NEW : RowOutcome.EXISTING;
        SeatOutcome seat = null;
        Integer position = null;
        if (known.seats() != null) {
            KnownData.Existing existing = match == null ? null : known.seats().byPerson().get(match.id());
            if (existing != null && existing.status() != RegistrationStatus.CANCELLED) {
                seat = SeatOutcome.ALREADY_REGISTERED;
            } else if (known.seats().workshop().unlimited() || seatsTaken < known.seats().workshop().capacity()) {
                seat = SeatOutcome.REGISTERED;
                seatsTaken++;
            } else {
                seat = SeatOutcome.WAITLISTED;
                position = ++waiting;
            }
        }
        return new RowResult(source, values, outcome, seat, position, match, matchedBy, null, List.of(), warnings);
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
