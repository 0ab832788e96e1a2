package th.or.dga.dgtidesk.importing;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The innovators already on the roster, by name key ({@link RosterPlanner#key}), by the
 * organization they are and by the person they are: what a roster file's rows are matched against.
 */
record KnownRoster(Map<String, KnownInnovator> byKey, Map<String, KnownInnovator> byOrganization,
        Map<String, KnownInnovator> byPerson) {

    static KnownRoster of(List<KnownInnovator> innovators, Function<KnownInnovator, String> key) {
        return new KnownRoster(
                innovators.stream().collect(Collectors.toMap(key, i -> i, (first, second) -> first)),
                innovators.stream().filter(i -> i.organizationId() != null)
                        .collect(Collectors.toMap(KnownInnovator::organizationId, i -> i, (first, second) -> first)),
                innovators.stream().filter(i -> i.personId() != null)
                        .collect(Collectors.toMap(KnownInnovator::personId, i -> i, (first, second) -> first)));
    }
}
