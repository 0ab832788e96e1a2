package th.or.dga.dgtidesk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import th.or.dga.dgtidesk.bench.BenchResult;
import th.or.dga.dgtidesk.bench.BenchRunner;
import th.or.dga.dgtidesk.demo.DemoScale;

/**
 * {@code bench [--scale small|national] [--seed N] [--json]}: builds a throw-away center with the
 * demo generator and prints each hot path's median and p95 next to a floor measured in the same run.
 */
@Command(name = "bench", description = "Time the hot paths on a throw-away demo center, next to their floors.")
final class BenchCommand extends CenterCommand {

    @Option(names = "--scale", paramLabel = "small|national", defaultValue = "small",
            converter = DemoCommand.ScaleConverter.class, description = "Size of the throw-away center (default small).")
    DemoScale scale;

    @Option(names = "--seed", defaultValue = "2569", description = "Seed of the generator (default 2569).")
    long seed;

    @Option(names = "--json", description = "Print one JSON list of entries.")
    boolean json;

    @Option(names = "--only", split = ",", paramLabel = "NAME[,NAME…]",
            description = "Only these entries (generate and open-db always run), e.g. --only kpi-fiscal-year,merge.")
    Set<String> only;

    @Override
    public Integer call() throws Exception {
        Path work = Files.createTempDirectory("dgti-bench-");
        List<BenchResult> results = new BenchRunner(work, clock, step -> output.note("… " + step))
                .run(scale, seed, name -> only == null || only.contains(name));
        if (only != null) {
            Set<String> unknown = new TreeSet<>(only);
            results.forEach(result -> unknown.remove(result.name()));
            if (!unknown.isEmpty()) {
                output.note("no bench entry is named " + String.join(", ", unknown));
            }
        }
        if (json) {
            output.json(toJson(results));
        } else {
            print(results);
        }
        return Cli.OK;
    }

    private static List<Map<String, Object>> toJson(List<BenchResult> results) {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (BenchResult result : results) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", result.name());
            entry.put("median_ms", round(result.medianMs()));
            entry.put("p95_ms", round(result.p95Ms()));
            entry.put("floor_p95_ms", round(result.floorP95Ms()));
            entry.put("ratio", round(result.ratio()));
            entry.put("samples", result.samples());
            entry.put("target_p95_ms", result.targetP95Ms());
            entry.put("meets_target", result.meetsTarget());
            entry.put("floor", result.floor());
            if (result.peakHeapMb() != null) {
                entry.put("peak_heap_mb", round(result.peakHeapMb()));
            }
            entries.add(entry);
        }
        return entries;
    }

    private void print(List<BenchResult> results) {
        output.line(String.format(Locale.ROOT, "%-22s %10s %10s %12s %7s %10s  %s", "name", "median_ms", "p95_ms",
                "floor_p95_ms", "ratio", "target", "floor"));
        for (BenchResult r : results) {
            output.line(String.format(Locale.ROOT, "%-22s %10.2f %10.2f %12.2f %7.2f %10s  %s", r.name(), r.medianMs(),
                    r.p95Ms(), r.floorP95Ms(), r.ratio(),
                    r.targetP95Ms() == null ? "-" : (r.meetsTarget() ? "≤" : "MISSED ") + r.targetP95Ms(),
                    r.floor() + (r.peakHeapMb() == null ? ""
                            : String.format(Locale.ROOT, " [peak heap %.0f MB]", r.peakHeapMb()))));
        }
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
