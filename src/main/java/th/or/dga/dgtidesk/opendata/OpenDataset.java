package th.or.dga.dgtidesk.opendata;

import java.util.List;

/**
 * One published table: its file name ({@code <name>.csv}), catalogue title and description in
 * Thai and English, its fields (the data dictionary), and its rows as text, in field order.
 * {@code firstYear}/{@code lastYear} are the Buddhist-era years the data covers (0 when none).
 */
public record OpenDataset(String name, String titleTh, String titleEn, String descriptionTh, String descriptionEn,
        String dataType, List<Field> fields, List<List<String>> rows, int firstYear, int lastYear) {

    /** A column and its dictionary entry. */
    public record Field(String name, String type, String descriptionTh, String descriptionEn) {
    }

    public OpenDataset {
        fields = List.copyOf(fields);
        rows = List.copyOf(rows);
    }
}
