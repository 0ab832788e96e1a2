package th.or.dga.dgtidesk.db;

import java.util.Arrays;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;

/** The schema is the Flyway migrations in {@code db/migration/sqlite}; this applies and inspects them. */
public final class Migrations {

    public static final String LOCATION = "classpath:db/migration/sqlite";

    private Migrations() {
    }

    static Flyway flyway(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations(LOCATION)
                .loggers("slf4j")
                .load();
    }

    /** What the file holds compared with the migrations this version of the application knows. */
    public record Status(String currentVersion, String latestKnownVersion, int pending, boolean newerThanApp) {
        public boolean upToDate() {
            return pending == 0 && !newerThanApp;
        }
    }

    /** A file from a newer version shows as FUTURE_* migrations; {@link DatabaseInspector} refuses it. */
    static Status status(DataSource dataSource) {
        MigrationInfoService info = flyway(dataSource).info();
        MigrationInfo current = info.current();
        boolean newer = Arrays.stream(info.all()).anyMatch(m -> m.getState() == MigrationState.FUTURE_SUCCESS
                || m.getState() == MigrationState.FUTURE_FAILED);
        String latestKnown = Arrays.stream(info.all())
                .filter(m -> m.getState() != MigrationState.FUTURE_SUCCESS && m.getState() != MigrationState.FUTURE_FAILED)
                .map(m -> m.getVersion().getVersion())
                .reduce((a, b) -> b)
                .orElse("0");
        return new Status(
                Optional.ofNullable(current).map(m -> m.getVersion().getVersion()).orElse("0"),
                latestKnown,
                info.pending().length,
                newer);
    }

    static int migrate(DataSource dataSource) {
        return flyway(dataSource).migrate().migrationsExecuted;
    }
}
