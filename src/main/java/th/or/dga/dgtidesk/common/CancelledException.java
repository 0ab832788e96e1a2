package th.or.dga.dgtidesk.common;

/** The user cancelled a long job; whatever it was writing has been removed. */
public final class CancelledException extends UserException {

    private static final long serialVersionUID = 1L;

    public CancelledException() {
        super("export.cancelled");
    }
}
