package se.kvalitet.platform.schedule;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import se.kvalitet.platform.audit.Actor;

/**
 * How a scheduled job enforces deadlines: as that job (what it changes is audited as its doing),
 * it lists what is due in one transaction, then handles each item in a transaction of its own, so
 * that one item's failure does not hold up the others and is tried again on the next run. The
 * handler locks and re-checks its item, so replicas running the job at once act on it once.
 */
public final class DueWork {

    private static final Logger LOG = Logger.getLogger(DueWork.class);

    private DueWork() {
    }

    /** Runs {@code handle} for each id {@code due} lists; returns how many it listed. */
    public static int run(String job, Supplier<List<UUID>> due, Consumer<UUID> handle) {
        return Actor.scheduler(job).act(() -> {
            List<UUID> ids = QuarkusTransaction.requiringNew().call(due::get);
            for (UUID id : ids) {
                try {
                    QuarkusTransaction.requiringNew().run(() -> handle.accept(id));
                } catch (RuntimeException e) {
                    LOG.errorf(e, "%s could not handle %s; the next run tries again", job, id);
                }
            }
            return ids.size();
        });
    }
}
