package th.or.dga.dgtidesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.TestCenters;
import th.or.dga.dgtidesk.importing.ImportFixture;

class ImportCliTest {

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private String db;
    private String workshopCode;
    private String sample;

    @BeforeEach
    void setUp() throws Exception {
        try (CenterContext context = TestCenters.setUpCenter(folder)) {
            workshopCode = ImportFixture.openWorkshop(context, null).code();
        }
        db = TestCenters.dataFile(folder).toString();
        sample = ImportFixture.sample(folder.resolve("in"), ImportFixture.UTF8_SAMPLE).toString();
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Cli.run(args, (file, language) -> { }, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void registrationsAsJsonAreOneDocumentWithCountsAndEveryRow() throws Exception {
        int code = run("import", "registrations", "--workshop", workshopCode, "--file", sample, "--json", "--db", db,
                "--lang", "en");

        assertThat(code).isZero();
        JsonNode document = new ObjectMapper().readTree(out.toString());
        assertThat(document.get("file").asText()).isEqualTo(ImportFixture.UTF8_SAMPLE);
        assertThat(document.get("encoding").asText()).isEqualTo("UTF-8 (BOM)");
        assertThat(document.get("rows").asInt()).isEqualTo(12);
        assertThat(document.get("counts").get("new").asInt()).isEqualTo(8);
        assertThat(document.get("counts").get("existing").asInt()).isZero();
        assertThat(document.get("counts").get("duplicate_in_file").asInt()).isEqualTo(1);
        assertThat(document.get("counts").get("rejected").asInt()).isEqualTo(3);
        assertThat(document.get("counts").get("registered").asInt()).isEqualTo(8);
        assertThat(document.get("results")).hasSize(12);
        JsonNode row10 = document.get("results").get(8);
        assertThat(row10.get("row").asInt()).isEqualTo(10);
        assertThat(row10.get("outcome").asText()).isEqualTo("rejected");
        assertThat(row10.get("reason").asText()).isEqualTo("did not consent: personal data is not stored without consent");
        assertThat(document.get("results").get(0).get("registration").asText()).isEqualTo("registered");
        assertThat(document.get("import_id").isNull()).isFalse();

        // The same file again: a warning on standard error, every row already there.
        assertThat(run("import", "registrations", "--workshop", workshopCode, "--file", sample, "--json", "--db", db,
                "--lang", "en")).isZero();
        assertThat(err.toString()).contains("this file was already imported");
        assertThat(new ObjectMapper().readTree(out.toString()).get("counts").get("already_registered").asInt())
                .isEqualTo(8);
    }

    @Test
    void aDryRunWritesNothingAndThePlainOutputExplainsEachRow() throws Exception {
        assertThat(run("import", "registrations", "--workshop", workshopCode, "--file", sample, "--dry-run",
                "--db", db)).isZero();
        assertThat(out.toString()).contains("บุคคลใหม่: 8").contains("ไม่นำเข้า: 3")
                .contains("แถวที่ 12 – ไม่นำเข้า: วันที่ที่ไม่มีอยู่จริงใน \"ประทับเวลา\": 31/2/2569, 14:00:00")
                .contains("ทดลองเท่านั้น");
        assertThat(run("info", "--json", "--db", db)).isZero();
        assertThat(new ObjectMapper().readTree(out.toString()).get("counts").get("person").asInt()).isZero();
    }

    @Test
    void peopleTakeASavedMappingByName() throws Exception {
        assertThat(run("import", "people", "--file", sample, "--mapping", "ไม่มี", "--db", db)).isEqualTo(Cli.USER_ERROR);
        assertThat(err.toString()).contains("ไม่มีการจับคู่คอลัมน์ที่บันทึกไว้ชื่อ ไม่มี (ที่บันทึกไว้: –)");
        assertThat(run("import", "people", "--file", sample, "--json", "--db", db)).isZero();
        JsonNode document = new ObjectMapper().readTree(out.toString());
        assertThat(document.get("counts").has("registered")).isFalse();
        assertThat(document.get("counts").get("new").asInt()).isEqualTo(8);
    }

    @Test
    void aFileWhoseRowsAreAllRejectedIsStillASuccessThatSaysSo() throws Exception {
        Path file = folder.resolve("all-bad.csv");
        Files.writeString(file, "ชื่อ,อีเมล,ยินยอม\nสมชาย,bad@,ยินยอม\nวรรณา,wanna@ku.th,ไม่ยินยอม\n",
                StandardCharsets.UTF_8);
        assertThat(run("import", "people", "--file", file.toString(), "--db", db, "--lang", "en")).isZero();
        assertThat(out.toString()).contains("Rejected: 2").contains("Every row was rejected");
    }

    @Test
    void anUnreadableFileOrAnUnknownWorkshopIsAUserErrorAndUsageErrorsAreTwo() {
        assertThat(run("import", "registrations", "--workshop", "NOPE", "--file", sample, "--db", db))
                .isEqualTo(Cli.USER_ERROR);
        assertThat(err.toString()).contains("ไม่มีกิจกรรมรหัส NOPE");
        assertThat(run("import", "registrations", "--workshop", workshopCode, "--file",
                folder.resolve("missing.csv").toString(), "--db", db, "--lang", "en")).isEqualTo(Cli.USER_ERROR);
        assertThat(err.toString()).contains("Cannot read the file missing.csv").doesNotContain("Exception");
        assertThat(run("import", "registrations", "--file", sample, "--db", db)).isEqualTo(Cli.USAGE_ERROR);
        assertThat(run("import", "needs", "--file", sample, "--db", db)).isEqualTo(Cli.USAGE_ERROR);
    }
}
