package th.or.dga.dgtidesk.cli;

import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.demo.DemoDataGenerator;
import th.or.dga.dgtidesk.demo.DemoScale;
import th.or.dga.dgtidesk.demo.DemoSummary;

/** {@code demo --scale small|national [--seed N]}: creates the data file when missing and fills it with demo data. */
@Command(name = "demo", description = "Create the data file if missing and fill it with deterministic demo data.")
final class DemoCommand extends CenterCommand {

    @Option(names = "--scale", paramLabel = "small|national", required = true, converter = ScaleConverter.class,
            description = "small: the demo center (a few hundred rows); national: benchmark size.")
    DemoScale scale;

    @Option(names = "--seed", defaultValue = "2569", description = "Seed: the same seed gives the same data (default 2569).")
    long seed;

    @Override
    public Integer call() {
        try (CenterContext context = openForWriting()) {
            long start = System.nanoTime();
            DemoSummary summary = new DemoDataGenerator(context.database().transactions(), clock).generate(scale, seed,
                    (done, total, step) -> output.note(String.format("[%d/%d] %s", done, total, step)));
            long millis = (System.nanoTime() - start) / 1_000_000;
            output.line(messages().get("demo.done", context.database().file().toString(), summary.totalRows(), millis));
        }
        return Cli.OK;
    }

    /** "small" or "national", in any case. */
    static final class ScaleConverter implements ITypeConverter<DemoScale> {
        @Override
        public DemoScale convert(String value) {
            try {
                return DemoScale.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("expected small or national, not " + value);
            }
        }
    }
}
