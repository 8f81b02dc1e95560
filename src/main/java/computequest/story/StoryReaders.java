package computequest.story;

import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads story files one after another on the caller's thread, or, for a large story on a machine with several cores,
 * on worker threads: the caller reads the bytes and hands each file's text over, and the results are merged in file
 * order, so that the story and every diagnostic come out exactly as a single thread makes them. A few files at most
 * wait at a time, so a huge story's text is never all in memory at once.
 */
final class StoryReaders implements AutoCloseable {

    /** Below this many bytes of story, threads cost more than they save (the shipped story is under 200 KB). */
    static final long PARALLEL_BYTES = 4_000_000;

    private record Pending(Future<StoryReader.FileParse> result, boolean controlFree) {
    }

    private final ExecutorService workers;
    private final int window;
    private final ThreadLocal<StringPool> pools = new ThreadLocal<>();
    private final ArrayDeque<Pending> pending = new ArrayDeque<>();

    StoryReaders(int threads) {
        window = 2 * threads;
        workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "story-reader");
            t.setDaemon(true);
            return t;
        });
    }

    /** Reads the next file and merges it once the files before it are. */
    void read(StoryParser.StoryFile file, StoryMerge merge) {
        while (pending.size() >= window) {
            take(merge);
        }
        pending.add(new Pending(workers.submit(() -> StoryReader.read(file.name(), file.text(), threadPool())),
                file.controlFree()));
    }

    private StringPool threadPool() {
        StringPool p = pools.get();
        if (p == null) {
            p = new StringPool();
            pools.set(p);
        }
        return p;
    }

    /** Merges every file still being read. */
    void finish(StoryMerge merge) {
        while (!pending.isEmpty()) {
            take(merge);
        }
    }

    private void take(StoryMerge merge) {
        Pending p = pending.poll();
        try {
            merge.add(p.result().get(), p.controlFree());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the story", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
