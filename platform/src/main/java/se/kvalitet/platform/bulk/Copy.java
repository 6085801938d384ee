package se.kvalitet.platform.bulk;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Writes many rows into a table with PostgreSQL's {@code COPY ... FROM STDIN}, on the connection
 * of the caller's transaction: one round trip for thousands of rows, where inserts would take one
 * each (or one per JDBC batch). Entities changed earlier in the transaction are flushed first, so
 * the rows land after them, as an insert would.
 */
public final class Copy {

    private Copy() {
    }

    /**
     * Copies {@code rows} into {@code table}: each an array of values in the order of
     * {@code columns}; null is SQL NULL, anything else is written as its {@code toString()}.
     */
    public static int into(EntityManager entityManager, String table, List<String> columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        entityManager.flush();
        String copy = "copy " + table + " (" + String.join(", ", columns) + ") from stdin with (format csv)";
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (Writer out = new BufferedWriter(new OutputStreamWriter(
                    new PGCopyOutputStream(connection.unwrap(PGConnection.class), copy, 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
                StringBuilder line = new StringBuilder(256);
                for (Object[] row : rows) {
                    if (row.length != columns.size()) {
                        throw new IllegalArgumentException("a row for " + table + " has " + row.length + " values; " + columns + " are " + columns.size());
                    }
                    line.setLength(0);
                    for (int i = 0; i < row.length; i++) {
                        if (i > 0) {
                            line.append(',');
                        }
                        cell(line, row[i]);
                    }
                    line.append('\n');
                    out.append(line);
                }
            } catch (IOException e) {
                if (e.getCause() instanceof SQLException refused) {
                    throw refused;
                }
                throw new UncheckedIOException("COPY into " + table + " failed", e);
            }
        });
        return rows.size();
    }

    /**
     * A value in COPY's CSV: NULL unquoted and empty; a value that could be read otherwise (empty,
     * or holding a quote, comma, line break or backslash) quoted; any other as it is. Ids, numbers,
     * truth values and times never hold any of those characters, so only other values are searched.
     */
    private static void cell(StringBuilder line, Object value) {
        if (value == null) {
            return;
        }
        String text = value.toString();
        if (value instanceof UUID || value instanceof Number || value instanceof Boolean || value instanceof Temporal || plain(text)) {
            line.append(text);
            return;
        }
        line.append('"');
        int from = 0;
        for (int quote = text.indexOf('"'); quote >= 0; quote = text.indexOf('"', from)) {
            line.append(text, from, quote + 1).append('"');
            from = quote + 1;
        }
        line.append(text, from, text.length()).append('"');
    }

    private static boolean plain(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == ',' || c == '\n' || c == '\r' || c == '\\') {
                return false;
            }
        }
        return true;
    }
}
