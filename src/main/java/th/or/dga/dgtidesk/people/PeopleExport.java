package th.or.dga.dgtidesk.people;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import th.or.dga.dgtidesk.audit.AuditAction;
import th.or.dga.dgtidesk.audit.AuditLog;
import th.or.dga.dgtidesk.center.CenterService;
import th.or.dga.dgtidesk.center.Setting;
import th.or.dga.dgtidesk.common.AtomicFile;
import th.or.dga.dgtidesk.common.Messages;
import th.or.dga.dgtidesk.common.ProgressMonitor;
import th.or.dga.dgtidesk.common.ThaiPhone;
import th.or.dga.dgtidesk.db.Transactions;
import th.or.dga.dgtidesk.spreadsheet.Cells;
import th.or.dga.dgtidesk.spreadsheet.CsvFiles;
import th.or.dga.dgtidesk.spreadsheet.SheetStyles;
import th.or.dga.dgtidesk.spreadsheet.StreamedWorkbook;

/**
 * The people list as .xlsx (streamed: fifty thousand rows in little memory) or CSV with BOM, in
 * Thai order, user text always as text. It carries personal data out, so it is audited.
 */
public final class PeopleExport {

    private record Column(String key, Function<PersonFields, String> value, int width) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("sheets.column.prefix", PersonFields::titlePrefix, 10),
            new Column("sheets.column.firstName", PersonFields::firstNameTh, 18),
            new Column("sheets.column.lastName", PersonFields::lastNameTh, 20),
            new Column("person.field.firstNameEn", PersonFields::firstNameEn, 16),
            new Column("person.field.lastNameEn", PersonFields::lastNameEn, 16),
            new Column("sheets.column.email", PersonFields::email, 28),
            new Column("sheets.column.phone", p -> ThaiPhone.display(p.phone()), 15),
            new Column("sheets.column.organization", PersonFields::organizationName, 34),
            new Column("person.field.position", PersonFields::position, 20),
            new Column("person.field.province", PersonFields::province, 16));

    private final Transactions transactions;
    private final PersonRepository people;
    private final CenterService centerService;
    private final AuditLog auditLog;

    public PeopleExport(Transactions transactions, PersonRepository people, CenterService centerService,
            AuditLog auditLog) {
        this.transactions = transactions;
        this.people = people;
        this.centerService = centerService;
        this.auditLog = auditLog;
    }

    public Path writeXlsx(Path target, Messages messages, ProgressMonitor progress) {
        String font = centerService.setting(Setting.REPORT_FONT);
        int total = transactions.read(people::count);
        Path written = AtomicFile.write(target, file -> {
            SXSSFWorkbook workbook = new StreamedWorkbook(500);
            try (OutputStream out = Files.newOutputStream(file)) {
                SheetStyles styles = new SheetStyles(workbook, font, (short) 14, true);
                Sheet sheet = workbook.createSheet(messages.get("people.tab.people"));
                Row header = sheet.createRow(0);
                for (int c = 0; c < COLUMNS.size(); c++) {
                    Cells.text(header, c, messages.get(COLUMNS.get(c).key()), styles.header());
                    sheet.setColumnWidth(c, COLUMNS.get(c).width() * 256);
                }
                int[] row = {1};
                transactions.read(dsl -> {
                    people.forEachInOrder(dsl, person -> {
                        Row line = sheet.createRow(row[0]++);
                        for (int c = 0; c < COLUMNS.size(); c++) {
                            Cells.text(line, c, COLUMNS.get(c).value().apply(person), styles.text());
                        }
                        if (row[0] % 1_000 == 0) {
                            progress.checkCancelled();
                            progress.progress((double) row[0] / Math.max(1, total), null);
                        }
                    });
                    return null;
                });
                sheet.createFreezePane(0, 1);
                sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, row[0] - 1), 0, COLUMNS.size() - 1));
                workbook.write(out);
            } finally {
                workbook.close();
            }
        });
        audit(written, total);
        return written;
    }

    public Path writeCsv(Path target, Messages messages, ProgressMonitor progress) {
        int total = transactions.read(people::count);
        Path written = AtomicFile.write(target, file -> {
            try (OutputStream out = Files.newOutputStream(file)) {
                CSVPrinter csv = CsvFiles.printer(out, COLUMNS.stream().map(c -> messages.get(c.key()))
                        .toArray(String[]::new));
                int[] row = {0};
                transactions.read(dsl -> {
                    people.forEachInOrder(dsl, person -> {
                        try {
                            for (Column column : COLUMNS) {
                                csv.print(CsvFiles.safe(column.value().apply(person)));
                            }
                            csv.println();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        if (++row[0] % 1_000 == 0) {
                            progress.checkCancelled();
                            progress.progress((double) row[0] / Math.max(1, total), null);
                        }
                    });
                    return null;
                });
                csv.flush();
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        });
        audit(written, total);
        return written;
    }

    private void audit(Path written, int rows) {
        transactions.write(tx -> {
            auditLog.record(tx, "person", null, AuditAction.EXPORT, rows + " people → " + written.getFileName());
            return null;
        });
    }
}
