package th.or.dga.dgtidesk.tag;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import th.or.dga.dgtidesk.common.ThaiText;

/** Tags as people type them: one rule for workshops, innovators, solutions and needs. */
public final class TagNames {

    private TagNames() {
    }

    /** Trimmed, NFC, de-duplicated ignoring case, in the order typed; blanks dropped. */
    public static List<String> clean(List<String> tags) {
        Map<String, String> unique = new LinkedHashMap<>();
        for (String tag : tags) {
            String clean = ThaiText.clean(tag);
            if (clean != null) {
                unique.putIfAbsent(clean.toLowerCase(Locale.ROOT), clean);
            }
        }
        return List.copyOf(unique.values());
    }

    /** "AI, IoT; ระบบนัดหมาย" → the tags, cleaned: forms take tags as one line of text. */
    public static List<String> parse(String line) {
        return line == null ? List.of() : clean(Arrays.asList(line.split("[,;]")));
    }
}
