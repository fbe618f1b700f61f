package io.github.mot.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What every workload benchmark shares: the JMH settings (average time in milliseconds, 3
 * warm-up and 5 measured iterations of 2 seconds, one fork with a pre-touched 6 GB heap unless a
 * subclass says otherwise), the {@code threads} parameter, and closing what a trial opened
 * (DuckDB connections) after the trial.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
public abstract class WorkloadBenchmark {

  /** Threads: 1 = single-threaded, 2 = both cores. */
  @Param({"1", "2"})
  public int threads;

  private final List<AutoCloseable> opened = new ArrayList<>();

  /** For subclasses. */
  protected WorkloadBenchmark() {}

  /**
   * Whether the parallel variants run.
   *
   * @return {@code threads > 1}
   */
  protected boolean parallel() {
    return threads > 1;
  }

  /**
   * A new scratch directory for a database.
   *
   * @return the directory
   * @throws IOException if it cannot be created
   */
  protected static Path scratch() throws IOException {
    return Files.createTempDirectory("mot-bench");
  }

  /**
   * Remembers a resource to close after the trial.
   *
   * @param resource the resource, such as a DuckDB connection
   * @param <T> its type
   * @return {@code resource}
   */
  protected <T extends AutoCloseable> T closeAfterTrial(T resource) {
    opened.add(resource);
    return resource;
  }

  /**
   * Closes what the trial opened, newest first.
   *
   * @throws Exception if closing fails
   */
  @TearDown(Level.Trial)
  public void closeOpened() throws Exception {
    for (int i = opened.size() - 1; i >= 0; i--) {
      opened.get(i).close();
    }
    opened.clear();
  }
}
