package th.or.dga.dgtidesk.db;

import org.jooq.DSLContext;

/** Settings for writing many rows in one transaction (demo data, imports). */
public final class BulkLoad {

    private BulkLoad() {
    }

    /**
     * Checks foreign keys at commit instead of per row, so related tables can be written in
     * batches in any order; a dangling reference still fails the whole transaction. SQLite turns
     * this off again by itself when the transaction ends.
     */
    public static void deferForeignKeys(DSLContext tx) {
        tx.execute("PRAGMA defer_foreign_keys = ON");
    }
}
