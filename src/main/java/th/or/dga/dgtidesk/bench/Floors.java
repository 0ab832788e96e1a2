package th.or.dga.dgtidesk.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The floors: the same work by plain JDBC on the same file, with nothing of ours in between.
 * Plain SQL is allowed here (CONVENTIONS.md): a floor must not go through the layers it measures.
 */
final class Floors {

    static final String SORTED_PAGE = "SELECT p.id, p.title_prefix, p.first_name_th, p.last_name_th, p.email, p.phone,"
            + " o.name_th FROM person p LEFT JOIN organization o ON o.id = p.organization_id"
            + " WHERE p.merged_into_id IS NULL ORDER BY p.sort_key LIMIT 100";
    private Floors() {
    }

    /** A bare connection with the same page cache and memory mapping as the application's, and nothing else. */
    static Connection connect(Path file) throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA cache_size = -32768");
            statement.execute("PRAGMA mmap_size = 268435456");
        }
        return connection;
    }

    /** Opening the file and asking it one question. */
    static void openAndQuery(Path file) throws SQLException {
        try (Connection connection = connect(file); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT count(*) FROM sqlite_master")) {
            rs.next();
        }
    }

    static int drain(PreparedStatement statement) throws SQLException {
        int rows = 0;
        try (ResultSet rs = statement.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int c = 1; c <= columns; c++) {
                    rs.getString(c);
                }
                rows++;
            }
        }
        return rows;
    }

    /** Writing {@code rows} two-column rows in one transaction: the least a generator of that many rows costs. */
    static void bulkInsert(Path file, long rows) throws SQLException {
        try (Connection connection = connect(file)) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA journal_mode = WAL");
                statement.execute("CREATE TABLE floor_rows (id TEXT NOT NULL PRIMARY KEY, payload TEXT)");
            }
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO floor_rows VALUES (?, ?)")) {
                for (long i = 0; i < rows; i++) {
                    insert.setString(1, java.util.UUID.randomUUID().toString());
                    insert.setString(2, "แถวที่ " + i);
                    insert.addBatch();
                    if (i % 1000 == 999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            connection.commit();
        }
    }
}
