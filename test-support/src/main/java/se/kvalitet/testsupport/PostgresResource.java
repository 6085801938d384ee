package se.kvalitet.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.testcontainers.postgresql.PostgreSQLContainer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import se.kvalitet.localstack.Database;
import se.kvalitet.localstack.TestInfrastructure;

/**
 * A real PostgreSQL server, started for the tests of one service and thrown away after: a
 * container where a Docker engine answers, else the embedded server ({@link TestInfrastructure}).
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    /** The major version of the embedded server, so that both ways test against the same PostgreSQL. */
    static final String IMAGE = "postgres:14-alpine";

    private Database database;
    private PostgreSQLContainer container;

    @Override
    public Map<String, String> start() {
        if (TestInfrastructure.current(Containers::engineAnswers) == TestInfrastructure.Source.CONTAINERS) {
            container = new PostgreSQLContainer(IMAGE).withDatabaseName("postgres").withUsername("postgres").withPassword("postgres");
            container.start();
            return settings(container.getJdbcUrl());
        }
        try {
            database = Database.startEphemeral();
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
        }
        return settings(database.jdbcUrl("postgres"));
    }

    private static Map<String, String> settings(String jdbcUrl) {
        return Map.of(
                "quarkus.datasource.jdbc.url", jdbcUrl,
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    @Override
    public void stop() {
        if (container != null) {
            container.stop();
        }
        if (database != null) {
            try {
                database.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
