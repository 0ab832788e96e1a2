package th.or.dga.dgtidesk.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.center.Center;
import th.or.dga.dgtidesk.db.DatabaseInfo;

/** {@code info [--json]}: the file, its schema version, the center, integrity and row counts. Read-only. */
@Command(name = "info", description = "Show the data file, schema version, center, integrity and row counts.")
final class InfoCommand extends CenterCommand {

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Override
    public Integer call() {
        try (CenterContext context = openReadOnly()) {
            Map<String, Object> info = new LinkedHashMap<>();
            info.put("file", context.database().file().toString());
            info.put("schema_version", context.database().migrationStatus().currentVersion());
            Center center = context.centerService().center().orElse(null);
            info.put("center", center == null ? null : centerJson(center));
            info.put("integrity", DatabaseInfo.integrity(context.database()));
            info.put("counts", DatabaseInfo.counts(context.database()));
            if (json) {
                output.json(info);
            } else {
                print(info, center);
            }
        }
        return Cli.OK;
    }

    private static Map<String, Object> centerJson(Center center) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", center.code());
        json.put("name_th", center.nameTh());
        json.put("name_en", center.nameEn());
        return json;
    }

    private void print(Map<String, Object> info, Center center) {
        boolean english = "en".equals(root.language);
        output.line(messages().get("info.file", info.get("file")));
        output.line(messages().get("info.schemaVersion", info.get("schema_version")));
        output.line(messages().get("info.center", center == null ? messages().get("info.noCenter")
                : center.code() + " " + center.name(english)));
        output.line(messages().get("info.integrity", info.get("integrity")));
        @SuppressWarnings("unchecked")
        Map<String, Integer> counts = (Map<String, Integer>) info.get("counts");
        counts.forEach((table, count) -> output.line(String.format("  %-28s %,12d", table, count)));
    }
}
