package th.or.dga.dgtidesk.innovator;

import th.or.dga.dgtidesk.common.UserException;

/**
 * Technology readiness level, 1 (basic principles observed) to 9 (proven in operation). The
 * meaning of each level is a text of the i18n bundles, {@code roster.trl.<n>}, so it is shown
 * wherever a level is, in the user's language.
 */
public final class Trl {

    public static final int LOWEST = 1;
    public static final int HIGHEST = 9;

    private Trl() {
    }

    /** The message key of a level's meaning. */
    public static String meaningKey(int level) {
        return "roster.trl." + require(level);
    }

    /** {@code level} when it is 1–9; anything else is refused with a message. */
    public static int require(int level) {
        if (level < LOWEST || level > HIGHEST) {
            throw new UserException("roster.trl.outOfRange", level);
        }
        return level;
    }
}
