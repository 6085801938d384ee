package se.kvalitet.platform.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.kvalitet.localstack.Database;

/** {@link Copy} against a real PostgreSQL: every value comes back as sent, and a refused COPY stores nothing. */
class CopyTest {

    private static final List<String> COLUMNS = List.of("id", "label", "code", "doc", "flag", "tiny", "count", "big", "amount", "exact",
            "day", "at");

    private static Database database;
    private Connection connection;

    @BeforeAll
    static void startDatabase() throws Exception {
        database = Database.startEphemeral();
    }

    @AfterAll
    static void stopDatabase() throws Exception {
        database.close();
    }

    @BeforeEach
    void createTable() throws SQLException {
        connection = DriverManager.getConnection(database.jdbcUrl("postgres"), "postgres", "postgres");
        try (Statement statement = connection.createStatement()) {
            statement.execute("drop table if exists copied");
            statement.execute("""
                    create table copied (
                        id     uuid primary key,
                        label  varchar(40),
                        code   char(4),
                        doc    jsonb,
                        flag   boolean,
                        tiny   smallint,
                        count  integer,
                        big    bigint,
                        amount numeric(12, 3),
                        exact  numeric,
                        day    date,
                        at     timestamptz,
                        extra  text default 'untouched'
                    )""");
        }
        connection.setAutoCommit(false);
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void everyValueIsStoredAsSent() throws SQLException {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID third = UUID.randomUUID();
        Copy.into(connection, "copied", COLUMNS, List.of(
                new Object[] { first, "a \"quoted\", comma\\back\nline, åäö ✓", "AB", "{\"b\": [1, 2.5, null], \"a\": \"x\"}", true,
                        (short) -32768, Integer.MIN_VALUE, Long.MAX_VALUE, new BigDecimal("12.5"), new BigDecimal("-0.00012300"),
                        LocalDate.of(1999, 12, 31), Instant.parse("2026-11-26T21:15:50.123456Z") },
                new Object[] { second, "", "WXYZ", "[]", false, 32767, 7, 7L, new BigDecimal("-987654321.001"),
                        new BigDecimal("123456789012345678901234567890.0001"), LocalDate.of(2025, 1, 1),
                        OffsetDateTime.of(1970, 1, 1, 1, 0, 0, 0, ZoneOffset.ofHours(1)) },
                new Object[] { third, null, null, null, null, null, null, null, BigDecimal.ZERO, new BigDecimal("1E+5"), LocalDate.of(2400, 2, 29),
                        Instant.parse("1999-12-31T23:59:59.9999996Z") }));
        connection.commit();

        assertThat(row(first)).containsExactly("a \"quoted\", comma\\back\nline, åäö ✓", "AB  ", "{\"a\": \"x\", \"b\": [1, 2.5, null]}", "true",
                "-32768", "-2147483648", "9223372036854775807", "12.500", "-0.00012300", "1999-12-31", "2026-11-26 21:15:50.123456+00",
                "untouched");
        assertThat(row(second)).containsExactly("", "WXYZ", "[]", "false", "32767", "7", "7", "-987654321.001",
                "123456789012345678901234567890.0001", "2025-01-01", "1970-01-01 00:00:00+00", "untouched");
        assertThat(row(third)).containsExactly(null, null, null, null, null, null, null, "0.000", "100000", "2400-02-29",
                "2000-01-01 00:00:00+00", "untouched");
    }

    @Test
    void aValueItsColumnCannotHoldIsRefusedBeforeAnythingIsStored() throws SQLException {
        assertThatThrownBy(() -> Copy.into(connection, "copied", List.of("id", "count"),
                List.<Object[]>of(new Object[] { UUID.randomUUID(), 1 }, new Object[] { UUID.randomUUID(), 1.5 })))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("copied.count cannot hold 1.5");
        connection.rollback();
        assertThatThrownBy(() -> Copy.into(connection, "copied", List.of("id", "tiny"), List.<Object[]>of(new Object[] { UUID.randomUUID(), 40_000 })))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("copied.tiny cannot hold 40000");
        connection.rollback();
        assertThatThrownBy(() -> Copy.into(connection, "copied", List.of("id", "amount"), List.<Object[]>of(new Object[] { UUID.randomUUID(), "12.5" })))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("copied.amount cannot hold 12.5");
        connection.rollback();
        assertThatThrownBy(() -> Copy.into(connection, "copied", List.of("id", "missing"), List.<Object[]>of(new Object[] { UUID.randomUUID(), 1 })))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("copied has no column missing");
        connection.rollback();
        assertThatThrownBy(() -> Copy.into(connection, "copied", List.of("id", "count"), List.<Object[]>of(new Object[] { UUID.randomUUID() })))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has 1 values");
        connection.rollback();

        assertThat(count()).isZero();
    }

    @Test
    void aRowTheServerRefusesFailsTheCopyWithItsStateAndLeavesTheConnectionFitForUse() throws SQLException {
        UUID id = UUID.randomUUID();
        assertThatThrownBy(() -> Copy.into(connection, "copied", List.of("id"), List.<Object[]>of(new Object[] { id }, new Object[] { id })))
                .isInstanceOf(SQLException.class).extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("23505");
        connection.rollback();
        assertThatThrownBy(() -> Copy.into(connection, "copied", List.of("id", "label"),
                List.<Object[]>of(new Object[] { UUID.randomUUID(), "x".repeat(41) })))
                .isInstanceOf(SQLException.class).extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("22001");
        connection.rollback();

        assertThat(count()).isZero();
        Copy.into(connection, "copied", List.of("id"), List.<Object[]>of(new Object[] { id }));
        connection.commit();
        assertThat(count()).isOne();
    }

    @Test
    void manyRowsLargerThanTheBufferArriveWhole() throws SQLException {
        String large = "é".repeat(50_000);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            rows.add(new Object[] { UUID.randomUUID(), i % 1_000 == 0 ? large : "row " + i });
        }
        Copy.into(connection, "copied", List.of("id", "extra"), rows);
        connection.commit();

        try (Statement statement = connection.createStatement();
                ResultSet sums = statement.executeQuery("select count(*), sum(length(extra)), count(*) filter (where extra = 'row 4999') from copied")) {
            sums.next();
            long expectedLength = 5L * 50_000 + rows.stream().filter(row -> !row[1].equals(large)).mapToLong(row -> ((String) row[1]).length()).sum();
            assertThat(Arrays.asList(sums.getLong(1), sums.getLong(2), sums.getLong(3))).containsExactly(5_000L, expectedLength, 1L);
        }
    }

    private List<String> row(UUID id) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("set timezone = 'UTC'");
            try (ResultSet row = statement.executeQuery("select label, code, doc::text, flag::text, tiny::text, count::text, big::text, "
                    + "amount::text, exact::text, day::text, at::text, extra from copied where id = '" + id + "'")) {
                assertThat(row.next()).isTrue();
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= 12; i++) {
                    values.add(row.getString(i));
                }
                return values;
            }
        }
    }

    private long count() throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet count = statement.executeQuery("select count(*) from copied")) {
            count.next();
            return count.getLong(1);
        }
    }
}
