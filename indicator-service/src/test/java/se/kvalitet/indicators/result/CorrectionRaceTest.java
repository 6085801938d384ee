package se.kvalitet.indicators.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static se.kvalitet.indicators.Fixtures.aRequirement;
import static se.kvalitet.indicators.Fixtures.createRequirement;
import static se.kvalitet.indicators.Fixtures.knownUnit;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import se.kvalitet.indicators.result.ResultResource.SubmitResult;
import se.kvalitet.platform.audit.Actor;
import se.kvalitet.platform.web.ProblemMapper;
import se.kvalitet.testsupport.Races;
import se.kvalitet.testsupport.UnitEvent;

/**
 * Two corrections of one result, each having read the same current revision before the other
 * committed: one is recorded, the other loses on the revision key, and the result keeps exactly
 * one current revision.
 */
@QuarkusTest
class CorrectionRaceTest {

    @Inject
    ResultRecording recording;

    @Inject
    EntityManager entityManager;

    @Test
    void twoCorrectionsAtOnceLeaveOneCurrentRevision() throws Exception {
        UUID unitId = knownUnit(UnitEvent.aUnit());
        String code = createRequirement(aRequirement());
        record(unitId, code, "85.0");
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> Actor.scheduler("first").act(
                () -> QuarkusTransaction.requiringNew().run(() -> {
                    recording.record(submitted(unitId, code, "70.0"), "first");
                    written.countDown();
                    Races.holdUntil(release);
                })));
        assertThat(written.await(30, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> record(unitId, code, "60.0"));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> second.isDone() || waitingForARowLock());
        release.countDown();
        first.get(30, TimeUnit.SECONDS);
        Throwable lost = catchThrowable(() -> second.get(30, TimeUnit.SECONDS));

        assertThat(ProblemMapper.isUniqueViolation(lost)).as("the second correction loses on the revision key: %s", lost).isTrue();
        List<IndicatorResult> revisions = QuarkusTransaction.requiringNew().call(() -> IndicatorResult.<IndicatorResult>list(
                "unitId = ?1 and requirementCode = ?2 order by revision", unitId, code));
        assertThat(revisions).extracting(r -> r.revision).containsExactly(1, 2);
        assertThat(revisions).filteredOn(r -> !r.superseded).extracting(r -> r.value).containsExactly(new BigDecimal("70.000"));
    }

    private void record(UUID unitId, String code, String value) {
        Actor.scheduler("test").act(() -> QuarkusTransaction.requiringNew().run(() -> recording.record(submitted(unitId, code, value), "test")));
    }

    private static SubmitResult submitted(UUID unitId, String code, String value) {
        return new SubmitResult(unitId, code, "2025", new BigDecimal(value), 40, "test");
    }

    private boolean waitingForARowLock() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from pg_locks where locktype = 'transactionid' and not granted").getSingleResult()).intValue() > 0);
    }
}
