package th.or.dga.dgtidesk.importing;

import java.util.Set;

/**
 * An innovator already on the roster that a row may be: the organization or person it is, and the
 * keys of the solutions it offers (a row's solution is added only when it has none of that name).
 */
public record KnownInnovator(String id, String name, String organizationId, String personId,
        Set<String> solutionKeys) {

    public KnownInnovator {
        solutionKeys = Set.copyOf(solutionKeys);
    }
}
