package io.github.mot.core.internal;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * What the library's results keep of records: equality and hash code over the components that
 * define them, and a record's text where a result has no table of its own. Results are final
 * classes rather than records so that their constructors stay package-private (a result cannot be
 * built inconsistent); they extend this class for their value semantics. Internal: exported only
 * to the library's own modules.
 *
 * @since 0.3.0
 */
public abstract class ResultValue {

  /** For subclasses. */
  protected ResultValue() {}

  /**
   * The values that define equality, in a fixed order: {@code {volume, share}}. Values that
   * follow from them (bounds, derived scores) are left out.
   *
   * @return a new array
   */
  protected abstract Object[] components();

  /**
   * Equal when of the same class with equal components (doubles as {@link Double#equals}, that is
   * as by {@link Double#compare}: NaN equals NaN, -0.0 differs from 0.0), as records are.
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return o == this || o != null && o.getClass() == getClass()
        && Arrays.equals(components(), ((ResultValue) o).components());
  }

  /** The hash code of the components: {@code Objects.hash} of them, in order. */
  @Override
  public int hashCode() {
    return Arrays.hashCode(components());
  }

  /**
   * The components as a record prints them, named in order: {@code Point[auditedAt=..., score=0.5]}.
   *
   * @param names the components' names, as many as {@link #components()} has values
   * @return the text
   * @throws IllegalArgumentException if the number of names differs
   */
  protected final String recordText(String... names) {
    Object[] c = components();
    if (names.length != c.length) {
      throw Preconditions.unmet("names", "have " + c.length + " entries", "had " + names.length);
    }
    StringBuilder b = new StringBuilder(getClass().getSimpleName()).append('[');
    for (int i = 0; i < c.length; i++) {
      b.append(i == 0 ? "" : ", ").append(names[i]).append('=').append(c[i]);
    }
    return b.append(']').toString();
  }
}
