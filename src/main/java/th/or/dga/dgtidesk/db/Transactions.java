package th.or.dga.dgtidesk.db;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.jooq.DSLContext;
import th.or.dga.dgtidesk.common.UserException;

/**
 * The one way services set a transaction boundary. SQLite has one writer at a time, so writes
 * are serialised here (fairly, in arrival order) rather than left to fail with SQLITE_BUSY.
 */
public final class Transactions {

    /** Work inside a transaction; repositories receive the transaction's {@link DSLContext}. */
    @FunctionalInterface
    public interface Work<T> {
        T run(DSLContext tx) throws Exception;
    }

    private final DSLContext dsl;
    private final boolean readOnly;
    private final ReentrantLock writeLock = new ReentrantLock(true);

    Transactions(DSLContext dsl, boolean readOnly) {
        this.dsl = dsl;
        this.readOnly = readOnly;
    }

    /** Runs {@code work} in one write transaction: all of it is saved, or none of it. */
    public <T> T write(Work<T> work) {
        if (readOnly) {
            throw new UserException("db.readOnly");
        }
        writeLock.lock();
        try {
            return dsl.transactionResult(configuration -> work.run(configuration.dsl()));
        } finally {
            writeLock.unlock();
        }
    }

    /** Runs {@code work} without a write lock; each query sees a consistent snapshot (WAL). */
    public <T> T read(Function<DSLContext, T> work) {
        return work.apply(dsl);
    }
}
