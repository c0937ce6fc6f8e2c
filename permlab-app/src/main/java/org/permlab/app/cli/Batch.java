package org.permlab.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.permlab.error.InvalidInputException;

/**
 * The one executor for parallel batch work (batch fits, sweeps): one task per item on all cores, results in input
 * order, a failed item recorded and the batch going on. A progress bar is drawn on standard error when it is a
 * terminal, and nothing is drawn otherwise (CI logs, pipes).
 */
public final class Batch {

    private Batch() {
    }

    /**
     * The outcome of one item: its result, or why it failed.
     *
     * @param item   the input
     * @param result the result, when the item succeeded
     * @param error  one line saying what was wrong, when it failed
     * @param bug    true when the failure was not bad input but a defect
     */
    public record Outcome<T, R>(T item, Optional<R> result, Optional<String> error, boolean bug) {
    }

    /** Whether the progress bar should be drawn (a terminal on both ends). */
    @SuppressWarnings("SystemConsoleNull") // permlab runs on Java 17, where console() is null without a terminal
    public static boolean interactive() {
        return System.console() != null;
    }

    /**
     * Runs {@code work} on every item in parallel.
     *
     * @param items    the inputs
     * @param work     the task; {@link InvalidInputException} marks bad input, anything else a bug
     * @param what     the plural noun for the progress bar, e.g. {@code "spectra"}
     * @param progress where to draw the bar, or {@code null} for none
     * @param threads  worker threads; 0 for one per available processor
     */
    public static <T, R> List<Outcome<T, R>> run(List<T> items, Function<T, R> work, String what,
            PrintWriter progress, int threads) {
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(n, Math.max(1, items.size()))),
                r -> {
                    Thread t = new Thread(r, "permlab-batch");
                    t.setDaemon(true);
                    return t;
                });
        AtomicInteger done = new AtomicInteger();
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (T item : items) {
                futures.add(pool.submit(() -> {
                    try {
                        return work.apply(item);
                    } finally {
                        draw(progress, done.incrementAndGet(), items.size(), what);
                    }
                }));
            }
            List<Outcome<T, R>> out = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                out.add(outcome(items.get(i), futures.get(i)));
            }
            if (progress != null && !items.isEmpty()) {
                progress.print("\r" + " ".repeat(60) + "\r");
                progress.flush();
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T, R> Outcome<T, R> outcome(T item, Future<R> future) {
        try {
            return new Outcome<>(item, Optional.ofNullable(future.get()), Optional.empty(), false);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof InvalidInputException bad) {
                return new Outcome<>(item, Optional.empty(), Optional.of(bad.getMessage()), false);
            }
            return new Outcome<>(item, Optional.empty(), Optional.of("internal error (a bug; please report it): "
                    + cause), true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome<>(item, Optional.empty(), Optional.of("interrupted"), false);
        }
    }

    private static synchronized void draw(PrintWriter progress, int done, int total, String what) {
        if (progress == null) {
            return;
        }
        int width = 30;
        int filled = total == 0 ? width : done * width / total;
        progress.print("\r[" + "=".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total + " "
                + what);
        progress.flush();
    }
}
