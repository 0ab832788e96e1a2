package th.or.dga.dgtidesk.opendata;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import th.or.dga.dgtidesk.center.Center;
import th.or.dga.dgtidesk.center.CenterService;
import th.or.dga.dgtidesk.common.AtomicFile;
import th.or.dga.dgtidesk.common.CalendarSystem;
import th.or.dga.dgtidesk.common.ProgressMonitor;
import th.or.dga.dgtidesk.common.Times;
import th.or.dga.dgtidesk.common.UserException;

/**
 * Writes the open-data package into a folder: per dataset {@code <name>.csv} and
 * {@code <name>.dictionary.csv} (UTF-8 with a byte-order mark, so Excel reads Thai correctly),
 * and one {@code metadata.json} in the field names of Thailand's government data catalogue
 * (CKAN with the thai-gdc schema, as on data.go.th). Everything is written into a hidden
 * folder first and moved in only when all of it is done: a cancelled or failed export changes nothing.
 */
public final class OpenDataWriter {

    public static final String METADATA = "metadata.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final OpenDataCatalog catalog;
    private final CenterService centers;
    private final Clock clock;

    public OpenDataWriter(OpenDataCatalog catalog, CenterService centers, Clock clock) {
        this.catalog = catalog;
        this.centers = centers;
        this.clock = clock;
    }

    /** Writes every dataset into {@code folder} (made if missing) and returns the files written. */
    public List<Path> write(Path folder, ProgressMonitor monitor) {
        Path target = folder.toAbsolutePath();
        LocalDateTime now = Times.toBangkok(Times.nowUtc(clock));
        monitor.progress(0, target.toString());
        List<OpenDataset> datasets = catalog.datasets(now.toLocalDate());
        monitor.checkCancelled();
        Path staging = staging(target);
        try {
            List<Path> written = new ArrayList<>();
            for (int i = 0; i < datasets.size(); i++) {
                OpenDataset dataset = datasets.get(i);
                monitor.progress(0.2 + 0.7 * i / datasets.size(), dataset.name());
                written.add(csv(staging.resolve(dataset.name() + ".csv"), dataset.fields().stream()
                        .map(OpenDataset.Field::name).toList(), dataset.rows()));
                written.add(csv(staging.resolve(dataset.name() + ".dictionary.csv"),
                        List.of("field_name", "data_type", "description_th", "description_en"),
                        dataset.fields().stream().map(f -> List.of(f.name(), f.type(), f.descriptionTh(),
                                f.descriptionEn())).toList()));
                monitor.checkCancelled();
            }
            written.add(metadata(staging.resolve(METADATA), datasets, now));
            monitor.checkCancelled();
            List<Path> moved = new ArrayList<>();
            for (Path file : written) {
                Path destination = target.resolve(file.getFileName().toString());
                AtomicFile.moveReplacing(file, destination);
                moved.add(destination);
            }
            monitor.progress(1, target.toString());
            return moved;
        } catch (IOException e) {
            throw new UserException(e, "export.cannotWrite", target.toString());
        } finally {
            deleteRecursively(staging);
        }
    }

    private static Path staging(Path target) {
        try {
            Files.createDirectories(target);
            return Files.createTempDirectory(target, ".opendata-");
        } catch (IOException | SecurityException e) {
            throw new UserException(e, "export.cannotWrite", target.toString());
        }
    }

    private static Path csv(Path file, List<String> header, List<List<String>> rows) throws IOException {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writer.write('\uFEFF');
            CSVPrinter printer = new CSVPrinter(writer,
                    CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get());
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
            printer.flush();
        }
        return file;
    }

    private Path metadata(Path file, List<OpenDataset> datasets, LocalDateTime now) throws IOException {
        Center center = centers.center().orElse(null);
        String publisher = center == null ? "" : center.name(false);
        int thisYear = now.getYear() + CalendarSystem.BE_OFFSET;
        List<Map<String, Object>> entries = new ArrayList<>();
        for (OpenDataset dataset : datasets) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", dataset.name().replace('_', '-'));
            entry.put("title", dataset.titleTh());
            entry.put("title_en", dataset.titleEn());
            entry.put("notes", dataset.descriptionTh());
            entry.put("notes_en", dataset.descriptionEn());
            entry.put("data_type", dataset.dataType());
            entry.put("owner_org", publisher);
            entry.put("maintainer", publisher);
            entry.put("publisher_en", center == null ? "" : center.name(true));
            entry.put("objective", List.of("พันธกิจหน่วยงาน"));
            entry.put("data_category", "ข้อมูลสาธารณะ");
            entry.put("update_frequency_unit", "เดือน");
            entry.put("update_frequency_interval", 1);
            entry.put("geo_coverage", "ประเทศ");
            entry.put("data_source", publisher);
            entry.put("data_format", List.of("CSV"));
            entry.put("data_language", List.of("ไทย", "อังกฤษ"));
            entry.put("license_id", "Open Data Common");
            entry.put("first_year_of_data", dataset.firstYear() == 0 ? null : Integer.toString(dataset.firstYear()));
            entry.put("last_year_of_data",
                    Integer.toString(dataset.lastYear() == 0 ? thisYear : dataset.lastYear()));
            entry.put("created", now.toLocalDate().toString());
            entry.put("resources", List.of(resource(dataset.name() + ".csv", dataset.titleTh()),
                    resource(dataset.name() + ".dictionary.csv", "พจนานุกรมข้อมูล " + dataset.titleTh())));
            entries.add(entry);
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("publisher", publisher);
        document.put("generated_at", now.toString());
        document.put("timezone", Times.BANGKOK.getId());
        document.put("datasets", entries);
        Files.writeString(file, JSON.writeValueAsString(document), StandardCharsets.UTF_8);
        return file;
    }

    private static Map<String, Object> resource(String fileName, String name) {
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("name", name);
        resource.put("url", fileName);
        resource.put("format", "CSV");
        resource.put("encoding", "UTF-8 with BOM");
        return resource;
    }

    private static void deleteRecursively(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException ignored) {
            // A leftover hidden staging folder is harmless; the export itself already succeeded or failed.
        }
    }
}
