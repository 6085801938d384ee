package se.kvalitet.platform.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes text/csv as RFC 4180 has it: a header, comma-separated cells, CRLF line ends, a cell
 * quoted when it holds a comma, quote or line break. A text cell that a spreadsheet would run as
 * a formula (starting with =, +, -, @, tab or carriage return) is prefixed with an apostrophe.
 */
public final class Csv {

    private Csv() {
    }

    public static void write(Writer writer, List<String> header, Stream<List<Object>> rows) throws IOException {
        writer.write(line(header.stream().map(Object.class::cast).toList()));
        try {
            rows.forEach(row -> {
                try {
                    writer.write(line(row));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    static String line(List<Object> cells) {
        return cells.stream().map(Csv::cell).collect(Collectors.joining(",", "", "\r\n"));
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (value instanceof CharSequence && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
