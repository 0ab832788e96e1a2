package th.or.dga.dgtidesk.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import th.or.dga.dgtidesk.common.ThaiText;

/**
 * Which field each file column holds, by column position. Saved as JSON pairs of header and field,
 * so a mapping saved for one export applies to the next export of the same form even when a column
 * moved; its key in the database is the signature of the header row.
 */
public record ColumnMapping(List<ImportField> fields) {

    private static final ObjectMapper JSON = new ObjectMapper();

    private record Entry(String header, String field) {
    }

    public ColumnMapping {
        fields = List.copyOf(fields);
    }

    /** The suggestion from the header words; an unknown column is a form's own question for registrations. */
    public static ColumnMapping suggested(ImportKind kind, List<String> headers) {
        ImportField unknown = kind == ImportKind.REGISTRATIONS ? ImportField.CUSTOM_ANSWER : ImportField.IGNORE;
        List<ImportField> fields = new ArrayList<>();
        Set<ImportField> taken = new HashSet<>();
        for (String header : headers) {
            ImportField field = FieldSuggestions.suggest(kind, header).orElse(header.isBlank() ? ImportField.IGNORE : unknown);
            if (!field.repeatable() && !taken.add(field)) {
                field = ImportField.IGNORE;
            }
            fields.add(field);
        }
        return new ColumnMapping(fields);
    }

    public ImportField field(int column) {
        return column < fields.size() ? fields.get(column) : ImportField.IGNORE;
    }

    /** The column holding {@code field}, or -1. */
    public int columnOf(ImportField field) {
        return fields.indexOf(field);
    }

    /**
     * This mapping with {@code column} set to {@code field}; a field that belongs to one column
     * only leaves the column that had it.
     */
    public ColumnMapping with(int column, ImportField field) {
        List<ImportField> changed = new ArrayList<>(fields);
        if (!field.repeatable()) {
            for (int i = 0; i < changed.size(); i++) {
                if (changed.get(i) == field) {
                    changed.set(i, ImportField.IGNORE);
                }
            }
        }
        changed.set(column, field);
        return new ColumnMapping(changed);
    }

    /**
     * The message keys of what a file of {@code kind} cannot do without: a name and a way to reach the
     * person; for a roster, the innovator's name and kind.
     */
    public List<String> missing(ImportKind kind) {
        List<String> missing = new ArrayList<>();
        if (kind == ImportKind.ROSTER) {
            if (columnOf(ImportField.INNOVATOR_NAME) < 0) {
                missing.add("import.mapping.needsInnovatorName");
            }
            if (columnOf(ImportField.INNOVATOR_KIND) < 0) {
                missing.add("import.mapping.needsKind");
            }
            return missing;
        }
        if (columnOf(ImportField.FIRST_NAME) < 0 && columnOf(ImportField.FULL_NAME) < 0) {
            missing.add("import.mapping.needsName");
        }
        if (columnOf(ImportField.EMAIL) < 0 && columnOf(ImportField.PHONE) < 0) {
            missing.add("import.mapping.needsContact");
        }
        return missing;
    }

    String toJson(List<String> headers) {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            entries.add(new Entry(headers.get(i), field(i).code()));
        }
        try {
            return JSON.writeValueAsString(entries);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A list of strings always serialises", e);
        }
    }

    /**
     * A saved mapping applied to {@code headers}: each header takes the field saved for the same
     * header text (in order, when a header repeats); a header the mapping does not know is suggested.
     */
    static ColumnMapping fromJson(String json, ImportKind kind, List<String> headers) {
        List<Entry> entries;
        try {
            entries = new ArrayList<>(JSON.readValue(json, new TypeReference<List<Entry>>() { }));
        } catch (JsonProcessingException e) {
            return suggested(kind, headers);
        }
        ColumnMapping mapping = suggested(kind, headers);
        for (int column = 0; column < headers.size(); column++) {
            String key = normalised(headers.get(column));
            for (int e = 0; e < entries.size(); e++) {
                if (normalised(entries.get(e).header()).equals(key)) {
                    mapping = mapping.with(column, ImportField.fromCode(entries.remove(e).field()));
                    break;
                }
            }
        }
        return mapping;
    }

    /** The SHA-256 of the header row (NFC, trimmed, lower case): the same form's exports share it. */
    public static String signature(List<String> headers) {
        StringBuilder text = new StringBuilder();
        for (String header : headers) {
            text.append(normalised(header)).append('\u001F');
        }
        return TableReader.sha256(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String normalised(String header) {
        return ThaiText.nfc(header).strip().toLowerCase(Locale.ROOT);
    }
}
