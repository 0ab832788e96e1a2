package th.or.dga.dgtidesk.workshop;

import java.security.SecureRandom;
import java.util.function.Predicate;

/**
 * Short check-in codes people show at the door or a scanner types: six characters from an
 * alphabet without look-alikes (no 0/O, 1/I/L, 2/Z, 5/S, 6/G, 8/B), unique within a workshop.
 */
public final class CheckinCodes {

    static final String ALPHABET = "ACDEFHJKMNPQRTUVWXY3479";
    static final int LENGTH = 6;

    private final SecureRandom random = new SecureRandom();

    /** A code for which {@code taken} is false. */
    public String next(Predicate<String> taken) {
        while (true) {
            StringBuilder code = new StringBuilder(LENGTH);
            for (int i = 0; i < LENGTH; i++) {
                code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            if (!taken.test(code.toString())) {
                return code.toString();
            }
        }
    }
}
