package th.or.dga.dgtidesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import th.or.dga.dgtidesk.TestCenters;
import th.or.dga.dgtidesk.kpi.KpiFixture;

/**
 * {@code report weekly} and {@code opendata}, run while the fixture keeps the data file open for
 * writing (as the application would): both only read it.
 */
class ReportCliTest {

    @TempDir
    Path folder;

    private KpiFixture fixture;
    private String db;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void setUp() {
        fixture = new KpiFixture(folder.resolve("center"));
        db = TestCenters.dataFile(folder.resolve("center")).toString();
    }

    @AfterEach
    void close() {
        fixture.context.close();
    }

    private int run(String... args) {
        return Cli.run(args, (file, language) -> { }, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void theWeeklyReportForAWeekInEnglish() throws IOException {
        Path file = folder.resolve("week47.xlsx");
        int code = run("report", "weekly", "--week", "2026-W47", "--lang", "en", "--out", file.toString(), "--db", db);
        assertThat(err.toString()).isEmpty();
        assertThat(code).isEqualTo(Cli.OK);
        assertThat(out.toString()).isEqualTo("The report was saved to " + file + System.lineSeparator());
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Summary");
        }
    }

    @Test
    void buddhistEraDatesAndThaiByDefault() throws IOException {
        Path file = folder.resolve("range.xlsx");
        int code = run("--db", db, "report", "weekly", "--from", "16/11/2569", "--to", "2026-11-22", "--personal-data",
                "--out", file.toString());
        assertThat(code).isEqualTo(Cli.OK);
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("สรุป");
            assertThat(workbook.getSheet("ผู้เข้าร่วมและการเข้าร่วม").getLastRowNum()).isEqualTo(7);
        }
    }

    @Test
    void lastWeekByDefault() {
        assertThat(run("report", "weekly", "--out", folder.resolve("last.xlsx").toString(), "--db", db))
                .isEqualTo(Cli.OK);
        assertThat(folder.resolve("last.xlsx")).exists();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "--week 2026-W60                  | The week 2026-W60 is not a week: write it as 2026-W47.",
            "--week 2026-W47 --from 2026-11-16 --to 2026-11-22 | Give either --week or both --from and --to, not both.",
            "--from 2026-11-16                | Give either --week or both --from and --to, not both.",
            "--from 2026-11-22 --to 2026-11-16 | The period ends before it starts.",
    })
    void aBadPeriodIsOneLineAndAUserError(String period, String message) {
        String[] args = ("report weekly --lang en --db " + db + " --out " + folder.resolve("x.xlsx") + " " + period)
                .split("\\s+");
        assertThat(run(args)).isEqualTo(Cli.USER_ERROR);
        assertThat(err.toString()).isEqualTo(message + System.lineSeparator());
        assertThat(folder.resolve("x.xlsx")).doesNotExist();
    }

    @Test
    void anImpossibleDateIsAUserError() {
        assertThat(run("report", "weekly", "--from", "31/2/2569", "--to", "1/3/2569", "--out",
                folder.resolve("x.xlsx").toString(), "--db", db)).isEqualTo(Cli.USER_ERROR);
        assertThat(err.toString().lines()).hasSize(1);
    }

    @Test
    void anUnwritablePathIsOneLineAndAUserError() {
        Path target = folder.resolve("no-such-folder").resolve("week.xlsx");
        assertThat(run("report", "weekly", "--lang", "en", "--out", target.toString(), "--db", db))
                .isEqualTo(Cli.USER_ERROR);
        assertThat(err.toString()).isEqualTo("Cannot write " + target + ": please check that the folder exists and"
                + " that you may write there." + System.lineSeparator());
    }

    @Test
    void usageErrorsForAMissingOutOrAnUnknownReport() {
        assertThat(run("report", "weekly", "--db", db)).isEqualTo(Cli.USAGE_ERROR);
        assertThat(run("report", "monthly", "--out", folder.resolve("x.xlsx").toString(), "--db", db))
                .isEqualTo(Cli.USAGE_ERROR);
    }

    @Test
    void openDataIntoAFolder() {
        Path target = folder.resolve("open");
        assertThat(run("opendata", "--out", target.toString(), "--db", db, "--lang", "en")).isEqualTo(Cli.OK);
        assertThat(out.toString()).isEqualTo("15 files written to " + target + System.lineSeparator());
        assertThat(target.resolve("metadata.json")).exists();
    }

    @Test
    void openDataIntoAFileIsAUserError() throws IOException {
        Path file = Files.writeString(folder.resolve("a-file"), "x");
        assertThat(run("opendata", "--out", file.resolve("open").toString(), "--db", db)).isEqualTo(Cli.USER_ERROR);
        assertThat(err.toString().lines()).hasSize(1);
    }
}
