package se.kvalitet.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;

class ActorTest {

    @Test
    void aConsumerOrJobActsOnlyForTheWorkItRuns() {
        Actor job = Actor.scheduler("contract-deadlines");
        assertThat(Actor.bound()).isNull();
        assertThat(job.act(Actor::bound)).isEqualTo(job);
        assertThat(Actor.bound()).isNull();
    }

    @Test
    void anActorWithinAnotherGivesWayBackToIt() {
        Actor job = Actor.scheduler("contract-deadlines");
        Actor consumer = Actor.consumer("breach-history", UUID.randomUUID());
        job.act(() -> {
            assertThat(consumer.act(Actor::bound)).isEqualTo(consumer);
            assertThat(Actor.bound()).isEqualTo(job);
        });
        assertThat(Actor.bound()).isNull();
    }

    @Test
    void workThatFailsStillUnbindsItsActor() {
        assertThatThrownBy(() -> Actor.scheduler("job").act(() -> {
            throw new IllegalStateException("failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(Actor.bound()).isNull();
    }
}
