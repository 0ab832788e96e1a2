package th.or.dga.dgtidesk.db;

import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import th.or.dga.dgtidesk.common.ThaiText;

/**
 * Loads the data layer's classes (SQLite's native library, jOOQ, the Thai collator) on a
 * spare core while the window toolkit starts, so opening the data file afterwards is quick. It
 * opens nothing and keeps nothing.
 */
public final class WarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(WarmUp.class);

    private WarmUp() {
    }

    public static void startInBackground() {
        Thread thread = new Thread(WarmUp::run, "data-layer-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private static void run() {
        try {
            org.sqlite.SQLiteJDBCLoader.initialize();
            DSL.using(SQLDialect.SQLITE).selectOne().getSQL();
            ThaiText.sortKey("อุ่นเครื่อง");
            Class.forName("com.zaxxer.hikari.HikariDataSource");
        } catch (Exception | LinkageError e) {
            // Only a head start: anything missing shows up, with a clear message, when the file opens.
            LOG.debug("Warm-up stopped early", e);
        }
    }
}
