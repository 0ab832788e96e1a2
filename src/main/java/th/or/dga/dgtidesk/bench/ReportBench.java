package th.or.dga.dgtidesk.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.common.DateRange;
import th.or.dga.dgtidesk.common.FiscalYear;
import th.or.dga.dgtidesk.common.ProgressMonitor;
import th.or.dga.dgtidesk.common.Times;
import th.or.dga.dgtidesk.kpi.Kpi;
import th.or.dga.dgtidesk.kpi.KpiPeriod;
import th.or.dga.dgtidesk.report.ReportOptions;

/**
 * The KPI and report paths: every KPI for the last complete fiscal year, the weekly workbook
 * without personal data, and a workbook listing every registration (250,000 at national scale).
 */
final class ReportBench {

    /** Every registration of the workshops in a period, as the participants sheet lists them. */
    private static final String PARTICIPANTS = "SELECT w.code, w.starts_at, p.title_prefix, p.first_name_th,"
            + " p.last_name_th, o.name_th, o.kind, coalesce(p.province, o.province), p.email, p.phone, r.status,"
            + " r.registered_at, r.checked_in_at FROM workshop w JOIN registration r ON r.workshop_id = w.id"
            + " JOIN person p ON p.id = r.person_id LEFT JOIN organization o ON o.id = p.organization_id"
            + " WHERE w.starts_at >= ? AND w.starts_at < ? ORDER BY w.starts_at, w.code, p.sort_key";

    private final CenterContext context;
    private final Connection floor;
    private final Path folder;
    private final LocalDate today;

    ReportBench(CenterContext context, Connection floor, Path folder) {
        this.context = context;
        this.floor = floor;
        this.folder = folder;
        this.today = Times.toBangkok(Times.nowUtc(context.clock())).toLocalDate();
    }

    BenchResult kpiFiscalYear(int warmUp, int count) throws SQLException {
        DateRange year = FiscalYear.of(today).previous().range();
        Samples samples = new Samples(count);
        Samples plain = new Samples(count);
        try (KpiFloor queries = new KpiFloor(floor)) {
            for (int i = 0; i < warmUp + count; i++) {
                Samples.ThrowingRunnable app = () -> context.kpiService().snapshot(year);
                Samples.ThrowingRunnable base = () -> queries.run(year);
                if (i >= warmUp) {
                    samples.time(app);
                    plain.time(base);
                } else {
                    run(app);
                    run(base);
                }
            }
        }
        return new BenchResult("kpi-fiscal-year", samples.median(), samples.p95(), plain.p95(), count, 200.0,
                "the KPI questions for fiscal year " + FiscalYear.of(year.start()).beYear()
                        + " as 11 plain-JDBC statements");
    }

    BenchResult weeklyReport(int warmUp, int count) {
        ReportOptions options = new ReportOptions(KpiPeriod.lastWeek(today), "th", false, null);
        Path target = folder.resolve("weekly.xlsx");
        Path bare = folder.resolve("weekly-floor.xlsx");
        Samples samples = new Samples(count);
        Samples plain = new Samples(count);
        for (int i = 0; i < warmUp + count; i++) {
            Samples.ThrowingRunnable app = () -> context.weeklyReportWriter().write(options, target,
                    ProgressMonitor.NONE);
            Samples.ThrowingRunnable base = () -> bareWorkbook(bare);
            if (i >= warmUp) {
                samples.time(app);
                plain.time(base);
            } else {
                run(app);
                run(base);
            }
        }
        return new BenchResult("weekly-report", samples.median(), samples.p95(), plain.p95(), count, 1000.0,
                "an unstyled XSSF workbook with seven sheets and the summary's KPI table, written to disk");
    }

    /** Seven sheets, the KPI table as plain numbers, no styles, charts or queries. */
    private static void bareWorkbook(Path file) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            for (int s = 0; s < 7; s++) {
                Sheet sheet = workbook.createSheet("sheet" + s);
                for (int r = 0; s == 0 && r < Kpi.values().length; r++) {
                    Row row = sheet.createRow(r);
                    row.createCell(0).setCellValue(Kpi.values()[r].code());
                    for (int c = 1; c <= 4; c++) {
                        row.createCell(c).setCellValue(r * c);
                    }
                }
            }
            workbook.write(out);
        }
    }

    /** Every registration since the demo data began, with personal data: the largest workbook a center makes. */
    BenchResult participantsSheet(int count) throws SQLException, InterruptedException {
        KpiPeriod everything = KpiPeriod.custom(today.minusYears(11), today);
        ReportOptions options = new ReportOptions(everything, "th", true, null);
        Path target = folder.resolve("participants.xlsx");
        Path bare = folder.resolve("participants-floor.xlsx");
        Samples samples = new Samples(count);
        Samples plain = new Samples(count);
        double peakMb = 0;
        long[] rows = new long[1];
        try (PreparedStatement statement = floor.prepareStatement(PARTICIPANTS)) {
            statement.setString(1, Timestamp.valueOf(Times.fromBangkok(everything.start().atStartOfDay())).toString());
            statement.setString(2,
                    Timestamp.valueOf(Times.fromBangkok(everything.end().plusDays(1).atStartOfDay())).toString());
            for (int i = 0; i < count; i++) {
                System.gc();
                try (HeapWatch heap = new HeapWatch()) {
                    samples.time(() -> context.weeklyReportWriter().write(options, target, ProgressMonitor.NONE));
                    peakMb = Math.max(peakMb, heap.peakMb());
                }
                plain.time(() -> rows[0] = bareParticipants(statement, bare));
            }
        }
        return new BenchResult("participants-sheet", samples.median(), samples.p95(), plain.p95(), count, null,
                "the same " + rows[0] + " registrations by plain JDBC written as the same cells by a bare SXSSF loop"
                        + " (no styles, no other sheets)", peakMb);
    }

    private static long bareParticipants(PreparedStatement statement, Path file) throws SQLException, IOException {
        long count = 0;
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try (ResultSet rs = statement.executeQuery(); OutputStream out = Files.newOutputStream(file)) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("[$-107041E]d/m/yyyy"));
            Sheet sheet = workbook.createSheet("participants");
            while (rs.next()) {
                Row row = sheet.createRow((int) count++);
                for (int c = 1; c <= 13; c++) {
                    Cell cell = row.createCell(c - 1);
                    String value = rs.getString(c);
                    if (value == null) {
                        continue;
                    }
                    if (c == 2 || c == 12 || c == 13) {
                        cell.setCellValue(Times.toBangkok(Timestamp.valueOf(value).toLocalDateTime()));
                        cell.setCellStyle(date);
                    } else {
                        cell.setCellValue(value);
                    }
                }
            }
            workbook.write(out);
        } finally {
            workbook.close();
        }
        return count;
    }

    private static void run(Samples.ThrowingRunnable work) {
        try {
            work.run();
        } catch (Exception e) {
            throw new IllegalStateException("Benchmark step failed", e);
        }
    }
}
