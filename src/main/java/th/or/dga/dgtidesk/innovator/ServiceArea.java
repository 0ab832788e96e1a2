package th.or.dga.dgtidesk.innovator;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Which agency problems a solution serves; stored as comma-separated codes in solution.service_areas. */
public enum ServiceArea {
    HEALTH, AGRICULTURE, ENVIRONMENT, TOURISM, TRANSPORT, EDUCATION, SOCIAL_WELFARE, PUBLIC_SERVICE, INDUSTRY,
    LOCAL_GOVERNMENT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The areas of a stored value, in declaration order; codes this version does not know are skipped. */
    public static List<ServiceArea> parse(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        List<String> codes = Arrays.stream(stored.split(",")).map(String::strip).toList();
        return Arrays.stream(values()).filter(area -> codes.contains(area.code())).toList();
    }

    /** The stored value: codes in declaration order, or null for none. */
    public static String format(Collection<ServiceArea> areas) {
        String joined = Arrays.stream(values()).filter(areas::contains).map(ServiceArea::code)
                .collect(Collectors.joining(","));
        return joined.isEmpty() ? null : joined;
    }
}
