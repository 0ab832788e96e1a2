package th.or.dga.dgtidesk.innovator;

import java.util.List;

/** A solution an innovator offers; {@code trl} null when not yet assessed. */
public record Solution(String id, String innovatorId, String name, String summary, List<String> tags, Integer trl,
        List<ServiceArea> serviceAreas, String link) {
}
