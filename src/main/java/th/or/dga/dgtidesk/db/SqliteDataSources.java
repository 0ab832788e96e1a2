package th.or.dga.dgtidesk.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.text.Collator;
import org.sqlite.Collation;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteDataSource;
import th.or.dga.dgtidesk.common.ThaiText;

/**
 * Every connection to a data file is made here, so each one has the same pragmas and the Thai
 * collation. The collation is registered per connection and never named in the DDL: a file
 * must stay readable by any SQLite tool.
 */
public final class SqliteDataSources {

    /** Name of the Thai collation available on every connection ({@code ORDER BY x COLLATE THAI}). */
    public static final String THAI_COLLATION = "THAI";

    private static final int BUSY_TIMEOUT_MS = 5_000;
    /** Negative: KiB, not pages (32 MB per connection). */
    private static final int CACHE_KIB = -32_768;
    private static final long MMAP_BYTES = 256L * 1024 * 1024;

    private SqliteDataSources() {
    }

    /** Read-write: WAL, foreign keys, busy timeout, immediate write transactions. */
    public static SQLiteDataSource readWrite(Path file) {
        SQLiteConfig config = baseConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        // Writers take the lock at BEGIN, so two writers queue instead of failing half-way.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        return dataSource(file, config);
    }

    /**
     * Read-only: used to inspect a file before trusting it and by the read-only commands. It
     * sets no journal mode, so inspecting a refused file never changes a byte of it.
     */
    public static SQLiteDataSource readOnly(Path file) {
        SQLiteConfig config = baseConfig();
        config.setReadOnly(true);
        return dataSource(file, config);
    }

    private static SQLiteConfig baseConfig() {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        // A national-size file is a few hundred MB: keep the hot pages in SQLite's own cache and
        // read the rest through memory mapping instead of a system call per page.
        config.setCacheSize(CACHE_KIB);
        config.setPragma(SQLiteConfig.Pragma.MMAP_SIZE, String.valueOf(MMAP_BYTES));
        return config;
    }

    private static SQLiteDataSource dataSource(Path file, SQLiteConfig config) {
        SQLiteDataSource dataSource = new ThaiCollatingDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return dataSource;
    }

    /** Registers the Thai collation on a connection made elsewhere (tests, plain-JDBC floors). */
    public static void registerThaiCollation(Connection connection) throws SQLException {
        Collator collator = ThaiText.collator();
        Collation.create(connection, THAI_COLLATION, new Collation() {
            @Override
            protected int xCompare(String a, String b) {
                return collator.compare(a, b);
            }
        });
    }

    private static final class ThaiCollatingDataSource extends SQLiteDataSource {
        private static final long serialVersionUID = 1L;

        ThaiCollatingDataSource(SQLiteConfig config) {
            super(config);
        }

        @Override
        public SQLiteConnection getConnection(String username, String password) throws SQLException {
            SQLiteConnection connection = super.getConnection(username, password);
            registerThaiCollation(connection);
            return connection;
        }
    }
}
