package th.or.dga.dgtidesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.TestCenters;

class CliTest {

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<Path> windowsOpened = new ArrayList<>();

    private int run(String... args) {
        return Cli.run(args, (db, language) -> windowsOpened.add(db), new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void infoJsonIsOneDocumentWithEveryTable() throws Exception {
        TestCenters.setUpCenter(folder).close();
        int code = run("info", "--json", "--db", TestCenters.dataFile(folder).toString());
        assertThat(code).isZero();
        JsonNode info = new ObjectMapper().readTree(out.toString());
        assertThat(info.get("file").asText()).isEqualTo(TestCenters.dataFile(folder).toString());
        assertThat(info.get("schema_version").asText()).isEqualTo(String.valueOf(th.or.dga.dgtidesk.db.Migrations.LATEST_VERSION));
        assertThat(info.get("integrity").asText()).isEqualTo("ok");
        assertThat(info.get("center").get("code").asText()).isEqualTo("DGTI-TEST");
        assertThat(info.get("counts").get("staff").asInt()).isEqualTo(1);
        assertThat(info.get("counts").size()).isGreaterThanOrEqualTo(29);
    }

    @Test
    void globalOptionsMayComeBeforeTheCommand() {
        TestCenters.setUpCenter(folder).close();
        int code = run("--db", TestCenters.dataFile(folder).toString(), "--lang", "en", "info");
        assertThat(code).isZero();
        assertThat(out.toString()).contains("Schema version: " + th.or.dga.dgtidesk.db.Migrations.LATEST_VERSION).contains("DGTI-TEST Test Center");
    }

    @Test
    void aMissingFileIsAUserErrorInTheChosenLanguage() {
        Path missing = folder.resolve("none.db");
        assertThat(run("info", "--db", missing.toString())).isEqualTo(Cli.USER_ERROR);
        assertThat(err.toString()).isEqualTo("ไม่พบไฟล์ข้อมูล " + missing + System.lineSeparator());
        assertThat(out.toString()).isEmpty();
        assertThat(Files.exists(missing)).isFalse();
    }

    @Test
    void aRefusedFileIsAOneLineUserErrorWithoutAStackTrace() throws Exception {
        Path text = folder.resolve("list.db");
        Files.writeString(text, "not a database");
        assertThat(run("--lang", "en", "info", "--db", text.toString())).isEqualTo(Cli.USER_ERROR);
        assertThat(err.toString()).contains("is not a DGTi Desk data file").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run("info", "--no-such-flag")).isEqualTo(Cli.USAGE_ERROR);
        assertThat(run("no-such-command")).isEqualTo(Cli.USAGE_ERROR);
        assertThat(run("--lang", "fr", "info")).isEqualTo(Cli.USAGE_ERROR);
        assertThat(run("backup")).isEqualTo(Cli.USAGE_ERROR);
    }

    @Test
    void noCommandOrOnlyDbOpensTheWindow() {
        assertThat(run()).isZero();
        assertThat(run("--db", folder.resolve("x.db").toString())).isZero();
        assertThat(windowsOpened).containsExactly(null, folder.resolve("x.db"));
    }

    @Test
    void backupWorksWhileTheApplicationHoldsTheFileAndRestoreBringsItBack() throws Exception {
        Path file = TestCenters.dataFile(folder);
        Path copy = folder.resolve("copy.db");
        try (CenterContext app = TestCenters.setUpCenter(folder)) {
            assertThat(run("backup", "--db", file.toString(), "--to", copy.toString())).isZero();
            // A writing command is refused while the application holds the file.
            assertThat(run("restore", "--db", file.toString(), "--from", copy.toString())).isEqualTo(Cli.USER_ERROR);
            assertThat(err.toString()).contains(file.toString());
            assertThat(app.centerService().center()).isPresent();
        }
        assertThat(copy).exists();
        assertThat(run("restore", "--db", file.toString(), "--from", copy.toString())).isZero();
        assertThat(out.toString()).contains(copy.toString());
        assertThat(run("info", "--json", "--db", file.toString())).isZero();
    }

    @Test
    void restoreNeedsAnAdmin() {
        Path file = TestCenters.dataFile(folder);
        Path copy = folder.resolve("copy.db");
        try (CenterContext app = TestCenters.setUpCenter(folder)) {
            app.staffService().add("viewer1", "ผู้ชม", th.or.dga.dgtidesk.security.Role.VIEWER);
        }
        assertThat(run("backup", "--db", file.toString(), "--to", copy.toString())).isZero();
        assertThat(run("restore", "--db", file.toString(), "--from", copy.toString(), "--as", "viewer1"))
                .isEqualTo(Cli.USER_ERROR);
        assertThat(err.toString()).contains("ผู้ดูแลระบบ");
    }

    @Test
    void demoCreatesTheFileAndFillsItThenInfoCountsIt() throws Exception {
        Path file = folder.resolve("demo").resolve("dgti-desk.db");
        assertThat(run("demo", "--scale", "small", "--seed", "7", "--db", file.toString(), "--lang", "en")).isZero();
        assertThat(out.toString()).contains("Demo data written to " + file);
        out.getBuffer().setLength(0);
        assertThat(run("info", "--json", "--db", file.toString())).isZero();
        JsonNode info = new ObjectMapper().readTree(out.toString());
        assertThat(info.get("counts").get("person").asInt()).isEqualTo(300);
        assertThat(info.get("center").get("code").asText()).isEqualTo("DGTI-KU-SRC");
        assertThat(run("demo", "--scale", "huge", "--db", file.toString())).isEqualTo(Cli.USAGE_ERROR);
    }

    @Test
    void benchJsonIsOneListWithTheContractFields() throws Exception {
        assertThat(run("bench", "--scale", "small", "--json")).isZero();
        JsonNode entries = new ObjectMapper().readTree(out.toString());
        assertThat(entries.isArray()).isTrue();
        List<String> names = new ArrayList<>();
        entries.forEach(entry -> {
            names.add(entry.get("name").asText());
            for (String field : List.of("median_ms", "p95_ms", "floor_p95_ms", "ratio")) {
                assertThat(entry.get(field).isNumber()).as(field).isTrue();
            }
            assertThat(entry.get("floor_p95_ms").asDouble()).isPositive();
        });
        assertThat(names).contains("generate-small", "open-db", "people-sorted-page", "people-search",
                "workshop-detail", "register", "cancel-promote", "checkin-code", "checkin-name");
    }
}
