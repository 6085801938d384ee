package se.kvalitet.localstack;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** An embedded PostgreSQL server holding one database, owned by its own role, per service. */
public final class Database implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private Database(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * A server that keeps its data in {@code dataDirectory} across restarts, its output going to
     * {@code log}. It is configured as deploy/kubernetes/base/postgres.yaml configures production's:
     * buffers that hold a national year's results, checkpoints spread out so that an import of a
     * million rows does not force one after every gigabyte of WAL, and a planner that finds a
     * unit's rows by index however fast a table grows: pages cost little more to read at random
     * than in order (they are in memory or on SSD), each statement is planned for its own
     * parameters and the table as it is now, never by a generic plan made while it was small, and
     * autovacuum looks at each database every 10 s, so that a table filling from empty has
     * statistics within seconds rather than minutes. Checkpoints are logged, as PostgreSQL 15 and
     * later (production's) log them by default and this embedded 14 does not.
     */
    public static Database start(Path dataDirectory, int port, Path log) throws IOException {
        return new Database(EmbeddedPostgres.builder()
                .setServerConfig("shared_buffers", "1GB")
                .setServerConfig("max_wal_size", "8GB")
                .setServerConfig("checkpoint_timeout", "15min")
                .setServerConfig("random_page_cost", "1.1")
                .setServerConfig("plan_cache_mode", "force_custom_plan")
                .setServerConfig("autovacuum_naptime", "10s")
                .setServerConfig("log_checkpoints", "on")
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start());
    }

    /** A throw-away server on a free port. */
    public static Database startEphemeral() throws IOException {
        return new Database(EmbeddedPostgres.builder().start());
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    /** Creates the role and the database it owns unless they exist; the password is the name. */
    public void ensureDatabases(List<String> names) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            for (String name : names) {
                if (!exists(statement, "select 1 from pg_roles where rolname = '" + name + "'")) {
                    statement.execute("create role " + name + " login password '" + name + "'");
                }
                if (!exists(statement, "select 1 from pg_database where datname = '" + name + "'")) {
                    statement.execute("create database " + name + " owner " + name);
                }
            }
        }
    }

    private static boolean exists(Statement statement, String query) throws SQLException {
        try (ResultSet result = statement.executeQuery(query)) {
            return result.next();
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
