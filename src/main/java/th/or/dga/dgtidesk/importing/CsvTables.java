package th.or.dga.dgtidesk.importing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import th.or.dga.dgtidesk.common.UserException;

/** Delimited text: the delimiter is detected (comma, semicolon or tab), quotes follow RFC 4180. */
final class CsvTables {

    static final List<Character> DELIMITERS = List.of(',', ';', '\t');

    private CsvTables() {
    }

    /**
     * The delimiter that splits the first lines most consistently: the one with the highest
     * smallest count per line, outside quotes ("Open Data; AI" in a comma file has semicolons in
     * some lines and none in others, so it loses to the commas every line has).
     */
    static char detectDelimiter(String text) {
        List<String> lines = text.lines().filter(line -> !line.isBlank()).limit(10).toList();
        char best = ',';
        int bestScore = 0;
        for (char candidate : DELIMITERS) {
            int smallest = Integer.MAX_VALUE;
            for (String line : lines) {
                smallest = Math.min(smallest, countOutsideQuotes(line, candidate));
            }
            if (!lines.isEmpty() && smallest > bestScore) {
                best = candidate;
                bestScore = smallest;
            }
        }
        return best;
    }

    /** Every record, numbered as a spreadsheet numbers its rows (empty lines count). */
    static List<SourceRow> records(String text, char delimiter, int maxRows) {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(false).get();
        List<SourceRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                if (rows.size() >= maxRows) {
                    throw new UserException("import.file.tooManyRows", maxRows);
                }
                rows.add(new SourceRow((int) record.getRecordNumber(), record.toList()));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // commons-csv reports an unclosed quote (a truncated file) this way.
            throw new UserException(e, "import.file.brokenCsv", rows.size() + 1);
        }
        return rows;
    }

    private static int countOutsideQuotes(String line, char delimiter) {
        int count = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == delimiter && !quoted) {
                count++;
            }
        }
        return count;
    }
}
