package th.or.dga.dgtidesk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;

/**
 * What a command prints. With {@code --json} standard output holds exactly one JSON document;
 * everything else (progress, warnings) goes to standard error or the log file.
 */
final class Output {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final PrintWriter out;
    private final PrintWriter err;

    Output(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    void line(String text) {
        out.println(text);
        out.flush();
    }

    void json(Object document) {
        try {
            out.println(JSON.writeValueAsString(document));
            out.flush();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON", e);
        }
    }

    /** Progress and notes for a person watching: standard error, so JSON output stays clean. */
    void note(String text) {
        err.println(text);
        err.flush();
    }
}
