package th.or.dga.dgtidesk.selftest;

import java.awt.Font;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.chrono.ThaiBuddhistDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import th.or.dga.dgtidesk.common.ThaiText;
import th.or.dga.dgtidesk.db.Database;
import th.or.dga.dgtidesk.db.SqliteDataSources;

/**
 * {@code --self-test}: checks what a runtime trimmed too far would lose — migrations from the
 * class path, the Thai collator and date symbols ({@code jdk.localedata}), windows-874
 * ({@code jdk.charsets}), the bundled font, writing and reading a workbook — one line per check.
 * The lines are technical English on purpose: they are read by whoever packages the application.
 */
public final class SelfTest {

    /** One check's outcome. */
    public record Check(String name, boolean passed, String detail) {
    }

    @FunctionalInterface
    private interface Probe {
        String run() throws Exception;
    }

    private final List<Check> checks = new ArrayList<>();

    /** Runs every check, reporting each line to {@code out}; true when all passed. */
    public boolean run(Consumer<String> out) {
        // The font check needs no display: keep AWT headless unless the caller chose otherwise.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        check("migrations", this::migrations, out);
        check("thai-collation", SelfTest::thaiCollation, out);
        check("thai-date", SelfTest::thaiDate, out);
        check("windows-874", SelfTest::windows874, out);
        check("bundled-font", SelfTest::bundledFont, out);
        check("workbook", SelfTest::workbook, out);
        boolean passed = checks.stream().allMatch(Check::passed);
        out.accept(passed ? "PASS" : "FAIL");
        return passed;
    }

    public List<Check> checks() {
        return List.copyOf(checks);
    }

    private void check(String name, Probe probe, Consumer<String> out) {
        Check check;
        try {
            check = new Check(name, true, probe.run());
        } catch (Exception | LinkageError | AssertionError e) {
            check = new Check(name, false, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        checks.add(check);
        out.accept(String.format("%-5s %-15s %s", check.passed() ? "PASS" : "FAIL", name, check.detail()));
    }

    private String migrations() throws Exception {
        Path folder = Files.createTempDirectory("dgti-self-test-");
        try (Database database = Database.openForWriting(folder.resolve("self-test.db"), folder.resolve("backups"),
                Clock.systemUTC())) {
            var status = database.migrationStatus();
            expect(status.upToDate(), "schema not up to date: " + status);
            List<String> order = database.dsl().fetch("SELECT x FROM (SELECT 'ไก่' AS x UNION ALL SELECT 'เกม'"
                    + " UNION ALL SELECT 'กา') ORDER BY x COLLATE " + SqliteDataSources.THAI_COLLATION)
                    .getValues(0, String.class);
            expect(order.equals(List.of("กา", "เกม", "ไก่")), "COLLATE THAI gave " + order);
            return "schema version " + status.currentVersion() + ", COLLATE THAI on the connection";
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private static String thaiCollation() {
        // Prevowels do not decide the order: เกม sorts with ก, before ขา.
        expect(ThaiText.comparator().compare("เกม", "ขา") < 0, "th-TH collator missing (jdk.localedata?)");
        expect(java.util.Arrays.compareUnsigned(ThaiText.sortKey("เกม"), ThaiText.sortKey("ขา")) < 0,
                "sort keys out of order");
        return "เกม < ขา by collator and by sort key";
    }

    private static String thaiDate() {
        String text = ThaiBuddhistDate.from(LocalDate.of(2026, 3, 14))
                .format(DateTimeFormatter.ofPattern("d MMMM yyyy", ThaiText.THAI));
        expect(text.equals("14 มีนาคม 2569"), "got \"" + text + "\" (jdk.localedata?)");
        return text;
    }

    private static String windows874() {
        byte[] bytes = {(byte) 0xE4, (byte) 0xB7, (byte) 0xC2};
        String text = new String(bytes, Charset.forName("x-windows-874"));
        expect(text.equals("ไทย"), "decoded \"" + text + "\" (jdk.charsets?)");
        return "x-windows-874 decodes ไทย";
    }

    private static String bundledFont() throws Exception {
        try (InputStream in = SelfTest.class.getResourceAsStream("/fonts/Sarabun-Regular.ttf")) {
            expect(in != null, "/fonts/Sarabun-Regular.ttf is not in the application");
            Font font = Font.createFont(Font.TRUETYPE_FONT, in);
            expect(font.canDisplayUpTo("ภาษาไทย") == -1, font.getFontName() + " cannot show Thai");
            return font.getFontName();
        }
    }

    private static String workbook() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("ทดสอบ");
            Row row = sheet.createRow(0);
            row.createCell(0).setCellValue("ศูนย์ DGTi");
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("[$-107041E]d mmmm yyyy"));
            Cell date = row.createCell(1);
            date.setCellValue(LocalDate.of(2026, 3, 14));
            date.setCellStyle(dateStyle);
            workbook.write(bytes);
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
            Row row = workbook.getSheet("ทดสอบ").getRow(0);
            expect("ศูนย์ DGTi".equals(row.getCell(0).getStringCellValue()), "Thai text did not round-trip");
            expect(LocalDate.of(2026, 3, 14).equals(row.getCell(1).getLocalDateTimeCellValue().toLocalDate()),
                    "date did not round-trip");
            expect(row.getCell(1).getCellStyle().getDataFormatString().startsWith("[$-107041E]"),
                    "Buddhist-era format lost");
        }
        return bytes.size() + " bytes written and read back";
    }

    private static void expect(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalStateException(problem);
        }
    }
}
