package th.or.dga.dgtidesk.importing;

import java.util.Arrays;
import th.or.dga.dgtidesk.common.Messages;

/** Why a row has its outcome, as a message key and its arguments: said in the reader's language. */
public record Reason(String key, Object... arguments) {

    public String text(Messages messages) {
        return messages.get(key, arguments);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Reason reason && key.equals(reason.key) && Arrays.equals(arguments, reason.arguments);
    }

    @Override
    public int hashCode() {
        return 31 * key.hashCode() + Arrays.hashCode(arguments);
    }

    @Override
    public String toString() {
        return key + Arrays.toString(arguments);
    }
}
