package th.or.dga.dgtidesk.matching;

/** The needs list's filters; null means "all". {@code text} is found inside Thai words. */
public record NeedFilter(NeedStatus status, NeedPriority priority, Boolean isPublic, String text) {

    public static NeedFilter all() {
        return new NeedFilter(null, null, null, null);
    }
}
