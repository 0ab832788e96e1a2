package th.or.dga.dgtidesk.importing;

import java.util.List;
import java.util.Optional;

/**
 * A value and the words that name it, as one line of a table tried in order: a header names a
 * field, an answer names a kind or a status. The most specific lines come first ("รัฐวิสาหกิจ"
 * before "รัฐ"), since a key is matched by the words it contains.
 */
record Words<T>(T value, List<String> words) {

    /** The value of the first line one of whose words {@code key} contains. */
    static <T> Optional<T> first(List<Words<T>> table, String key) {
        // Plain loops, not streams: an import reads the kind of every row of a 10,000-row file.
        for (Words<T> line : table) {
            for (String word : line.words()) {
                if (key.contains(word)) {
                    return Optional.of(line.value());
                }
            }
        }
        return Optional.empty();
    }
}
