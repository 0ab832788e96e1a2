package th.or.dga.dgtidesk.db;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.Table;
import th.or.dga.dgtidesk.db.generated.DefaultSchema;

/** What {@code info} reports about a data file. */
public final class DatabaseInfo {

    private DatabaseInfo() {
    }

    /** Rows in every table of the schema, by table name, in schema order. */
    public static Map<String, Integer> counts(Database database) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            counts.put(table.getName(), database.dsl().fetchCount(table));
        }
        return counts;
    }

    /** "ok", or the first problem {@code PRAGMA integrity_check} finds. */
    public static String integrity(Database database) {
        try (var connection = database.dataSource().getConnection()) {
            return DatabaseInspector.integrityCheck(connection);
        } catch (java.sql.SQLException e) {
            return e.getMessage();
        }
    }
}
