package th.or.dga.dgtidesk.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import th.or.dga.dgtidesk.common.AtomicFile;
import th.or.dga.dgtidesk.common.Messages;
import th.or.dga.dgtidesk.spreadsheet.CsvFiles;

/**
 * The rejected rows of a preview as a CSV to fix and import again: the file's own header and cells,
 * and a first column saying why each row was rejected, in the reader's language.
 */
public final class RejectedRows {

    private RejectedRows() {
    }

    public static Path write(ImportPreview preview, Path target, Messages messages) {
        List<String> header = new ArrayList<>();
        header.add(messages.get("import.rejected.reasonColumn"));
        header.add(messages.get("import.rejected.rowColumn"));
        header.addAll(preview.table().headers());
        return AtomicFile.write(target, file -> {
            try (OutputStream out = Files.newOutputStream(file)) {
                write(preview, header, messages, out);
            }
        });
    }

    private static void write(ImportPreview preview, List<String> header, Messages messages, OutputStream out)
            throws IOException {
        try (CSVPrinter csv = CsvFiles.printer(out, header.toArray(String[]::new))) {
            for (RowResult result : preview.rejected()) {
                csv.print(CsvFiles.safe(result.explanation(messages)));
                csv.print(result.row());
                for (int column = 0; column < preview.table().headers().size(); column++) {
                    csv.print(CsvFiles.safe(result.source().cell(column)));
                }
                csv.println();
            }
        }
    }
}
