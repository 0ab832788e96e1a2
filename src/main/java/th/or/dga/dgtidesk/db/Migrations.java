package th.or.dga.dgtidesk.db;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** The schema is the Flyway migrations in {@code db/migration/sqlite}; this applies and inspects them. */
public final class Migrations {

    public static final String LOCATION = "classpath:db/migration/sqlite";

    /**
     * The newest migration this version ships. Opening an up-to-date file then needs no Flyway at
     * all (its start-up costs half a second); a test checks this matches the migrations folder.
     */
    public static final int LATEST_VERSION = 7;

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

    /**
     * The status from the file's own history table, without Flyway: versions are whole numbers,
     * so "newer" and "pending" are a comparison with {@link #LATEST_VERSION}. A failed entry counts
     * as pending, so Flyway sees it and says what is wrong.
     */
    static Status quickStatus(java.sql.Connection connection) throws java.sql.SQLException {
        try (var statement = connection.createStatement();
             var rs = statement.executeQuery("SELECT version, success FROM flyway_schema_history"
                     + " WHERE version IS NOT NULL")) {
            int current = 0;
            boolean failed = false;
            while (rs.next()) {
                int version = Integer.parseInt(rs.getString(1).split("\\.")[0]);
                if (rs.getBoolean(2)) {
                    current = Math.max(current, version);
                } else {
                    failed = true;
                }
            }
            int pending = Math.max(0, LATEST_VERSION - current) + (failed ? 1 : 0);
            return new Status(String.valueOf(current), String.valueOf(LATEST_VERSION), pending,
                    current > LATEST_VERSION);
        }
    }

    static int migrate(DataSource dataSource) {
        return flyway(dataSource).migrate().migrationsExecuted;
    }
}
