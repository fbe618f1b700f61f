package io.github.mot.core.internal;

import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * Runs one piece of work on the calling thread and on short-lived worker threads, the way the
 * library's parallel analyses split their work: every thread runs the same {@link Runnable}, which
 * takes ranges of the work in turn (from an {@code AtomicInteger}) and writes each range's result
 * into its own slot, so the result does not depend on which thread took which range.
 */
public final class Workers {

  private Workers() {}

  /**
   * Runs {@code work} on the calling thread and on {@code threads - 1} new daemon threads and
   * waits for all of them. An interrupt while waiting is kept for later (the workers own partial
   * results: they are waited for) and re-asserted before returning.
   *
   * @param work the work each thread runs
   * @param threads the threads in all, the calling one included, {@code >= 1}
   * @param name the worker threads' name prefix, such as {@code "mot-servqual-analysis"}
   * @throws RuntimeException the first runtime exception a thread threw
   * @throws Error the first error a thread threw
   */
  public static void run(Runnable work, int threads, String name) {
    if (threads <= 1) {
      work.run();
      return;
    }
    AtomicReference<@Nullable Throwable> failure = new AtomicReference<>();
    Runnable guarded = () -> {
      try {
        work.run();
      } catch (Throwable t) { // rethrown below, on the caller's thread
        failure.compareAndSet(null, t);
      }
    };
    Thread[] workers = new Thread[threads - 1];
    for (int t = 0; t < workers.length; t++) {
      workers[t] = new Thread(guarded, name + "-" + (t + 1));
      workers[t].setDaemon(true);
      workers[t].start();
    }
    guarded.run();
    boolean interrupted = false;
    for (Thread worker : workers) {
      while (true) {
        try {
          worker.join();
          break;
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    Throwable t = failure.get();
    if (t instanceof RuntimeException r) {
      throw r;
    }
    if (t instanceof Error e) {
      throw e;
    }
    if (t != null) {
      throw new IllegalStateException(t);
    }
  }
}
