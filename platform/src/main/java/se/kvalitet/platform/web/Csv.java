package se.kvalitet.platform.web;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Writes text/csv as RFC 4180 has it: a header, comma-separated cells, CRLF line ends, a cell
 * quoted when it holds a comma, quote or line break. A text cell that a spreadsheet would run as
 * a formula (starting with =, +, -, @, tab or carriage return) is prefixed with an apostrophe.
 */
public final class Csv {

    public static final String MEDIA_TYPE = "text/csv";
    /** Rows the database sends at a time while a CSV streams from a cursor (the query hint org.hibernate.fetchSize). */
    public static final int CURSOR_FETCH_SIZE = 5000;
    /** Characters handed to the client at a time. */
    private static final int WRITE_BUFFER = 64 * 1024;

    private Csv() {
    }

    public static void write(Writer writer, List<String> header, Stream<? extends List<?>> rows) throws IOException {
        writer.write(line(header));
        try {
            rows.forEach(row -> {
                try {
                    writeLine(writer, row);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Whether a request's Accept header asks for CSV rather than JSON. */
    public static boolean wanted(String accept) {
        return accept != null && accept.contains(MEDIA_TYPE) && !accept.contains("application/json");
    }

    /** A 200 text/csv answer streaming {@code rows}; see {@link #streamed}. */
    public static Response answer(List<String> header, Supplier<Stream<? extends List<?>>> rows) {
        return Response.ok(streamed(header, rows), MEDIA_TYPE + "; charset=UTF-8").build();
    }

    /**
     * A text/csv answer written while {@code rows} is read, in a transaction of its own (the
     * request's has ended by the time the answer is written), so that a database cursor feeds it
     * and neither the rows nor the answer are held in memory.
     */
    public static StreamingOutput streamed(List<String> header, Supplier<Stream<? extends List<?>>> rows) {
        return output -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), WRITE_BUFFER);
            QuarkusTransaction.requiringNew().run(() -> {
                try (Stream<? extends List<?>> stream = rows.get()) {
                    write(writer, header, stream);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.flush();
        };
    }

    static String line(List<?> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            line.append(i == 0 ? "" : ",").append(cell(cells.get(i)));
        }
        return line.append("\r\n").toString();
    }

    private static void writeLine(Writer writer, List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(cell(cells.get(i)));
        }
        writer.write("\r\n");
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (value instanceof CharSequence && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return needsQuotes(text) ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    private static boolean needsQuotes(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
