package th.or.dga.dgtidesk.demo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/**
 * Writes many rows of one table through a single prepared INSERT with bind values, a thousand
 * rows per batch. Counts rows per table for the summary.
 */
final class BatchWriter {

    private static final int BATCH = 1_000;

    private final DSLContext tx;
    private final Map<String, Integer> counts = new LinkedHashMap<>();

    BatchWriter(DSLContext tx) {
        this.tx = tx;
    }

    Map<String, Integer> counts() {
        return counts;
    }

    /** A batch for {@code fields} of {@code table}; call {@link Rows#add} per row and {@link Rows#close} at the end. */
    Rows into(Table<?> table, Field<?>... fields) {
        return new Rows(table, fields);
    }

    final class Rows implements AutoCloseable {
        private final Table<?> table;
        private final Field<?>[] fields;
        private BatchBindStep batch;
        private int pending;

        private Rows(Table<?> table, Field<?>[] fields) {
            this.table = table;
            this.fields = fields;
        }

        void add(Object... values) {
            if (values.length != fields.length) {
                throw new IllegalArgumentException(table.getName() + ": " + values.length + " values for "
                        + fields.length + " columns");
            }
            if (batch == null) {
                batch = tx.batch(tx.insertInto(table).columns(fields).values(Collections.nCopies(fields.length, null)));
            }
            batch.bind(values);
            counts.merge(table.getName(), 1, Integer::sum);
            if (++pending == BATCH) {
                flush();
            }
        }

        private void flush() {
            if (pending > 0) {
                batch.execute();
                batch = null;
                pending = 0;
            }
        }

        @Override
        public void close() {
            flush();
        }
    }
}
