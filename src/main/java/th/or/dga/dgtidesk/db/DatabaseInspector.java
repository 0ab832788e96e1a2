package th.or.dga.dgtidesk.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteErrorCode;
import th.or.dga.dgtidesk.db.DatabaseRefusedException.Reason;

/**
 * Looks at a data file before it is trusted, through a read-only connection that changes
 * nothing: a refused file stays byte for byte as it was.
 */
public final class DatabaseInspector {

    /** {@code PRAGMA application_id} of every DGTi Desk file: 'DGTI' (set by migration V1). */
    public static final int APPLICATION_ID = 0x44475449;

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private DatabaseInspector() {
    }

    /** What a file turned out to be. */
    public enum Kind {
        /** Missing, empty, or an SQLite file without any table: a new database goes here. */
        NEW,
        /** A DGTi Desk database this version can open (perhaps after migrations). */
        DGTI
    }

    public record Inspection(Kind kind, Migrations.Status status) {
    }

    /** Inspects {@code file}; throws {@link DatabaseRefusedException} for a file that must not be opened. */
    public static Inspection inspect(Path file) {
        try {
            if (!Files.exists(file) || Files.size(file) == 0) {
                return new Inspection(Kind.NEW, null);
            }
            if (!hasSqliteHeader(file)) {
                throw new DatabaseRefusedException(Reason.NOT_DGTI, file, null, null);
            }
        } catch (IOException e) {
            throw new DatabaseRefusedException(Reason.UNREADABLE, file, null, e);
        }
        SQLiteDataSource dataSource = SqliteDataSources.readOnly(file);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            int applicationId = singleInt(statement, "PRAGMA application_id");
            int objects = singleInt(statement, "SELECT count(*) FROM sqlite_master");
            if (applicationId == 0 && objects == 0) {
                return new Inspection(Kind.NEW, null);
            }
            if (applicationId != APPLICATION_ID) {
                throw new DatabaseRefusedException(Reason.NOT_DGTI, file, null, null);
            }
            boolean hasHistory = singleInt(statement,
                    "SELECT count(*) FROM sqlite_master WHERE name = 'flyway_schema_history'") > 0;
            Migrations.Status status = hasHistory ? Migrations.quickStatus(connection)
                    : new Migrations.Status("0", String.valueOf(Migrations.LATEST_VERSION),
                            Migrations.LATEST_VERSION, false);
            if (status.newerThanApp()) {
                throw new DatabaseRefusedException(Reason.NEWER_VERSION, file, null, null);
            }
            return new Inspection(Kind.DGTI, status);
        } catch (SQLException e) {
            throw refusalFor(file, e);
        } catch (org.flywaydb.core.api.FlywayException e) {
            Throwable cause = e.getCause();
            throw cause instanceof SQLException sql ? refusalFor(file, sql)
                    : new DatabaseRefusedException(Reason.CORRUPTED, file, null, e);
        }
    }

    private static DatabaseRefusedException refusalFor(Path file, SQLException e) {
        int code = e.getErrorCode();
        boolean damaged = code == SQLiteErrorCode.SQLITE_CORRUPT.code || code == SQLiteErrorCode.SQLITE_NOTADB.code
                || (e.getMessage() != null && e.getMessage().contains("malformed"));
        return new DatabaseRefusedException(damaged ? Reason.CORRUPTED : Reason.UNREADABLE, file, null, e);
    }

    private static boolean hasSqliteHeader(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(SQLITE_HEADER.length), SQLITE_HEADER);
        }
    }

    private static int singleInt(Statement statement, String sql) throws SQLException {
        try (ResultSet rs = statement.executeQuery(sql)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /**
     * {@code PRAGMA integrity_check} on a file through a read-only connection: "ok" or the first
     * problem SQLite reports.
     */
    public static String integrityCheck(Path file) {
        try (Connection connection = SqliteDataSources.readOnly(file).getConnection()) {
            return integrityCheck(connection);
        } catch (SQLException e) {
            return e.getMessage();
        }
    }

    static String integrityCheck(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("PRAGMA integrity_check(1)")) {
            return rs.next() ? rs.getString(1) : "no result";
        }
    }
}
