package th.or.dga.dgtidesk.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import th.or.dga.dgtidesk.common.ThaiWords;

/**
 * Explainable ranking of solutions for one need. Each part of a score is a plain rule a
 * coordinator can check:
 * <ul>
 * <li>tags shared with the need, each weighted by how rare it is among solutions (a tag every
 * second solution carries, like "GovTech", says little);</li>
 * <li>the need's words (Thai split by {@link ThaiWords}) found in the solution's name and summary,
 * weighted the same way, so "น้ำ" and "เตือน" count and "ระบบ" hardly does;</li>
 * <li>a service area the need's words point to and the solution serves;</li>
 * <li>readiness (TRL) and the innovator's adoptions so far — these only order relevant solutions:
 * a solution needs at least {@value #MIN_RELEVANCE} points from tags, words and area to be
 * suggested at all (one common word like "ระบบ" is not enough).</li>
 * </ul>
 */
public final class SuggestionScorer {

    static final int MIN_RELEVANCE = 5;

    private final List<String> needWords;
    private final Set<String> needTags;
    private final Map<ServiceArea, String> needAreas = new EnumMap<>(ServiceArea.class);
    private final Catalogue catalogue;
    /** Per solution (by catalogue position), which of {@link #needWords} its text contains. */
    private final BitSet[] wordsFound;
    private final double[] wordWeights;
    private final Map<String, Double> tagWeights = new HashMap<>();
    private final double wordTotal;
    private final double tagTotal;

    /** {@code needText} is the need's title, problem and desired outcome; tags are names. */
    public SuggestionScorer(String needText, Collection<String> needTags, Catalogue catalogue) {
        this.needTags = Set.copyOf(needTags);
        Set<String> words = ThaiWords.of(needText + " " + String.join(" ", needTags));
        this.needWords = List.copyOf(words);
        for (ServiceArea area : ServiceArea.values()) {
            String keyword = area.keywordIn(words);
            if (keyword != null) {
                needAreas.put(area, keyword);
            }
        }
        this.catalogue = catalogue;
        this.wordsFound = new BitSet[catalogue.size()];
        this.wordWeights = new double[needWords.size()];
        weigh();
        this.wordTotal = Arrays.stream(wordWeights).sum();
        this.tagTotal = tagWeights.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /**
     * Inverse document frequency over the catalogue: rare words and tags weigh more. The one pass over
     * every solution's text also remembers which words each contains, for scoring.
     */
    private void weigh() {
        int[] wordCounts = new int[needWords.size()];
        Map<String, Integer> tagCounts = new HashMap<>();
        List<SolutionProfile> solutions = catalogue.solutions();
        for (int i = 0; i < solutions.size(); i++) {
            SolutionProfile solution = solutions.get(i);
            String text = catalogue.text(solution);
            BitSet found = new BitSet(needWords.size());
            for (int w = 0; w < needWords.size(); w++) {
                if (text.contains(needWords.get(w))) {
                    found.set(w);
                    wordCounts[w]++;
                }
            }
            wordsFound[i] = found;
            for (String tag : solution.tags()) {
                if (needTags.contains(tag)) {
                    tagCounts.merge(tag, 1, Integer::sum);
                }
            }
        }
        int n = Math.max(1, catalogue.size());
        // A word no solution contains weighs nothing: it cannot tell solutions apart.
        for (int w = 0; w < needWords.size(); w++) {
            wordWeights[w] = wordCounts[w] == 0 ? 0 : idf(n, wordCounts[w]);
        }
        // A need's tag no solution carries still counts in the whole: sharing 1 of 3 tags is not sharing all.
        needTags.forEach(tag -> tagWeights.put(tag, idf(n, tagCounts.getOrDefault(tag, 0))));
    }

    private static double idf(int n, int count) {
        return Math.log(1.0 + (double) n / (1 + count));
    }

    /** The best {@code limit} suggestions, leaving out {@code excluded} solutions (already proposed). */
    public List<Suggestion> rank(int limit, Set<String> excluded) {
        // Points first for the whole catalogue (numbers only); reasons are written for the chosen few.
        List<Scored> relevant = new ArrayList<>();
        List<SolutionProfile> solutions = catalogue.solutions();
        for (int i = 0; i < solutions.size(); i++) {
            SolutionProfile solution = solutions.get(i);
            if (!excluded.contains(solution.id())) {
                Scored scored = shares(solution, wordsFound[i]);
                if (scored.relevance() >= MIN_RELEVANCE) {
                    relevant.add(scored);
                }
            }
        }
        relevant.sort(Comparator.comparingInt(Scored::score).reversed()
                .thenComparing(scored -> scored.solution().id(), catalogue.byName()));
        return relevant.stream().limit(limit).map(this::explain).toList();
    }

    /** A solution's share of each part's points, before any reason is written out. */
    private record Scored(SolutionProfile solution, BitSet found, double tags, double words, ServiceArea area,
            double readiness, double trackRecord) {

        /** Points from what relates the solution to the need: tags, words and area. */
        int relevance() {
            return points(ScorePart.Kind.TAGS, tags) + points(ScorePart.Kind.TEXT, words)
                    + points(ScorePart.Kind.AREA, area == null ? 0 : 1);
        }

        int score() {
            return relevance() + points(ScorePart.Kind.READINESS, readiness)
                    + points(ScorePart.Kind.TRACK_RECORD, trackRecord);
        }
    }

    private Scored shares(SolutionProfile solution, BitSet found) {
        double tags = tagTotal == 0 ? 0 : sharedTags(solution).stream().mapToDouble(tagWeights::get).sum() / tagTotal;
        double words = wordTotal == 0 ? 0 : found.stream().mapToDouble(w -> wordWeights[w]).sum() / wordTotal;
        int trl = solution.trl() == null ? 0 : solution.trl();
        return new Scored(solution, found, tags, words, sharedArea(solution), trl == 0 ? 0 : (trl - 1) / 8.0,
                trackRecordShare(catalogue.adoptions(solution.innovatorId())));
    }

    private Suggestion explain(Scored scored) {
        SolutionProfile solution = scored.solution();
        ServiceArea area = scored.area();
        int trl = solution.trl() == null ? 0 : solution.trl();
        List<ScorePart> parts = List.of(
                part(ScorePart.Kind.TAGS, scored.tags(), sharedTags(solution)),
                part(ScorePart.Kind.TEXT, scored.words(), List.of(String.join(", ", heaviest(scored.found())))),
                area == null ? part(ScorePart.Kind.AREA, 0, List.of("", ""))
                        : part(ScorePart.Kind.AREA, 1, List.of(area.code(), needAreas.get(area))),
                part(ScorePart.Kind.READINESS, scored.readiness(), List.of(String.valueOf(trl))),
                part(ScorePart.Kind.TRACK_RECORD, scored.trackRecord(),
                        List.of(String.valueOf(catalogue.adoptions(solution.innovatorId())))));
        return new Suggestion(solution.id(), solution.name(), solution.innovatorName(), solution.summary(),
                solution.trl(), scored.score(), parts);
    }

    private List<String> sharedTags(SolutionProfile solution) {
        return needTags.isEmpty() ? List.of() : solution.tags().stream().filter(needTags::contains).sorted().toList();
    }

    /** The words found that weigh most, first: those are the reason worth reading. */
    private List<String> heaviest(BitSet found) {
        return found.stream().filter(w -> wordWeights[w] > 0).boxed()
                .sorted(Comparator.comparingDouble((Integer w) -> wordWeights[w]).reversed()).limit(5)
                .map(needWords::get).toList();
    }

    private ServiceArea sharedArea(SolutionProfile solution) {
        return needAreas.keySet().stream().filter(solution.areas()::contains).findFirst().orElse(null);
    }

    /** One adoption earns half the points, two most of them, three or more all. */
    private static double trackRecordShare(int adoptions) {
        return switch (Math.min(adoptions, 3)) {
            case 0 -> 0;
            case 1 -> 0.5;
            case 2 -> 0.8;
            default -> 1;
        };
    }

    private static ScorePart part(ScorePart.Kind kind, double share, List<String> details) {
        return new ScorePart(kind, points(kind, share), kind.maxPoints(), details);
    }

    private static int points(ScorePart.Kind kind, double share) {
        return (int) Math.round(kind.maxPoints() * Math.min(1, share));
    }
}
