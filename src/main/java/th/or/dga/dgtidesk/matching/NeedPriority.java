package th.or.dga.dgtidesk.matching;

import java.util.Locale;

/** How pressing an agency's need is. */
public enum NeedPriority {
    LOW, NORMAL, HIGH, URGENT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static NeedPriority fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
