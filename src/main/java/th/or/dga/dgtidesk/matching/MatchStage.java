package th.or.dga.dgtidesk.matching;

import java.util.Locale;

/**
 * Where a match stands: proposed → introduced → in discussion → pilot → adopted, or declined /
 * parked with a reason. Forward moves may skip stages (a first meeting can already be a
 * discussion); going back is only a resume from parked; adopted and declined are final.
 */
public enum MatchStage {
    PROPOSED, INTRODUCED, IN_DISCUSSION, PILOT, ADOPTED, DECLINED, PARKED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static MatchStage fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    /** On the way to adoption (not declined or parked). */
    public boolean active() {
        return this != DECLINED && this != PARKED;
    }

    public boolean needsReason() {
        return this == DECLINED || this == PARKED;
    }

    public boolean canMoveTo(MatchStage to) {
        if (to == this || this == ADOPTED || this == DECLINED) {
            return false;
        }
        if (to == DECLINED || to == PARKED) {
            return true;
        }
        return this == PARKED || to.ordinal() > ordinal();
    }
}
