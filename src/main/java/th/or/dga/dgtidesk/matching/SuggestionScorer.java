package th.or.dga.dgtidesk.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import th.or.dga.dgtidesk.common.ThaiText;
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

    private final Set<String> needWords;
    private final Set<String> needTags;
    private final Map<ServiceArea, String> needAreas = new EnumMap<>(ServiceArea.class);
    private final Catalogue catalogue;
    private final Map<String, Double> wordWeights = new HashMap<>();
    private final Map<String, Double> tagWeights = new HashMap<>();

    /** {@code needText} is the need's title, problem and desired outcome; tags are names. */
    public SuggestionScorer(String needText, Collection<String> needTags, Catalogue catalogue) {
        this.needTags = Set.copyOf(needTags);
        this.needWords = ThaiWords.of(needText + " " + String.join(" ", needTags));
        for (ServiceArea area : ServiceArea.values()) {
            String keyword = area.keywordIn(needWords);
            if (keyword != null) {
                needAreas.put(area, keyword);
            }
        }
        this.catalogue = catalogue;
        weigh();
    }

    /** Inverse document frequency over the catalogue: rare words and tags weigh more. */
    private void weigh() {
        Map<String, Integer> wordCounts = new HashMap<>();
        Map<String, Integer> tagCounts = new HashMap<>();
        for (SolutionProfile solution : catalogue.solutions()) {
            String text = catalogue.text(solution);
            for (String word : needWords) {
                if (text.contains(word)) {
                    wordCounts.merge(word, 1, Integer::sum);
                }
            }
            for (String tag : solution.tags()) {
                if (needTags.contains(tag)) {
                    tagCounts.merge(tag, 1, Integer::sum);
                }
            }
        }
        int n = Math.max(1, catalogue.size());
        wordCounts.forEach((word, count) -> wordWeights.put(word, idf(n, count)));
        // A need's tag no solution carries still counts in the whole: sharing 1 of 3 tags is not sharing all.
        needTags.forEach(tag -> tagWeights.put(tag, idf(n, tagCounts.getOrDefault(tag, 0))));
    }

    private static double idf(int n, int count) {
        return Math.log(1.0 + (double) n / (1 + count));
    }

    /** The best {@code limit} suggestions, leaving out {@code excluded} solutions (already proposed). */
    public List<Suggestion> rank(int limit, Set<String> excluded) {
        List<Suggestion> ranked = new ArrayList<>();
        for (SolutionProfile solution : catalogue.solutions()) {
            if (!excluded.contains(solution.id())) {
                Suggestion suggestion = score(solution);
                if (suggestion != null) {
                    ranked.add(suggestion);
                }
            }
        }
        ranked.sort(Comparator.comparingInt(Suggestion::score).reversed()
                .thenComparing(Suggestion::solutionName, ThaiText.comparator()));
        return ranked.size() > limit ? List.copyOf(ranked.subList(0, limit)) : ranked;
    }

    /** One solution's score with its parts, or null when too little of it relates to the need. */
    Suggestion score(SolutionProfile solution) {
        ScorePart tags = tags(solution);
        ScorePart text = text(solution);
        ScorePart area = area(solution);
        if (tags.points() + text.points() + area.points() < MIN_RELEVANCE) {
            return null;
        }
        List<ScorePart> parts = List.of(tags, text, area, readiness(solution), trackRecord(solution));
        int score = parts.stream().mapToInt(ScorePart::points).sum();
        return new Suggestion(solution.id(), solution.name(), solution.innovatorName(), solution.summary(),
                solution.trl(), score, parts);
    }

    private ScorePart tags(SolutionProfile solution) {
        double all = tagWeights.values().stream().mapToDouble(Double::doubleValue).sum();
        List<String> shared = solution.tags().stream().filter(needTags::contains).sorted().toList();
        double got = shared.stream().mapToDouble(tagWeights::get).sum();
        return part(ScorePart.Kind.TAGS, all == 0 ? 0 : got / all, shared);
    }

    private ScorePart text(SolutionProfile solution) {
        double all = wordWeights.values().stream().mapToDouble(Double::doubleValue).sum();
        String text = catalogue.text(solution);
        List<String> found = needWords.stream().filter(wordWeights::containsKey).filter(text::contains).toList();
        double got = found.stream().mapToDouble(wordWeights::get).sum();
        // The words that weigh most first: those are the reason worth reading.
        List<String> shown = found.stream().sorted(Comparator.comparingDouble(wordWeights::get).reversed()).limit(5)
                .toList();
        return part(ScorePart.Kind.TEXT, all == 0 ? 0 : got / all, List.of(String.join(", ", shown)));
    }

    private ScorePart area(SolutionProfile solution) {
        return needAreas.keySet().stream().filter(solution.areas()::contains).findFirst()
                .map(shared -> part(ScorePart.Kind.AREA, 1, List.of(shared.code(), needAreas.get(shared))))
                .orElseGet(() -> part(ScorePart.Kind.AREA, 0, List.of("", "")));
    }

    private ScorePart readiness(SolutionProfile solution) {
        int trl = solution.trl() == null ? 0 : solution.trl();
        return part(ScorePart.Kind.READINESS, trl == 0 ? 0 : (trl - 1) / 8.0, List.of(String.valueOf(trl)));
    }

    /** One adoption earns half the points, two most of them, three or more all. */
    private ScorePart trackRecord(SolutionProfile solution) {
        int adoptions = catalogue.adoptions(solution.innovatorId());
        double share = switch (Math.min(adoptions, 3)) {
            case 0 -> 0;
            case 1 -> 0.5;
            case 2 -> 0.8;
            default -> 1;
        };
        return part(ScorePart.Kind.TRACK_RECORD, share, List.of(String.valueOf(adoptions)));
    }

    private static ScorePart part(ScorePart.Kind kind, double share, List<String> details) {
        return new ScorePart(kind, (int) Math.round(kind.maxPoints() * Math.min(1, share)), kind.maxPoints(), details);
    }
}
