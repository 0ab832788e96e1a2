package th.or.dga.dgtidesk.innovator;

/**
 * What the roster is narrowed to; a null part does not narrow. {@code tag} matches an innovator's
 * focus tags or its solutions' technology tags; {@code minTrl} keeps innovators with a solution at
 * that level or higher — and when both are set, the ready solution must carry the tag itself
 * unless the innovator does ("AI at TRL 7 or more" means an AI solution that is ready).
 */
public record RosterFilter(RosterStatus status, String tag, Integer minTrl, String province, String text) {

    public static final RosterFilter ALL = new RosterFilter(null, null, null, null, null);
}
