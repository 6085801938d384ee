package se.kvalitet.platform.bulk;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Rows a piece of work makes on its thread, kept to be written together when it ends, with one
 * {@link Copy} rather than one insert each (the outbox's events, a contract's timeline).
 */
public final class KeptRows {

    private final ThreadLocal<List<Object[]>> kept = new ThreadLocal<>();

    /** The rows kept for the work running on this thread; null when none is. */
    public List<Object[]> current() {
        return kept.get();
    }

    /**
     * Runs {@code work}, keeping the rows it adds to {@link #current}, then hands them to
     * {@code write} in the order added. Inside other work keeping rows, it is part of that.
     */
    public void keep(Runnable work, Consumer<List<Object[]>> write) {
        if (kept.get() != null) {
            work.run();
            return;
        }
        List<Object[]> rows = new ArrayList<>();
        kept.set(rows);
        try {
            work.run();
        } finally {
            kept.remove();
        }
        write.accept(rows);
    }
}
