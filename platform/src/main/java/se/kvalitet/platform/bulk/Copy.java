package se.kvalitet.platform.bulk;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Writes many rows into a table with PostgreSQL's {@code COPY ... FROM STDIN}, on the connection
 * of the caller's transaction: one round trip for thousands of rows, where inserts would take one
 * each (or one per JDBC batch). Entities changed earlier in the transaction are flushed first, so
 * the rows land after them, as an insert would.
 * <p>
 * Rows travel in COPY's binary format: the server stores each value as sent, where text would
 * have it parse every id, number and time again, and a JSON document would be searched for
 * quotes on both sides. Each value is encoded as its column's type asks, read once per table
 * from the catalogue; a value of a type its column cannot hold is refused before anything is sent.
 */
public final class Copy {

    /** Column types by table; a service's tables change only with its migrations, before it copies anything. */
    private static final Map<String, Map<String, Encoder>> TABLES = new ConcurrentHashMap<>();
    private static final byte[] SIGNATURE = "PGCOPY\n\377\r\n\0".getBytes(StandardCharsets.ISO_8859_1);
    private static final long POSTGRES_EPOCH_SECOND = 946_684_800L;
    private static final long POSTGRES_EPOCH_DAY = 10_957L;
    private static final BigInteger TEN_THOUSAND = BigInteger.valueOf(10_000);
    private static final long[] POWERS_OF_TEN = { 1, 10, 100, 1_000 };

    private Copy() {
    }

    /**
     * Copies {@code rows} into {@code table}: each an array of values in the order of
     * {@code columns}; null is SQL NULL. Text columns take any value as its {@code toString()};
     * the others their own Java type: {@link UUID}, {@link Boolean}, an integral {@link Number}
     * within the column's range, {@link BigDecimal} (or an integral number) for numeric,
     * {@link LocalDate} for date, {@link Instant} or {@link OffsetDateTime} for timestamptz, and
     * the document's text for jsonb.
     */
    public static int into(EntityManager entityManager, String table, List<String> columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        entityManager.flush();
        entityManager.unwrap(Session.class).doWork(connection -> into(connection, table, columns, rows));
        return rows.size();
    }

    /** As {@link #into(EntityManager, String, List, List)}, on a connection of the caller's. */
    public static void into(Connection connection, String table, List<String> columns, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        Encoder[] encoders = encoders(connection, table, columns);
        String copy = "copy " + table + " (" + String.join(", ", columns) + ") from stdin with (format binary)";
        Tuples tuples = new Tuples(connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copy));
        try {
            tuples.bytes(SIGNATURE);
            tuples.int32(0);
            tuples.int32(0);
            for (Object[] row : rows) {
                if (row.length != encoders.length) {
                    throw new IllegalArgumentException("a row for " + table + " has " + row.length + " values; " + columns + " are " + columns.size());
                }
                tuples.int16(row.length);
                for (int i = 0; i < row.length; i++) {
                    if (row[i] == null) {
                        tuples.int32(-1);
                    } else {
                        encoders[i].write(tuples, row[i], table, columns.get(i));
                    }
                }
            }
            tuples.int16(-1);
            tuples.finish();
        } catch (SQLException | RuntimeException e) {
            tuples.abandon();
            throw e;
        }
    }

    private static Encoder[] encoders(Connection connection, String table, List<String> columns) throws SQLException {
        Map<String, Encoder> types = TABLES.get(table);
        if (types == null) {
            types = columnTypes(connection, table);
            TABLES.put(table, types);
        }
        Encoder[] encoders = new Encoder[columns.size()];
        for (int i = 0; i < encoders.length; i++) {
            encoders[i] = types.get(columns.get(i));
            if (encoders[i] == null) {
                throw new IllegalArgumentException(table + " has no column " + columns.get(i) + " of a type COPY writes; its columns are " + types.keySet());
            }
        }
        return encoders;
    }

    /** The table's columns that COPY can write, by name, with how each travels. */
    private static Map<String, Encoder> columnTypes(Connection connection, String table) throws SQLException {
        Map<String, Encoder> types = new HashMap<>();
        boolean found = false;
        try (PreparedStatement query = connection.prepareStatement("""
                select a.attname, format_type(a.atttypid, null) from pg_attribute a
                where a.attrelid = to_regclass(?) and a.attnum > 0 and not a.attisdropped
                """)) {
            query.setString(1, table);
            try (ResultSet columns = query.executeQuery()) {
                while (columns.next()) {
                    found = true;
                    Encoder encoder = Encoder.of(columns.getString(2));
                    if (encoder != null) {
                        types.put(columns.getString(1), encoder);
                    }
                }
            }
        }
        if (!found) {
            throw new IllegalArgumentException("no table " + table);
        }
        return Map.copyOf(types);
    }

    /** How a value of one column type travels in COPY's binary format. */
    private enum Encoder {
        TEXT {
            @Override
            void encode(Tuples out, Object value) throws SQLException {
                out.text(value.toString());
            }
        },
        JSONB {
            @Override
            void encode(Tuples out, Object value) throws SQLException {
                byte[] text = as(String.class, value).getBytes(StandardCharsets.UTF_8);
                out.int32(text.length + 1);
                out.int8(1);
                out.bytes(text);
            }
        },
        UUID_ {
            @Override
            void encode(Tuples out, Object value) throws SQLException {
                UUID id = as(UUID.class, value);
                out.int32(16);
                out.int64(id.getMostSignificantBits());
                out.int64(id.getLeastSignificantBits());
            }
        },
        BOOLEAN {
            @Override
            void encode(Tuples out, Object value) throws SQLException {
                out.int32(1);
                out.int8(as(Boolean.class, value) ? 1 : 0);
            }
        },
        SMALLINT {
            @Override
            void encode(Tuples out, Object value) throws SQLException {
                long n = integral(value);
                if (n != (short) n) {
                    throw new IllegalArgumentException(n + " is out of range for smallint");
                }
                out.int32(2);
                out.int16((int) n);
            }
        },
        INTEGER {
            @Override
            void encode(Tuples out, Object value) throws SQLException {
                out.int32(4);
                out.int32(Math.toIntExact(integral(value)));
            }
        },
        BIGINT {
            @Override
            void encode(Tuples out, Object value) throws SQLException {
                out.int32(8);
                out.int64(integral(value));
            }
        },
        NUMERIC {
            @Override
            void encode(Tuples out, Object value) throws SQLException {
                BigDecimal number = value instanceof BigDecimal decimal ? decimal : BigDecimal.valueOf(integral(value));
                numeric(out, number);
            }
        },
        DATE {
            @Override
            void encode(Tuples out, Object value) throws SQLException {
                out.int32(4);
                out.int32(Math.toIntExact(as(LocalDate.class, value).toEpochDay() - POSTGRES_EPOCH_DAY));
            }
        },
        TIMESTAMPTZ {
            @Override
            void encode(Tuples out, Object value) throws SQLException {
                Instant at = value instanceof OffsetDateTime offset ? offset.toInstant() : as(Instant.class, value);
                // To the nearest microsecond, as the server rounds a time written as text.
                long micros = Math.addExact(Math.multiplyExact(at.getEpochSecond() - POSTGRES_EPOCH_SECOND, 1_000_000L),
                        (at.getNano() + 500) / 1_000);
                out.int32(8);
                out.int64(micros);
            }
        };

        static Encoder of(String type) {
            return switch (type) {
                case "text", "character varying", "character" -> TEXT;
                case "jsonb" -> JSONB;
                case "uuid" -> UUID_;
                case "boolean" -> BOOLEAN;
                case "smallint" -> SMALLINT;
                case "integer" -> INTEGER;
                case "bigint" -> BIGINT;
                case "numeric" -> NUMERIC;
                case "date" -> DATE;
                case "timestamp with time zone" -> TIMESTAMPTZ;
                default -> null;
            };
        }

        abstract void encode(Tuples out, Object value) throws SQLException;

        final void write(Tuples out, Object value, String table, String column) throws SQLException {
            try {
                encode(out, value);
            } catch (IllegalArgumentException | ArithmeticException e) {
                throw new IllegalArgumentException(table + "." + column + " cannot hold " + value + " (" + value.getClass().getSimpleName()
                        + "): " + e.getMessage(), e);
            }
        }

        private static <T> T as(Class<T> type, Object value) {
            if (!type.isInstance(value)) {
                throw new IllegalArgumentException("expected a " + type.getSimpleName());
            }
            return type.cast(value);
        }

        private static long integral(Object value) {
            if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
                return ((Number) value).longValue();
            }
            throw new IllegalArgumentException("expected an integral number");
        }

        /**
         * A numeric as the server keeps it: base-10,000 digits, most significant first, the
         * weight of the first, the sign and the count of decimal places shown.
         */
        private static void numeric(Tuples out, BigDecimal number) throws SQLException {
            int scale = Math.max(number.scale(), 0);
            BigInteger magnitude = number.unscaledValue().abs();
            if (number.scale() < 0) {
                magnitude = magnitude.multiply(BigInteger.TEN.pow(-number.scale()));
            }
            // Decimal places up to a whole base-10,000 digit, so that the point falls between digits.
            int places = (scale + 3) / 4 * 4;
            int[] digits;
            int count = 0;
            if (magnitude.bitLength() < 53) {
                long rest = magnitude.longValue() * POWERS_OF_TEN[places - scale];
                digits = new int[5];
                for (; rest > 0; rest /= 10_000) {
                    digits[count++] = (int) (rest % 10_000);
                }
            } else {
                BigInteger rest = magnitude.multiply(BigInteger.valueOf(POWERS_OF_TEN[places - scale]));
                digits = new int[rest.bitLength() / 13 + 1];
                for (; rest.signum() > 0; rest = rest.divide(TEN_THOUSAND)) {
                    digits[count++] = rest.mod(TEN_THOUSAND).intValue();
                }
            }
            int weight = count - 1 - places / 4;
            int lowest = 0;
            while (lowest < count && digits[lowest] == 0) {
                lowest++;
            }
            int kept = count - lowest;
            out.int32(8 + 2 * kept);
            out.int16(kept);
            out.int16(kept == 0 ? 0 : weight);
            out.int16(number.signum() < 0 ? 0x4000 : 0);
            out.int16(scale);
            for (int i = count - 1; i >= lowest; i--) {
                out.int16(digits[i]);
            }
        }
    }

    /** The COPY data, gathered in a buffer and sent a buffer at a time. */
    private static final class Tuples {

        private final CopyIn copy;
        private final byte[] buffer = new byte[1 << 16];
        private int length;

        Tuples(CopyIn copy) {
            this.copy = copy;
        }

        void int8(int value) throws SQLException {
            room(1);
            buffer[length++] = (byte) value;
        }

        void int16(int value) throws SQLException {
            room(2);
            buffer[length++] = (byte) (value >>> 8);
            buffer[length++] = (byte) value;
        }

        void int32(int value) throws SQLException {
            room(4);
            buffer[length++] = (byte) (value >>> 24);
            buffer[length++] = (byte) (value >>> 16);
            buffer[length++] = (byte) (value >>> 8);
            buffer[length++] = (byte) value;
        }

        void int64(long value) throws SQLException {
            int32((int) (value >>> 32));
            int32((int) value);
        }

        void text(String value) throws SQLException {
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            int32(bytes.length);
            bytes(bytes);
        }

        void bytes(byte[] bytes) throws SQLException {
            if (bytes.length > buffer.length - length) {
                send();
                if (bytes.length > buffer.length) {
                    copy.writeToCopy(bytes, 0, bytes.length);
                    return;
                }
            }
            System.arraycopy(bytes, 0, buffer, length, bytes.length);
            length += bytes.length;
        }

        private void room(int bytes) throws SQLException {
            if (buffer.length - length < bytes) {
                send();
            }
        }

        private void send() throws SQLException {
            copy.writeToCopy(buffer, 0, length);
            length = 0;
        }

        /** Ends the COPY with what was sent, so that the server stores it (or refuses it). */
        void finish() throws SQLException {
            send();
            copy.endCopy();
        }

        /** Cancels the COPY if it is still open, so that the connection is fit for the transaction's end. */
        void abandon() {
            if (copy.isActive()) {
                try {
                    copy.cancelCopy();
                } catch (SQLException e) {
                    // The transaction rolls back over the connection either way.
                }
            }
        }
    }
}
