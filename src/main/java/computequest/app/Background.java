package computequest.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Work started on a thread of its own at start-up, so that it overlaps other start-up work on a second core: the
 * story is parsed while the saves folder is read and the terminal is set up. {@link #join} gives the result, or
 * throws what the work threw, as if it had run on the joining thread; the result is the same either way.
 *
 * @param <T> what the work gives
 */
final class Background<T> {

    private final FutureTask<T> task;

    private Background(Callable<T> work) {
        this.task = new FutureTask<>(work);
    }

    /** Starts {@code work} on a daemon thread named {@code name}. */
    static <T> Background<T> start(String name, Callable<T> work) {
        Background<T> b = new Background<>(work);
        Thread t = new Thread(b.task, "cq-" + name);
        t.setDaemon(true);
        t.start();
        return b;
    }

    /** Runs {@code work} now, on this thread: the same result, with no second thread (tests, one-core machines). */
    static <T> Background<T> now(Callable<T> work) {
        Background<T> b = new Background<>(work);
        b.task.run();
        return b;
    }

    /** The result, once the work is done; what it threw, rethrown unchanged (checked I/O errors as IOException). */
    T join() throws IOException {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new UncheckedIOException(new IOException(cause));
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
