package io.github.mot.core.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Runs a task on many threads at once, for the concurrency tests of every module. */
public final class Threads {

  private Threads() {}

  /**
   * Runs {@code task} on {@code threads} threads released together and returns their results.
   *
   * @param threads how many threads
   * @param task the task, shared by every thread
   * @param <T> the result type
   * @return the results, one per thread
   * @throws InterruptedException if interrupted while waiting
   * @throws ExecutionException if a thread's task threw
   * @throws AssertionError if a thread did not finish within 60 s
   */
  public static <T> List<T> together(int threads, Callable<T> task)
      throws InterruptedException, ExecutionException {
    ExecutorService executor = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        futures.add(
            executor.submit(
                () -> {
                  start.await();
                  return task.call();
                }));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> f : futures) {
        results.add(f.get(60, TimeUnit.SECONDS));
      }
      return results;
    } catch (TimeoutException e) {
      throw new AssertionError("a thread did not finish within 60 s", e);
    } finally {
      executor.shutdownNow();
    }
  }
}
