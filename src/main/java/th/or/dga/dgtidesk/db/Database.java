package th.or.dga.dgtidesk.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteDataSource;
import th.or.dga.dgtidesk.db.DatabaseInspector.Inspection;
import th.or.dga.dgtidesk.db.DatabaseInspector.Kind;
import th.or.dga.dgtidesk.db.DatabaseRefusedException.Reason;

/**
 * An open data file. Opening for writing inspects the file (refusing a newer, corrupted, locked
 * or foreign one), takes the writer lock, backs the file up when migrations are pending, and
 * applies them. Opening read-only takes no lock and changes nothing.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    public enum Mode { READ_WRITE, READ_ONLY }

    private final Path file;
    private final Mode mode;
    private final HikariDataSource pool;
    private final WriterLock lock;
    private final DSLContext dsl;
    private final Transactions transactions;
    private final boolean createdNow;

    private Database(Path file, Mode mode, HikariDataSource pool, WriterLock lock, boolean createdNow) {
        this.file = file;
        this.mode = mode;
        this.pool = pool;
        this.lock = lock;
        this.createdNow = createdNow;
        this.dsl = DSL.using(pool, SQLDialect.SQLITE);
        this.transactions = new Transactions(dsl, mode == Mode.READ_ONLY);
    }

    /**
     * Opens {@code file} for the application or a writing command, creating it when missing.
     * Before any migration of an existing file, an online backup goes to {@code backupFolder}.
     */
    public static Database openForWriting(Path file, Path backupFolder, Clock clock) {
        Path absolute = file.toAbsolutePath();
        Inspection inspection = inspectNamingBackup(absolute, backupFolder);
        try {
            Files.createDirectories(absolute.getParent());
        } catch (IOException e) {
            throw new DatabaseRefusedException(Reason.UNREADABLE, absolute, null, e);
        }
        WriterLock lock = WriterLock.acquire(absolute);
        HikariDataSource pool = null;
        try {
            pool = pool(SqliteDataSources.readWrite(absolute), 4, absolute, false);
            boolean createdNow = inspection.kind() == Kind.NEW;
            if (!createdNow && inspection.status().pending() > 0) {
                Path backup = Backups.backupBeforeMigration(pool, backupFolder, inspection.status(), clock);
                LOG.info("Backed up {} to {} before migrating from version {}", absolute, backup,
                        inspection.status().currentVersion());
            }
            if (createdNow || inspection.status().pending() > 0) {
                try {
                    int applied = Migrations.migrate(pool);
                    LOG.info("Applied {} migration(s) to {}", applied, absolute);
                } catch (RuntimeException e) {
                    // Each migration is one transaction: the file stays as it was, and was backed up first.
                    LOG.error("Migrating {} failed", absolute, e);
                    throw new DatabaseRefusedException(Reason.MIGRATION_FAILED, absolute, null, e);
                }
            }
            return new Database(absolute, Mode.READ_WRITE, pool, lock, createdNow);
        } catch (RuntimeException e) {
            if (pool != null) {
                pool.close();
            }
            lock.close();
            if (e instanceof DatabaseRefusedException refused) {
                throw refused;
            }
            throw new DatabaseRefusedException(Reason.UNREADABLE, absolute, null, e);
        }
    }

    /**
     * Opens an existing file read-only (info, backup, reports): no lock, so it works while the
     * application has the file open; nothing in the file changes.
     */
    public static Database openReadOnly(Path file) {
        Path absolute = file.toAbsolutePath();
        if (!Files.exists(absolute)) {
            throw new th.or.dga.dgtidesk.common.UserException("db.missing", absolute.toString());
        }
        Inspection inspection = DatabaseInspector.inspect(absolute);
        if (inspection.kind() == Kind.NEW) {
            throw new DatabaseRefusedException(Reason.NOT_DGTI, absolute, null, null);
        }
        return new Database(absolute, Mode.READ_ONLY, pool(SqliteDataSources.readOnly(absolute), 2, absolute, true),
                null, false);
    }

    private static Inspection inspectNamingBackup(Path file, Path backupFolder) {
        try {
            return DatabaseInspector.inspect(file);
        } catch (DatabaseRefusedException e) {
            if (e.reason() == Reason.LOCKED) {
                throw e;
            }
            throw Backups.newestGoodBackup(backupFolder).map(e::withNewestGoodBackup).orElse(e);
        }
    }

    private static HikariDataSource pool(SQLiteDataSource dataSource, int size, Path file, boolean readOnly) {
        HikariConfig config = new HikariConfig();
        config.setDataSource(dataSource);
        config.setPoolName("dgti-" + file.getFileName());
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(1);
        // Must match the SQLite connection's own flag, which cannot change once it is open.
        config.setReadOnly(readOnly);
        // Connections to a local file do not go stale; keep them with their page cache.
        config.setIdleTimeout(0);
        config.setMaxLifetime(0);
        return new HikariDataSource(config);
    }

    public Path file() {
        return file;
    }

    public Mode mode() {
        return mode;
    }

    /** True when this open created the file (a new, empty center). */
    public boolean createdNow() {
        return createdNow;
    }

    /** For repositories and {@code db/} helpers only; services go through {@link #transactions()}. */
    public DSLContext dsl() {
        return dsl;
    }

    public DataSource dataSource() {
        return pool;
    }

    public Transactions transactions() {
        return transactions;
    }

    public Migrations.Status migrationStatus() {
        try (var connection = pool.getConnection()) {
            return Migrations.quickStatus(connection);
        } catch (java.sql.SQLException e) {
            throw new DatabaseRefusedException(DatabaseRefusedException.Reason.UNREADABLE, file, null, e);
        }
    }

    @Override
    public void close() {
        pool.close();
        if (lock != null) {
            lock.close();
        }
    }
}
