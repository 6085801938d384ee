package se.kvalitet.indicators.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kvalitet.testsupport.Eventually.eventually;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import se.kvalitet.platform.events.Outbox;
import se.kvalitet.platform.events.OutboxRelay;
import se.kvalitet.testsupport.Metrics;
import se.kvalitet.testsupport.Topic;
import se.kvalitet.testsupport.UnitEvent;

/** The gauges that show whether the pipeline keeps up, read as a scraper reads them. */
@QuarkusTest
class PipelineMetricsTest {

    @Inject
    Outbox outbox;

    @Inject
    DataSource dataSource;

    @Test
    void anOutboxRowTheRelayCannotPublishShowsAsBacklogUntilItIsPublished() throws SQLException {
        try (Connection pause = dataSource.getConnection()) {
            pause.setAutoCommit(false);
            try (PreparedStatement lock = pause.prepareStatement("select pg_advisory_xact_lock(?)")) {
                lock.setLong(1, OutboxRelay.RELAY_LOCK);
                lock.execute();
            }
            QuarkusTransaction.requiringNew().run(() -> outbox.publish("indicator.metrics-test", "se.kvalitet.test.Waiting",
                    UUID.randomUUID().toString(), Map.of("waiting", true)));

            eventually().until(() -> Metrics.value("kvalitet_outbox_backlog") >= 1 && Metrics.value("kvalitet_outbox_oldest_age_seconds") >= 2);
            pause.rollback();
        }
        eventually().until(() -> Metrics.value("kvalitet_outbox_backlog") == 0 && Metrics.value("kvalitet_outbox_oldest_age_seconds") == 0);
    }

    @Test
    void aDeadLetteredRecordIsCounted() {
        double before = Metrics.value("kvalitet_dead_letters{topic=\"indicator-service.dlq\"}");
        Topic.named("registry.units.v1").send(UUID.randomUUID().toString(), "{not an event");
        eventually().until(() -> Metrics.value("kvalitet_dead_letters{topic=\"indicator-service.dlq\"}") >= before + 1);
    }

    @Test
    void theLagOfEachConsumedTopicIsShownAndCatchesUp() {
        UnitEvent.aUnit().publish();
        eventually().until(() -> Metrics.value("kvalitet_consumer_lag{topic=\"registry.units.v1\"}") == 0);
    }
}
