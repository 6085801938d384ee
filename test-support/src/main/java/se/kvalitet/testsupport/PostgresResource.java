package se.kvalitet.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import se.kvalitet.localstack.Database;

/** A real PostgreSQL server, started for the tests of one service and thrown away after. */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    private Database database;

    @Override
    public Map<String, String> start() {
        try {
            database = Database.startEphemeral();
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", database.jdbcUrl("postgres"),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    @Override
    public void stop() {
        if (database != null) {
            try {
                database.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
