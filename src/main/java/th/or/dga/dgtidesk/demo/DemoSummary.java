package th.or.dga.dgtidesk.demo;

import java.util.Map;

/** Rows written per table by one generator run. */
public record DemoSummary(Map<String, Integer> rowsByTable) {

    public long totalRows() {
        return rowsByTable.values().stream().mapToLong(Integer::longValue).sum();
    }
}
