package th.or.dga.dgtidesk.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.or.dga.dgtidesk.common.CancelledException;
import th.or.dga.dgtidesk.common.ProgressMonitor;
import th.or.dga.dgtidesk.kpi.KpiFixture;

class OpenDataWriterTest {

    @TempDir
    Path folder;

    private KpiFixture fixture;
    private Path out;

    @BeforeEach
    void setUp() {
        fixture = new KpiFixture(folder.resolve("db"));
        out = folder.resolve("open");
    }

    @AfterEach
    void close() {
        fixture.context.close();
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        try (CSVParser parser = CSVParser.parse(text, CSVFormat.DEFAULT.builder().setHeader()
                .setSkipHeaderRecord(true).get())) {
            return parser.getRecords();
        }
    }

    @Test
    void everyDatasetHasItsCsvItsDictionaryAndAnEntryInTheMetadata() throws IOException {
        List<Path> files = fixture.context.openDataWriter().write(out, ProgressMonitor.NONE);
        List<String> datasets = List.of("workshops", "attendance_by_sector", "attendance_by_province", "innovators",
                "solutions", "agency_needs", "match_pipeline");
        for (String dataset : datasets) {
            assertThat(out.resolve(dataset + ".csv")).exists();
            List<CSVRecord> dictionary = read(out.resolve(dataset + ".dictionary.csv"));
            assertThat(dictionary.get(0).getParser().getHeaderNames())
                    .containsExactly("field_name", "data_type", "description_th", "description_en");
            try (CSVParser parser = CSVParser.parse(Files.readString(out.resolve(dataset + ".csv")).substring(1),
                    CSVFormat.DEFAULT.builder().setHeader().get())) {
                assertThat(parser.getHeaderNames()).containsExactlyElementsOf(
                        dictionary.stream().map(r -> r.get("field_name")).toList());
                assertThat(parser.getHeaderNames()).allMatch(name -> name.matches("[a-z][a-z0-9_]*"));
            }
        }
        assertThat(files).hasSize(datasets.size() * 2 + 1);
        JsonNode metadata = new ObjectMapper().readTree(out.resolve(OpenDataWriter.METADATA).toFile());
        assertThat(metadata.get("datasets")).hasSize(datasets.size());
        JsonNode workshops = metadata.get("datasets").get(0);
        assertThat(workshops.get("title").asText()).isEqualTo("กิจกรรมของศูนย์ DGTi");
        assertThat(workshops.get("owner_org").asText()).isEqualTo("ศูนย์ทดสอบ");
        assertThat(workshops.get("license_id").asText()).isEqualTo("Open Data Common");
        assertThat(workshops.get("last_year_of_data").asText()).isEqualTo("2570");
        for (String key : List.of("notes", "data_category", "update_frequency_unit", "geo_coverage")) {
            assertThat(workshops.get(key).asText()).as(key).isNotBlank();
        }
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left).noneMatch(p -> p.getFileName().toString().startsWith("."));
        }
    }

    @Test
    void onlyConsentingInnovatorsPublicNeedsAndNoPersonalData() throws IOException {
        fixture.context.openDataWriter().write(out, ProgressMonitor.NONE);
        assertThat(read(out.resolve("innovators.csv"))).extracting(r -> r.get("innovator_id"))
                .containsExactlyInAnyOrder("i1", "i3");
        assertThat(read(out.resolve("solutions.csv"))).extracting(r -> r.get("solution_id")).containsExactly("s1");
        assertThat(read(out.resolve("agency_needs.csv"))).extracting(r -> r.get("need_id"))
                .containsExactly("n3", "n1");
        try (Stream<Path> files = Files.list(out)) {
            for (Path file : files.toList()) {
                assertThat(Files.readString(file)).doesNotContain("@example.go.th").doesNotContain("0812345678")
                        .doesNotContain("สมชาย");
            }
        }
    }

    @Test
    void smallCountsAreSuppressedWithTheirComplementInEveryBreakdown() throws IOException {
        fixture.context.openDataWriter().write(out, ProgressMonitor.NONE);
        // Fiscal year 2570 to 25 Nov 2026: A and D (government agency), C (unknown sector): total 3.
        List<CSVRecord> fy2570 = read(out.resolve("attendance_by_sector.csv")).stream()
                .filter(r -> r.get("fiscal_year_be").equals("2570")).toList();
        assertThat(fy2570).filteredOn(r -> r.get("sector").equals("government_agency"))
                .extracting(r -> r.get("participants")).containsExactly("<5");
        assertThat(fy2570).filteredOn(r -> r.get("sector").equals("total"))
                .extracting(r -> r.get("participants")).containsExactly("<5");
        assertThat(fy2570).filteredOn(r -> r.get("sector").equals("startup"))
                .extracting(r -> r.get("participants")).containsExactly("0");
        assertThat(fy2570.stream().map(r -> r.get("participants")))
                .allMatch(value -> value.equals("0") || value.equals("<5") || value.equals("x"));
        // The pipeline (1 adopted, 1 introduced, 1 declined; total 3) is all small.
        assertThat(read(out.resolve("match_pipeline.csv"))).extracting(r -> r.get("matches"))
                .containsOnly("0", "<5");
        // Attendance per completed workshop.
        assertThat(read(out.resolve("workshops.csv"))).filteredOn(r -> r.get("workshop_code").equals("MAIN"))
                .extracting(r -> r.get("attended"), r -> r.get("fiscal_year_be"), r -> r.get("start_date"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("<5", "2570", "2026-11-16"));
    }

    @Test
    void aCancelledExportChangesNothing() throws IOException {
        Files.createDirectories(out);
        ProgressMonitor cancelAtOnce = new ProgressMonitor() {
            @Override
            public void progress(double fraction, String step) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> fixture.context.openDataWriter().write(out, cancelAtOnce))
                .isInstanceOf(CancelledException.class);
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left).isEmpty();
        }
    }
}
