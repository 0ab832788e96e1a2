package th.or.dga.dgtidesk.ui.common;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Choice boxes and combo boxes show values through a text function; they never parse text back. */
public final class Converters {

    private Converters() {
    }

    public static <T> StringConverter<T> text(Function<T, String> text) {
        return orNull("", text);
    }

    /** For filters whose null choice means "all": {@code nullText} names it. */
    public static <T> StringConverter<T> orNull(String nullText, Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? nullText : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}
