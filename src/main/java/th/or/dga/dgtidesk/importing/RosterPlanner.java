package th.or.dga.dgtidesk.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import th.or.dga.dgtidesk.common.ThaiText;
import th.or.dga.dgtidesk.duplicates.NameKey;
import th.or.dga.dgtidesk.innovator.InnovatorKind;

/**
 * Decides every roster row's outcome, in file order: rejected when the row has a reason; the same
 * innovator as an earlier row (the same name, normalised); an innovator already on the roster (by
 * that name, or the organization or person it is); or a new innovator. The contacts of new
 * innovators are then planned by the people rules of {@link ImportPlanner} (e-mail, phone with
 * name, name in the organization), so a contact the database holds, or one named on an earlier row,
 * is not made twice. Pure: the preview and the commit plan the same way.
 */
final class RosterPlanner {

    private final KnownData people;
    private final KnownRoster roster;

    RosterPlanner(KnownData people, KnownRoster roster) {
        this.people = people;
        this.roster = roster;
    }

    /**
     * The key under which two names are one innovator: organizations without their legal-form words
     * ("บริษัท … จำกัด", "Co., Ltd."), spaces, case and Thai tone marks; people as names are compared.
     */
    static String key(boolean person, String name) {
        return person ? "p:" + NameKey.of(null, name, null) : "o:" + NameKey.organization(name);
    }

    /** A solution's name as compared with an innovator's others: NFC, spaces collapsed, any case. */
    static String solutionKey(String name) {
        return ThaiText.nfc(name).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    List<RowResult> plan(List<RosterRowReader.Read> reads) {
        List<RowResult> results = new ArrayList<>(reads.size());
        Map<String, Integer> firstRowByKey = new HashMap<>();
        for (RosterRowReader.Read read : reads) {
            results.add(innovator(read, firstRowByKey));
        }
        return contacts(results);
    }

    private RowResult innovator(RosterRowReader.Read read, Map<String, Integer> firstRowByKey) {
        RowReader.ReadRow row = read.row();
        RosterValues values = read.roster();
        RosterResult planned = RosterResult.of(values);
        RowValues contact = row.values() == null ? RowValues.NONE : row.values();
        if (!row.rejections().isEmpty()) {
            return result(row, contact, RowOutcome.REJECTED, null, planned);
        }
        String key = key(values.kind().isPerson(), values.name());
        Integer earlier = firstRowByKey.putIfAbsent(key, row.source().number());
        if (earlier != null) {
            return result(row, contact, RowOutcome.DUPLICATE_IN_FILE, earlier, planned);
        }
        KnownInnovator existing = roster.byKey().get(key);
        if (existing == null && !values.kind().isPerson()) {
            String organizationId = people.organizationIds().get(values.name());
            existing = organizationId == null ? null : roster.byOrganization().get(organizationId);
        }
        if (existing != null) {
            return result(row, contact, RowOutcome.EXISTING, null,
                    planned.existing(existing, lacksSolution(existing, values)));
        }
        return result(row, contact, RowOutcome.NEW, null, planned);
    }

    /**
     * The contacts of new innovators, planned together so that one person named on several rows is
     * made once. An individual whose person is already on the roster is that innovator; one whose
     * person is an earlier row's individual is that row's innovator.
     */
    private List<RowResult> contacts(List<RowResult> results) {
        List<RowReader.ReadRow> contactRows = new ArrayList<>();
        for (RowResult result : results) {
            if (result.outcome() == RowOutcome.NEW && result.values().firstName() != null) {
                contactRows.add(new RowReader.ReadRow(result.source(), result.values(), List.of(), List.of()));
            }
        }
        Map<Integer, RowResult> byRow = new HashMap<>();
        new ImportPlanner(people).plan(contactRows).forEach(planned -> byRow.put(planned.row(), planned));
        Map<Integer, RowResult> individuals = new HashMap<>();
        List<RowResult> planned = new ArrayList<>(results.size());
        for (RowResult result : results) {
            RowResult contact = byRow.get(result.row());
            if (contact == null) {
                planned.add(result);
                continue;
            }
            RosterResult roster = result.roster().contact(contact);
            List<Reason> warnings = new ArrayList<>(result.warnings());
            warnings.addAll(contact.warnings());
            RowOutcome outcome = RowOutcome.NEW;
            Integer sameAsRow = null;
            if (result.roster().values().kind() == InnovatorKind.INDIVIDUAL) {
                KnownInnovator already = contact.match() == null ? null : this.roster.byPerson().get(contact.match().id());
                RowResult earlier = contact.sameAsRow() == null ? null : individuals.get(contact.sameAsRow());
                if (already != null) {
                    outcome = RowOutcome.EXISTING;
                    roster = roster.existing(already, lacksSolution(already, result.roster().values()));
                } else if (earlier != null) {
                    outcome = RowOutcome.DUPLICATE_IN_FILE;
                    sameAsRow = earlier.row();
                } else {
                    individuals.put(result.row(), result);
                }
            }
            planned.add(new RowResult(result.source(), result.values(), outcome, null, null, null, null, sameAsRow,
                    List.of(), warnings, roster));
        }
        return planned;
    }

    /** Whether the row names a solution the innovator on the roster does not offer yet. */
    private static boolean lacksSolution(KnownInnovator innovator, RosterValues values) {
        return values.solutionName() != null && !innovator.solutionKeys().contains(solutionKey(values.solutionName()));
    }

    private static RowResult result(RowReader.ReadRow row, RowValues contact, RowOutcome outcome, Integer sameAsRow,
            RosterResult roster) {
        return new RowResult(row.source(), contact, outcome, null, null, null, null, sameAsRow, row.rejections(),
                row.warnings(), roster);
    }
}
