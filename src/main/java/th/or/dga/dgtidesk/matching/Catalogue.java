package th.or.dga.dgtidesk.matching;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import th.or.dga.dgtidesk.common.ThaiText;

/**
 * The solution catalogue as suggestion scoring reads it: every solution, its name and summary prepared
 * once for word lookups (NFC, lower case), and each innovator's adoptions so far. One catalogue serves
 * every need until the solutions, their tags or the adoptions change.
 */
public final class Catalogue {

    private final List<SolutionProfile> solutions;
    private final Map<String, String> texts = new HashMap<>();
    private final Map<String, byte[]> nameKeys = new HashMap<>();
    private final Map<String, Integer> adoptionsByInnovator;

    public Catalogue(List<SolutionProfile> solutions, Map<String, Integer> adoptionsByInnovator) {
        this.solutions = List.copyOf(solutions);
        this.adoptionsByInnovator = Map.copyOf(adoptionsByInnovator);
        for (SolutionProfile solution : solutions) {
            texts.put(solution.id(), ThaiText.nfc(solution.name() + " "
                    + (solution.summary() == null ? "" : solution.summary())).toLowerCase(Locale.ROOT));
            nameKeys.put(solution.id(), ThaiText.sortKey(solution.name()));
        }
    }

    public List<SolutionProfile> solutions() {
        return solutions;
    }

    /** The solution's name and summary, NFC and lower case. */
    String text(SolutionProfile solution) {
        return texts.get(solution.id());
    }

    /** Thai dictionary order of solution names, as bytes: collated once here, not at every comparison. */
    Comparator<String> byName() {
        return (a, b) -> Arrays.compareUnsigned(nameKeys.get(a), nameKeys.get(b));
    }

    int adoptions(String innovatorId) {
        return adoptionsByInnovator.getOrDefault(innovatorId, 0);
    }

    public int size() {
        return solutions.size();
    }
}
