package th.or.dga.dgtidesk.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV the way Thai users open it: UTF-8 with a byte-order mark (without it Excel reads Thai as
 * mojibake), CRLF lines, and cells that would start a formula in a spreadsheet neutralised.
 */
public final class CsvFiles {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvFiles() {
    }

    /** A printer writing to {@code out} after the BOM; closing it flushes but the caller owns {@code out}. */
    public static CSVPrinter printer(OutputStream out, String... header) throws IOException {
        out.write(BOM);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        return new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(header).get());
    }

    /**
     * A value that a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading
     * apostrophe, as OWASP advises for CSV injection; everything else is written as it is.
     */
    public static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
