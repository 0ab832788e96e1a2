package th.or.dga.dgtidesk.common;

/** Text that is not a date, or a date that cannot exist (31/2/2569); carries the text for the message. */
public final class InvalidDateException extends UserException {

    private static final long serialVersionUID = 1L;

    public InvalidDateException(String messageKey, String text) {
        super(messageKey, text);
    }
}
