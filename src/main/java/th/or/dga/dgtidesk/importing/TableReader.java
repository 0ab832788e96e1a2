package th.or.dga.dgtidesk.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import th.or.dga.dgtidesk.common.UserException;

/**
 * Reads a file chosen for import into a {@link SourceTable}, within limits that keep a wrong or
 * hostile file from exhausting memory: its size, the length of a line, rows and columns. Every
 * refusal is a {@link UserException} that names what is wrong.
 */
public final class TableReader {

    static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
    static final int MAX_LINE_CHARS = 100_000;
    static final int MAX_ROWS = 100_000;
    static final int MAX_COLUMNS = 200;
    /** The header is looked for among the first rows (a spreadsheet may have a title above it). */
    private static final int HEADER_SEARCH_ROWS = 20;

    private TableReader() {
    }

    /** Reads {@code file}; {@code encoding} overrides the detected one (null to detect). */
    public static SourceTable read(Path file, String encoding) {
        String name = file.getFileName().toString();
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new UserException("import.file.tooLarge", name, MAX_FILE_BYTES / (1024 * 1024));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UserException(e, "import.file.unreadable", name);
        }
        return read(name, bytes, encoding);
    }

    static SourceTable read(String name, byte[] bytes, String encoding) {
        if (bytes.length == 0) {
            throw new UserException("import.file.empty", name);
        }
        String sha256 = sha256(bytes);
        SourceTable.Format format = format(name, bytes);
        if (format != SourceTable.Format.CSV) {
            List<SourceRow> records = SpreadsheetTables.records(bytes, name, MAX_ROWS, MAX_COLUMNS);
            return table(name, sha256, format, null, false, null, records);
        }
        String chosen = encoding == null ? TextEncodings.detect(bytes) : encoding;
        if (!chosen.startsWith("UTF-16") && hasZeroByte(bytes)) {
            throw new UserException("import.file.notText", name);
        }
        String text = TextEncodings.decode(bytes, chosen);
        requireText(text, name);
        requireShortLines(text);
        char delimiter = CsvTables.detectDelimiter(text);
        List<SourceRow> records = CsvTables.records(text, delimiter, MAX_ROWS + HEADER_SEARCH_ROWS);
        return table(name, sha256, format, chosen, TextEncodings.hasByteOrderMark(bytes), delimiter, records);
    }

    private static SourceTable table(String name, String sha256, SourceTable.Format format, String encoding,
            boolean bom, Character delimiter, List<SourceRow> records) {
        int headerIndex = headerIndex(records);
        if (headerIndex < 0) {
            throw new UserException("import.file.noRows", name);
        }
        List<String> headers = records.get(headerIndex).cells().stream().map(String::strip).toList();
        if (headers.size() > MAX_COLUMNS) {
            throw new UserException("import.file.tooManyColumns", MAX_COLUMNS);
        }
        List<SourceRow> rows = records.subList(headerIndex + 1, records.size()).stream()
                .filter(row -> !row.blank()).toList();
        return new SourceTable(name, sha256, format, encoding, bom, delimiter, headers, rows);
    }

    /**
     * The header row: the first of the top rows in which at least two cells name a field we know
     * ("ชื่อ", "อีเมล", "E-mail" …); failing that, the first row that is not blank.
     */
    static int headerIndex(List<SourceRow> records) {
        int firstFilled = -1;
        for (int i = 0; i < Math.min(records.size(), HEADER_SEARCH_ROWS); i++) {
            SourceRow row = records.get(i);
            if (row.blank()) {
                continue;
            }
            firstFilled = firstFilled < 0 ? i : firstFilled;
            long known = row.cells().stream().filter(cell -> FieldSuggestions.recognised(cell)).count();
            if (known >= 2) {
                return i;
            }
        }
        return firstFilled;
    }

    private static SourceTable.Format format(String name, byte[] bytes) {
        String lower = name.toLowerCase(Locale.ROOT);
        boolean zip = bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
        boolean ole = bytes.length > 7 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF
                && (bytes[2] & 0xFF) == 0x11 && (bytes[3] & 0xFF) == 0xE0;
        if (lower.endsWith(".xlsx") || zip) {
            return SourceTable.Format.XLSX;
        }
        if (lower.endsWith(".xls") || ole) {
            return SourceTable.Format.XLS;
        }
        return SourceTable.Format.CSV;
    }

    /** A file full of control characters is not a table, whatever its name says. */
    private static void requireText(String text, String name) {
        int control = 0;
        int sample = Math.min(text.length(), 64 * 1024);
        for (int i = 0; i < sample; i++) {
            char c = text.charAt(i);
            if (c == 0 || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
                control++;
            }
        }
        if (control > 0 && control * 100 > sample) {
            throw new UserException("import.file.notText", name);
        }
    }

    /** Text in any single-byte or UTF-8 encoding never holds a zero byte; images and archives do. */
    private static boolean hasZeroByte(byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, 64 * 1024); i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static void requireShortLines(String text) {
        int line = 1;
        int length = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                length = 0;
            } else if (++length > MAX_LINE_CHARS) {
                throw new UserException("import.file.lineTooLong", line, MAX_LINE_CHARS);
            }
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
