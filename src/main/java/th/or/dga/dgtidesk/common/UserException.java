package th.or.dga.dgtidesk.common;

import java.util.Arrays;

/**
 * A failure the user can understand and act on: it carries a message key of the i18n bundles
 * and its arguments, so the UI and the command line say it in the user's language. Anything
 * else that goes wrong is a bug, logged with its stack trace.
 */
public class UserException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] arguments;

    public UserException(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    public UserException(Throwable cause, String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments), cause);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** The message in the given language. */
    public String localizedMessage(Messages messages) {
        return messages.get(messageKey, arguments);
    }
}
