package th.or.dga.dgtidesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.TestCenters;
import th.or.dga.dgtidesk.importing.ImportFixture;

/** {@code import roster}: the same document and exit codes as the other imports. */
class RosterImportCliTest {

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private String db;
    private String sample;

    @BeforeEach
    void setUp() throws Exception {
        try (CenterContext context = TestCenters.setUpCenter(folder)) {
            // Nothing on the roster yet.
        }
        db = TestCenters.dataFile(folder).toString();
        sample = ImportFixture.sample(folder.resolve("in"), "roster-sample.csv").toString();
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Cli.run(args, (file, language) -> { }, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void aDryRunAsJsonIsOneDocumentWithCountsAndEveryRowAndWritesNothing() throws Exception {
        int code = run("import", "roster", "--file", sample, "--dry-run", "--json", "--db", db, "--lang", "en");

        assertThat(code).isZero();
        JsonNode document = new ObjectMapper().readTree(out.toString());
        List<String> fields = new ArrayList<>();
        document.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).startsWith("file", "encoding", "rows", "counts", "results");
        assertThat(document.get("file").asText()).isEqualTo("roster-sample.csv");
        assertThat(document.get("encoding").asText()).isEqualTo("UTF-8 (BOM)");
        assertThat(document.get("rows").asInt()).isEqualTo(16);
        JsonNode counts = document.get("counts");
        List<String> outcomes = new ArrayList<>();
        counts.fieldNames().forEachRemaining(outcomes::add);
        assertThat(outcomes).containsExactly("new", "existing", "duplicate_in_file", "rejected");
        assertThat(counts.get("new").asInt()).isEqualTo(6);
        assertThat(counts.get("duplicate_in_file").asInt()).isEqualTo(1);
        assertThat(counts.get("rejected").asInt()).isEqualTo(9);
        assertThat(document.get("results")).hasSize(16);
        JsonNode first = document.get("results").get(0);
        assertThat(first.get("row").asInt()).isEqualTo(2);
        assertThat(first.get("outcome").asText()).isEqualTo("new");
        assertThat(first.get("reason").isNull()).isTrue();
        assertThat(first.has("registration")).isFalse();
        JsonNode unknownKind = document.get("results").get(7);
        assertThat(unknownKind.get("row").asInt()).isEqualTo(9);
        assertThat(unknownKind.get("outcome").asText()).isEqualTo("rejected");
        assertThat(unknownKind.get("reason").asText()).startsWith("unknown innovator kind \"ยานอวกาศ\"");
        assertThat(document.get("dry_run").asBoolean()).isTrue();
        assertThat(document.get("import_id").isNull()).isTrue();

        assertThat(run("info", "--json", "--db", db)).isZero();
        JsonNode info = new ObjectMapper().readTree(out.toString()).get("counts");
        assertThat(info.get("person").asInt()).isZero();
    }

    @Test
    void theImportSaysWhatItDidAndTheSecondTimeWarns() {
        assertThat(run("import", "roster", "--file", sample, "--db", db)).isZero();
        assertThat(out.toString()).contains("นวัตกรใหม่: 6").contains("ไม่นำเข้า: 9")
                .contains("แถวที่ 6 – ซ้ำในไฟล์: นวัตกรเดียวกับแถวที่ 2").contains("นำเข้าเรียบร้อยแล้ว");

        assertThat(run("import", "roster", "--file", sample, "--json", "--db", db, "--lang", "en")).isZero();
        assertThat(err.toString()).contains("this file was already imported");
        assertThat(run("import", "roster", "--file", folder.resolve("missing.csv").toString(), "--db", db))
                .isEqualTo(Cli.USER_ERROR);
    }
}
