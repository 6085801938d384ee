package se.kvalitet.contracts.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kvalitet.contracts.ContractFlow.knownMunicipality;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import se.kvalitet.contracts.Contracts;
import se.kvalitet.platform.events.EventCodec;
import se.kvalitet.platform.unit.UnitProjection;
import se.kvalitet.testsupport.ResultEvent;
import se.kvalitet.testsupport.Races;
import se.kvalitet.testsupport.UnitEvent;

/**
 * A unit's first state and a result for it, applied by two consumers at the same moment: whichever
 * transaction commits second must see the other's work, or the breach is assessed by neither.
 */
@QuarkusTest
class UnitAndResultRaceTest {

    @Inject
    ResultProjection results;

    @Inject
    UnitProjection units;

    @Inject
    EventCodec codec;

    @Inject
    EntityManager entityManager;

    @Test
    void aResultProjectedWhileItsUnitIsFirstAppliedIsStillAssessed() throws Exception {
        knownMunicipality("2120000142", "0180");
        UnitEvent unit = UnitEvent.aUnit();
        CountDownLatch applied = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // The unit consumer's transaction, as UnitStateConsumer runs it, held open after applying the unit.
        CompletableFuture<Void> unitApplied = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            var state = units.decode(codec.read(unit.toJson()));
            units.applyAll(List.of(new UnitProjection.Delivered(unit.eventId(), state)));
            applied.countDown();
            Races.holdUntil(release);
        }));
        assertThat(applied.await(30, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Void> resultApplied = CompletableFuture.runAsync(() -> results.apply(poll(ResultEvent.forUnit(unit.unitId()).notMet())));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> resultApplied.isDone() || waitingForAUnitLock());
        release.countDown();
        unitApplied.get(30, TimeUnit.SECONDS);
        resultApplied.get(30, TimeUnit.SECONDS);

        UUID unitId = unit.unitId();
        Assessment assessment = QuarkusTransaction.requiringNew().call(() -> Assessment.<Assessment>find("unitId", unitId).firstResult());
        assertThat(assessment).as("the breach is assessed").isNotNull();
        assertThat(assessment.verdict).isEqualTo(Verdict.Kind.BREACH);
        assertThat(Contracts.contractsOf(unitId).getInt("total")).isEqualTo(1);
    }

    private boolean waitingForAUnitLock() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from pg_locks where locktype = 'advisory' and not granted").getSingleResult()).intValue() > 0);
    }

    private static ConsumerRecords<String, String> poll(ResultEvent event) {
        return new ConsumerRecords<>(Map.of(new TopicPartition("indicator.results.v1", 0),
                List.of(new ConsumerRecord<>("indicator.results.v1", 0, 0, null, event.toJson()))), Map.of());
    }
}
