package th.or.dga.dgtidesk.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.mozilla.universalchardet.UniversalDetector;
import th.or.dga.dgtidesk.common.UserException;

/**
 * Which encoding a text file is in, and decoding it strictly. Thai files arrive as UTF-8 (with or
 * without a byte-order mark, from online forms), UTF-16 (Excel's "Unicode text") or windows-874 /
 * TIS-620 (a legacy Excel on Thai Windows). Valid UTF-8 is almost never anything else, so it is
 * tried first; the statistical detector only decides among the legacy encodings, and when it has no
 * opinion a Thai installation's legacy encoding is the best guess.
 */
public final class TextEncodings {

    public static final String UTF_8 = "UTF-8";
    public static final String UTF_16LE = "UTF-16LE";
    public static final String UTF_16BE = "UTF-16BE";
    /** Shown and stored as windows-874; decoded with Java's x-windows-874 (a superset of TIS-620). */
    public static final String WINDOWS_874 = "windows-874";

    /** The encodings a user may choose instead of the detected one. */
    public static final List<String> CHOICES = List.of(UTF_8, WINDOWS_874, UTF_16LE, UTF_16BE);

    private TextEncodings() {
    }

    /** The encoding of {@code bytes}: one of {@link #CHOICES}. */
    public static String detect(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return UTF_8;
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return UTF_16LE;
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return UTF_16BE;
        }
        String utf16 = utf16WithoutMark(bytes);
        if (utf16 != null) {
            return utf16;
        }
        if (decodes(bytes, StandardCharsets.UTF_8)) {
            return UTF_8;
        }
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, Math.min(bytes.length, 64 * 1024));
        detector.dataEnd();
        String guess = detector.getDetectedCharset();
        if (guess != null && guess.toUpperCase(Locale.ROOT).startsWith("UTF-16")) {
            return guess.toUpperCase(Locale.ROOT).endsWith("BE") ? UTF_16BE : UTF_16LE;
        }
        return WINDOWS_874;
    }

    /**
     * {@code bytes} as text in {@code encoding}, without a byte-order mark. Bytes that are not valid
     * in that encoding are refused with a message that names it, rather than read as mojibake.
     */
    public static String decode(byte[] bytes, String encoding) {
        Charset charset = charset(encoding);
        int skip = 0;
        if (UTF_8.equals(encoding) && startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            skip = 3;
        } else if ((UTF_16LE.equals(encoding) && startsWith(bytes, 0xFF, 0xFE))
                || (UTF_16BE.equals(encoding) && startsWith(bytes, 0xFE, 0xFF))) {
            skip = 2;
        }
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
        } catch (CharacterCodingException e) {
            throw new UserException(e, "import.file.wrongEncoding", encoding);
        }
    }

    /** Whether {@code bytes} starts with a byte-order mark (shown beside the encoding). */
    public static boolean hasByteOrderMark(byte[] bytes) {
        return startsWith(bytes, 0xEF, 0xBB, 0xBF) || startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF);
    }

    static Charset charset(String encoding) {
        if (WINDOWS_874.equals(encoding)) {
            return Charset.forName("x-windows-874");
        }
        if (!CHOICES.contains(encoding)) {
            throw new UserException("import.file.unknownEncoding", encoding, String.join(", ", CHOICES));
        }
        return Charset.forName(encoding);
    }

    /** UTF-16 without a mark shows as a zero byte beside most ASCII characters. */
    private static String utf16WithoutMark(byte[] bytes) {
        int sample = Math.min(bytes.length, 4096) & ~1;
        if (sample < 4) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < sample; i += 2) {
            evenZeros += bytes[i] == 0 ? 1 : 0;
            oddZeros += bytes[i + 1] == 0 ? 1 : 0;
        }
        int pairs = sample / 2;
        if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) {
            return UTF_16LE;
        }
        if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) {
            return UTF_16BE;
        }
        return null;
    }

    private static boolean decodes(byte[] bytes, Charset charset) {
        try {
            charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
