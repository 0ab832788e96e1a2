package th.or.dga.dgtidesk.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import th.or.dga.dgtidesk.common.Messages;
import th.or.dga.dgtidesk.common.UserException;

/** Reading files: encodings, delimiters, header rows, workbooks, and every kind of bad input. */
class TableReaderTest {

    private static byte[] sample(String name) throws IOException {
        try (InputStream in = TableReaderTest.class.getResourceAsStream("/" + name)) {
            return in.readAllBytes();
        }
    }

    private static String sampleText() throws IOException {
        byte[] bytes = sample(ImportFixture.UTF8_SAMPLE);
        return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }

    @Test
    void utf16WithAndWithoutMarkAndSemicolonsAndTabs() throws Exception {
        String text = sampleText();
        SourceTable reference = TableReader.read("a.csv", sample(ImportFixture.UTF8_SAMPLE), null);
        byte[] withMark = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);
        assertThat(TableReader.read("b.csv", withMark, null).encodingLabel()).isEqualTo("UTF-16LE (BOM)");
        assertThat(TableReader.read("b.csv", withMark, null).rows()).isEqualTo(reference.rows());
        SourceTable noMark = TableReader.read("c.csv", text.getBytes(StandardCharsets.UTF_16BE), null);
        assertThat(noMark.encodingLabel()).isEqualTo("UTF-16BE");
        assertThat(noMark.rows()).isEqualTo(reference.rows());
        SourceTable plain = TableReader.read("d.csv", text.getBytes(StandardCharsets.UTF_8), null);
        assertThat(plain.encodingLabel()).isEqualTo("UTF-8");

        SourceTable semicolons = TableReader.read("e.csv", "ชื่อ;นามสกุล;อีเมล\nสมศรี;มีสุข;a@b.th\n"
                .getBytes(StandardCharsets.UTF_8), null);
        assertThat(semicolons.delimiter()).isEqualTo(';');
        assertThat(semicolons.rows().get(0).cells()).containsExactly("สมศรี", "มีสุข", "a@b.th");
        SourceTable tabs = TableReader.read("f.txt", "ชื่อ\tอีเมล\nสมศรี\ta@b.th\n".getBytes(StandardCharsets.UTF_8), null);
        assertThat(tabs.delimiter()).isEqualTo('\t');
    }

    @Test
    void theHeaderRowIsFoundBelowATitle() {
        byte[] bytes = ("รายชื่อผู้ลงทะเบียน สัมมนา Open Data\n\nลำดับ,ชื่อ-นามสกุล,อีเมล\n1,นายสมชาย ใจดี,a@b.th\n")
                .getBytes(StandardCharsets.UTF_8);
        SourceTable table = TableReader.read("list.csv", bytes, null);
        assertThat(table.headers()).containsExactly("ลำดับ", "ชื่อ-นามสกุล", "อีเมล");
        assertThat(table.rows()).singleElement().satisfies(row -> assertThat(row.number()).isEqualTo(4));
    }

    @Test
    void aWorkbookReadsLikeTheCsvWithRealDatesAsDates() throws Exception {
        SourceTable csv = TableReader.read("a.csv", sample(ImportFixture.UTF8_SAMPLE), null);
        byte[] xlsx = workbook(csv, true);
        SourceTable table = TableReader.read("export.xlsx", xlsx, null);
        assertThat(table.format()).isEqualTo(SourceTable.Format.XLSX);
        assertThat(table.encodingLabel()).isEqualTo("Excel (.xlsx)");
        assertThat(table.headers()).isEqualTo(csv.headers());
        assertThat(table.rows().get(0).cell(0)).isEqualTo("2026-02-03 09:14:05");
        assertThat(table.rows().get(0).cells().subList(1, 12)).isEqualTo(csv.rows().get(0).cells().subList(1, 12));
    }

    /** The CSV as a workbook; the first row's timestamp as a real Excel date when {@code realDate}. */
    static byte[] workbook(SourceTable csv, boolean realDate) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Form responses 1");
            Row header = sheet.createRow(0);
            for (int c = 0; c < csv.headers().size(); c++) {
                header.createCell(c).setCellValue(csv.headers().get(c));
            }
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("d/m/yyyy h:mm:ss"));
            for (int r = 0; r < csv.rows().size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < csv.headers().size(); c++) {
                    row.createCell(c).setCellValue(csv.rows().get(r).cell(c));
                }
            }
            if (realDate) {
                sheet.getRow(1).getCell(0).setCellValue(java.time.LocalDateTime.of(2026, 2, 3, 9, 14, 5));
                sheet.getRow(1).getCell(0).setCellStyle(date);
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void refused(String expectedKey, String name, byte[] bytes, String encoding) {
        assertThatThrownBy(() -> TableReader.read(name, bytes, encoding)).isInstanceOf(UserException.class)
                .satisfies(e -> {
                    UserException user = (UserException) e;
                    assertThat(user.messageKey()).isEqualTo(expectedKey);
                    // A clear sentence in both languages, never a key or a stack trace.
                    assertThat(user.localizedMessage(Messages.ofLanguage("th"))).doesNotContain("import.");
                    assertThat(user.localizedMessage(Messages.ofLanguage("en"))).doesNotContain("import.");
                });
    }

    @Test
    void aTruncatedFileSaysItMayBeCutOff() throws Exception {
        byte[] bytes = sample(ImportFixture.UTF8_SAMPLE);
        String text = new String(bytes, StandardCharsets.UTF_8);
        int cut = text.lastIndexOf("\"=HYPERLINK") + 5;
        refused("import.file.brokenCsv", "cut.csv", text.substring(0, cut).getBytes(StandardCharsets.UTF_8), null);
    }

    @Test
    void binaryDataIsNotATable() {
        byte[] bytes = new byte[10_000];
        new Random(7).nextBytes(bytes);
        refused("import.file.notText", "photo.csv", bytes, null);
        refused("import.file.badSpreadsheet", "photo.xlsx", bytes, null);
        refused("import.file.empty", "empty.csv", new byte[0], null);
    }

    @Test
    void aHugeLineIsRefusedBeforeParsing() {
        char[] line = new char[TableReader.MAX_LINE_CHARS + 10];
        Arrays.fill(line, 'ก');
        refused("import.file.lineTooLong", "huge.csv",
                ("ชื่อ,อีเมล\n" + new String(line)).getBytes(StandardCharsets.UTF_8), null);
    }

    @Test
    void theWrongEncodingIsRefusedNotReadAsMojibake() throws Exception {
        byte[] legacy = sample(ImportFixture.TIS620_SAMPLE);
        refused("import.file.wrongEncoding", "legacy.csv", legacy, TextEncodings.UTF_8);
        refused("import.file.unknownEncoding", "legacy.csv", legacy, "EBCDIC");
        // Read as windows-874 when asked (or detected), the Thai is right.
        assertThat(TableReader.read("legacy.csv", legacy, TextEncodings.WINDOWS_874).headers()).contains("อีเมล");
        assertThat(new String(legacy, Charset.forName("x-windows-874"))).contains("สมชาย");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bomb.xlsx", "bomb.csv"})
    void aZipBombIsRefused(String name) throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("[Content_Types].xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 60; i++) {
                out.write(zeros);
            }
            out.closeEntry();
        }
        assertThat(zip.size()).isLessThan(200_000);
        refused("import.file.badSpreadsheet", name, zip.toByteArray(), null);
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedUnread(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder)
            throws Exception {
        java.nio.file.Path big = folder.resolve("big.csv");
        try (var channel = java.nio.channels.FileChannel.open(big, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap(new byte[] {'a'}), TableReader.MAX_FILE_BYTES);
        }
        assertThatThrownBy(() -> TableReader.read(big, null)).isInstanceOf(UserException.class)
                .hasMessageContaining("import.file.tooLarge");
    }
}
