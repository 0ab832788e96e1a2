package th.or.dga.dgtidesk.matching;

import java.util.Locale;

/**
 * Where an agency need stands: open → matching → matched → closed. Moves go forward only (a step
 * may be skipped: a need can be closed while still open); closed is final. Proposing a match and
 * adopting one move the need along by themselves.
 */
public enum NeedStatus {
    OPEN, MATCHING, MATCHED, CLOSED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static NeedStatus fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    public boolean canMoveTo(NeedStatus to) {
        return to.ordinal() > ordinal();
    }
}
