package th.or.dga.dgtidesk.matching;

import java.util.Set;

/** What suggestion scoring knows of a solution: its text, tags (names), areas, readiness and innovator. */
public record SolutionProfile(String id, String name, String summary, String innovatorId, String innovatorName,
        Integer trl, Set<ServiceArea> areas, Set<String> tags) {
}
