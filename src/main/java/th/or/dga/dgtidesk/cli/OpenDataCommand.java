package th.or.dga.dgtidesk.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.common.ProgressMonitor;

/**
 * {@code opendata --out DIR}: the anonymised open-data package (CSV, data dictionaries, catalogue
 * metadata). Opens the data file read-only, so it works while the application is open.
 */
@Command(name = "opendata", description = "Write the open-data package (CSV, dictionaries, metadata) into DIR.")
final class OpenDataCommand extends CenterCommand {

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder to write into (made if missing).")
    Path out;

    @Override
    public Integer call() {
        try (CenterContext context = openReadOnly()) {
            List<Path> files = context.openDataWriter().write(out, ProgressMonitor.NONE);
            output.line(messages().get("opendata.done", files.size(), out.toAbsolutePath().toString()));
        }
        return Cli.OK;
    }
}
