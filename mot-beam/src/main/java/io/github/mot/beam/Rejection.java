package io.github.mot.beam;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A record a pipeline did not count, with the reason: an encounter that is null or not valid for
 * the analysis (its touchpoint not on the journey map, its ratings on another scale), or a row of
 * an encounter file that the reader rejected. The transforms of {@link MotTransforms} and {@link
 * MotIO} put every such record in their side output ({@link
 * org.apache.beam.sdk.transforms.WithFailures.Result#failures()}), never drop it silently, and fail
 * the job only in strict mode.
 *
 * <p>Instances are immutable and thread-safe; {@link MotCoders#rejection()} codes them.
 *
 * @since 0.4.0
 */
public final class Rejection {

  private final String record;
  private final String reason;

  private Rejection(String record, String reason) {
    this.record = record;
    this.reason = reason;
  }

  /**
   * A rejection.
   *
   * @param record the record as text: an encounter's {@code toString()}, {@code "null"}, or a
   *     file's name and line ({@code "encounters-00001-of-00004.csv:17"})
   * @param reason why it was not counted, for example {@code "touchpoint 'x' is not on the journey
   *     map 'Retail counter'"}
   * @return the rejection
   * @throws NullPointerException if an argument is null
   */
  public static Rejection of(String record, String reason) {
    return new Rejection(Objects.requireNonNull(record, "record"), Objects.requireNonNull(reason, "reason"));
  }

  /**
   * The record as text.
   *
   * @return the record
   */
  public String record() {
    return record;
  }

  /**
   * Why it was not counted.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }

  /** Equal when record and reason are equal. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Rejection r && record.equals(r.record) && reason.equals(r.reason);
  }

  @Override
  public int hashCode() {
    return 31 * record.hashCode() + reason.hashCode();
  }

  /** For example {@code "encounters.csv:8: touchpoint 'teleporting' is not on the journey map"}. */
  @Override
  public String toString() {
    return record + ": " + reason;
  }
}
