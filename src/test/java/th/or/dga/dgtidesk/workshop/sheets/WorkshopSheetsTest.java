package th.or.dga.dgtidesk.workshop.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.TestCenters;
import th.or.dga.dgtidesk.common.Messages;
import th.or.dga.dgtidesk.common.CancelledException;
import th.or.dga.dgtidesk.common.ProgressMonitor;
import th.or.dga.dgtidesk.people.NewPerson;
import th.or.dga.dgtidesk.people.PersonListItem;
import th.or.dga.dgtidesk.spreadsheet.SheetStyles;
import th.or.dga.dgtidesk.workshop.RegistrationSource;
import th.or.dga.dgtidesk.workshop.Workshop;
import th.or.dga.dgtidesk.workshop.WorkshopKind;
import th.or.dga.dgtidesk.workshop.WorkshopStatus;

class WorkshopSheetsTest {

    private static final Messages THAI = Messages.ofLanguage("th");

    @TempDir
    Path folder;

    private CenterContext context;
    private String workshopId;
    private String somchaiCode;

    @BeforeEach
    void setUp() throws Exception {
        Files.createDirectories(folder.resolve("out"));
        context = TestCenters.setUpCenter(folder);
        Workshop workshop = context.workshopService().create(new Workshop(null, "AI-01", "อบรม AI สำหรับงานภาครัฐ",
                null, WorkshopKind.TRAINING, LocalDateTime.of(2026, 12, 1, 9, 0), LocalDateTime.of(2026, 12, 1, 16, 0),
                "ห้องประชุม 1", 2, null, null, null));
        workshopId = workshop.id();
        context.workshopService().changeStatus(workshopId, WorkshopStatus.OPEN);
        PersonListItem somchai = person("สมชาย", "ใจดี", "somchai@example.com");
        PersonListItem formula = person("=HYPERLINK(\"http://x\")", null, "evil@example.com");
        PersonListItem waiting = person("กมลา", "รอคิว", "kamala@example.com");
        somchaiCode = context.registrationService().register(workshopId, somchai.id(), RegistrationSource.MANUAL)
                .checkinCode();
        context.registrationService().register(workshopId, formula.id(), RegistrationSource.MANUAL);
        context.registrationService().register(workshopId, waiting.id(), RegistrationSource.MANUAL);
    }

    private PersonListItem person(String first, String last, String email) {
        return context.personService().create(new NewPerson(null, first, last, email, null, "กรมทดสอบ",
                "government_agency"));
    }

    @AfterEach
    void close() {
        context.close();
    }

    private Path write(WorkshopSheets.Kind kind, String name) {
        return context.workshopSheets().write(kind, workshopId, folder.resolve("out").resolve(name), THAI,
                ProgressMonitor.NONE);
    }

    @Test
    void theSignInSheetIsAnA4PageOfSeatedPeopleWithCodesAndSignatureBoxes() throws Exception {
        Path file = write(WorkshopSheets.Kind.SIGN_IN_SHEET, "sign-in.xlsx");

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheet("ใบลงชื่อ");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("ศูนย์ทดสอบ");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).contains("อบรม AI สำหรับงานภาครัฐ");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).contains("1 ธันวาคม 2569").contains("ห้องประชุม 1");
            int header = SignInSheet.HEADER_ROW;
            assertThat(sheet.getRow(header).getCell(4).getStringCellValue()).isEqualTo("ลายมือชื่อ");
            // Two seats taken (the waiting person is not on the sheet), in Thai order, then blank numbered rows.
            List<String> names = Stream.of(1, 2).map(r -> sheet.getRow(header + r).getCell(1).getStringCellValue())
                    .toList();
            assertThat(names).containsExactly("=HYPERLINK(\"http://x\")", "สมชาย ใจดี");
            Cell formulaName = sheet.getRow(header + 1).getCell(1);
            assertThat(formulaName.getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(header + 2).getCell(3).getStringCellValue()).isEqualTo(somchaiCode);
            assertThat(sheet.getLastRowNum()).isEqualTo(header + 2 + SignInSheet.BLANK_ROWS);
            assertThat(sheet.getRow(header + 12).getCell(0).getNumericCellValue()).isEqualTo(12);
            assertThat(workbook.getFontAt(sheet.getRow(header + 2).getCell(1).getCellStyle().getFontIndex())
                    .getFontName()).isEqualTo("TH Sarabun New");
            PrintSetup print = sheet.getPrintSetup();
            assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(print.getLandscape()).isFalse();
            assertThat(print.getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("5:5");
            assertThat(sheet.getFooter().getCenter()).isEqualTo("หน้า &P จาก &N");
        }
        assertThat(folder.resolve("out")).isDirectoryNotContaining("glob:**.part");
    }

    @Test
    void theParticipantListHasRealBuddhistEraDatesAndEveryRegistration() throws Exception {
        Path file = write(WorkshopSheets.Kind.PARTICIPANTS_XLSX, "participants.xlsx");

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheet("ผู้ลงทะเบียน");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(sheet.getRow(0).getCell(9).getStringCellValue()).isEqualTo("ลงทะเบียนเมื่อ");
            Cell registeredAt = sheet.getRow(1).getCell(9);
            assertThat(registeredAt.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(registeredAt)).isTrue();
            assertThat(registeredAt.getCellStyle().getDataFormatString()).isEqualTo(SheetStyles.BE_DATE_TIME);
            // 09:00 in Bangkok on 25 November 2026 (the test clock), not the stored UTC time.
            assertThat(registeredAt.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 11, 25, 9, 0));
            assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
        }
    }

    @Test
    void theCsvOpensInExcelWithThaiAndNeverRunsAFormula() throws Exception {
        Path file = write(WorkshopSheets.Kind.PARTICIPANTS_CSV, "participants.csv");

        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text.lines().findFirst().orElseThrow()).startsWith("คำนำหน้า,ชื่อ,นามสกุล,หน่วยงาน");
        assertThat(text).contains("'=HYPERLINK(\"\"http://x\"\")").contains("สมชาย,ใจดี,กรมทดสอบ")
                .contains("2026-11-25 09:00");
        assertThat(text.lines()).hasSize(4);
    }

    @Test
    void aCancelledExportLeavesNoFileBehind() throws Exception {
        Path target = folder.resolve("out").resolve("sign-in.xlsx");
        ProgressMonitor cancelled = new ProgressMonitor() {
            @Override
            public void progress(double fraction, String step) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };

        assertThatThrownBy(() -> context.workshopSheets().write(WorkshopSheets.Kind.SIGN_IN_SHEET, workshopId, target,
                THAI, cancelled)).isInstanceOf(CancelledException.class);

        try (Stream<Path> left = Files.list(folder.resolve("out"))) {
            assertThat(left).isEmpty();
        }
    }
}
