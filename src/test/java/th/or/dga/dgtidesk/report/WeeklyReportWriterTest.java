package th.or.dga.dgtidesk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.or.dga.dgtidesk.common.CancelledException;
import th.or.dga.dgtidesk.common.ProgressMonitor;
import th.or.dga.dgtidesk.common.UserException;
import th.or.dga.dgtidesk.kpi.Kpi;
import th.or.dga.dgtidesk.kpi.KpiComparison;
import th.or.dga.dgtidesk.kpi.KpiFixture;
import th.or.dga.dgtidesk.kpi.KpiPeriod;

/** The weekly workbook read back with POI and compared with the KPI module. */
class WeeklyReportWriterTest {

    private static final KpiPeriod WEEK = KpiPeriod.isoWeek("2026-W47");

    @TempDir
    Path folder;

    private KpiFixture fixture;
    private Path out;

    @BeforeEach
    void setUp() throws IOException {
        fixture = new KpiFixture(folder.resolve("db"));
        out = Files.createDirectories(folder.resolve("out"));
    }

    @AfterEach
    void close() {
        fixture.context.close();
    }

    private Path write(ReportOptions options, String name) {
        return fixture.context.weeklyReportWriter().write(options, out.resolve(name), ProgressMonitor.NONE);
    }

    @Test
    void theThaiWorkbookHasTheSheetsAndTheKpiModulesNumbers() throws IOException {
        Path file = write(new ReportOptions(WEEK, "th", false, null), "week.xlsx");
        KpiComparison expected = fixture.context.kpiService().comparison(WEEK);
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names).containsExactly("สรุป", "กิจกรรม", "ผู้เข้าร่วมและการเข้าร่วม", "นวัตกร",
                    "การให้คำปรึกษาและงานติดตาม", "ความต้องการและการจับคู่", "นิยามตัวชี้วัด");

            XSSFSheet summary = workbook.getSheetAt(0);
            for (Kpi kpi : Kpi.values()) {
                Row row = summary.getRow(SummarySheet.KPI_HEADER_ROW + 1 + kpi.ordinal());
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(kpi.displayName(
                        th.or.dga.dgtidesk.common.Messages.ofLanguage("th")));
                assertThat(row.getCell(1).getNumericCellValue()).as(kpi.code())
                        .isEqualTo(expected.current().value(kpi));
                assertThat(row.getCell(2).getNumericCellValue()).as(kpi.code())
                        .isEqualTo(expected.previous().value(kpi));
                assertThat(row.getCell(4).getNumericCellValue()).as(kpi.code())
                        .isEqualTo(expected.yearToDate().value(kpi));
            }
            Row registrations = summary.getRow(SummarySheet.KPI_HEADER_ROW + 1 + Kpi.REGISTRATIONS.ordinal());
            assertThat(registrations.getCell(1).getNumericCellValue()).isEqualTo(6);
            assertThat(registrations.getCell(3).getNumericCellValue()).isEqualTo(5);
            assertThat(registrations.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0");

            Cell periodStart = summary.getRow(2).getCell(1);
            assertThat(periodStart.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(periodStart.getCellStyle().getDataFormatString()).isEqualTo("[$-107041E]d/m/yyyy");
            assertThat(DateUtil.isCellDateFormatted(periodStart)).isTrue();
            assertThat(DateUtil.getLocalDateTime(periodStart.getNumericCellValue()).toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 16));
            assertThat(summary.getRow(5).getCell(1).getCellStyle().getDataFormatString())
                    .isEqualTo("[$-107041E]d/m/yyyy h:mm");

            List<XSSFChart> charts = summary.getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(2);
            assertThat(charts.get(0).getChartSeries().get(0).getSeriesCount()).isEqualTo(2);
            assertThat(charts.get(1).getChartSeries().get(0).getSeriesCount()).isEqualTo(1);

            Sheet workshops = workbook.getSheet("กิจกรรม");
            assertThat(workshops.getLastRowNum()).isEqualTo(3);
            Cell starts = workshops.getRow(1).getCell(3);
            assertThat(starts.getCellStyle().getDataFormatString()).isEqualTo("[$-107041E]d/m/yyyy h:mm");
            assertThat(DateUtil.getLocalDateTime(starts.getNumericCellValue())).isEqualTo(LocalDate.of(2026, 11, 16).atTime(9, 0));

            // Plain cells use the default font: named, and not linked to the theme's Calibri.
            assertThat(workbook.getFontAt(0).getFontName()).isEqualTo("TH Sarabun New");
            assertThat(workbook.getFontAt(0).getScheme()).isEqualTo(org.apache.poi.ss.usermodel.FontScheme.NONE);
            for (Sheet sheet : workbook) {
                assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getFontName())
                        .isEqualTo("TH Sarabun New");
                PrintSetup print = sheet.getPrintSetup();
                assertThat(print.getLandscape()).as(sheet.getSheetName()).isTrue();
                assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
                assertThat(sheet.getFitToPage()).isTrue();
                assertThat(print.getFitWidth()).isEqualTo((short) 1);
                assertThat(print.getFitHeight()).isEqualTo((short) 0);
                assertThat(sheet.getFooter().getCenter()).isEqualTo("หน้า &P จาก &N");
                if (sheet != summary) {
                    assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("1:1");
                    assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
                    assertThat(((XSSFSheet) sheet).getCTWorksheet().isSetAutoFilter()).isTrue();
                    assertThat(sheet.getColumnWidth(0)).isGreaterThan(8 * 256);
                }
            }
            assertThat(allText(workbook)).noneMatch(text -> text.contains("@example.go.th"))
                    .noneMatch(text -> text.contains("calc"));
        }
    }

    @Test
    void personalDataOnlyWhenAskedAndUserTextThatLooksLikeAFormulaStaysText() throws IOException {
        Path file = write(new ReportOptions(WEEK, "en", true, "Sarabun"), "week-personal.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Summary");
            Sheet participants = workbook.getSheet("Participants and attendance");
            // MAIN (A, B, C) and MIDNIGHT (A2, D, B); the cancelled workshop's B is listed with its status.
            assertThat(participants.getLastRowNum()).isEqualTo(7);
            assertThat(allText(workbook)).anyMatch(text -> text.equals("person-d@example.go.th"));
            List<Cell> formulaLooking = new ArrayList<>();
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                        if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().startsWith("=")) {
                            formulaLooking.add(cell);
                        }
                    }
                }
            }
            assertThat(formulaLooking).extracting(Cell::getStringCellValue)
                    .contains("=cmd|' /C calc'!A0", "=SUM(A1:A9)");
            Cell header = workbook.getSheetAt(1).getRow(0).getCell(0);
            assertThat(workbook.getFontAt(header.getCellStyle().getFontIndex()).getFontName()).isEqualTo("Sarabun");
            assertThat(workbook.getSheetAt(1).getFooter().getCenter()).isEqualTo("Page &P of &N");
        }
    }

    @Test
    void aCancelledExportLeavesNothingBehindAndKeepsTheOldFile() throws IOException {
        Path target = out.resolve("week.xlsx");
        Files.writeString(target, "last week's report");
        ProgressMonitor cancelSoon = new ProgressMonitor() {
            private int calls;

            @Override
            public void progress(double fraction, String step) {
                calls++;
            }

            @Override
            public boolean cancelled() {
                return calls >= 3;
            }
        };
        assertThatThrownBy(() -> fixture.context.weeklyReportWriter().write(new ReportOptions(WEEK, "th", true, null),
                target, cancelSoon)).isInstanceOf(CancelledException.class);
        assertThat(Files.readString(target)).isEqualTo("last week's report");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aFolderThatDoesNotExistIsAPlainUserError() {
        Path target = folder.resolve("missing").resolve("week.xlsx");
        assertThatThrownBy(() -> fixture.context.weeklyReportWriter().write(new ReportOptions(WEEK, "th", false, null),
                target, ProgressMonitor.NONE)).isInstanceOf(UserException.class)
                .extracting(e -> ((UserException) e).messageKey()).isEqualTo("export.cannotWrite");
        assertThat(Files.exists(target.getParent())).isFalse();
    }

    private static List<String> allText(XSSFWorkbook workbook) {
        List<String> texts = new ArrayList<>();
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING) {
                        texts.add(cell.getStringCellValue());
                    }
                }
            }
        }
        return texts;
    }
}
