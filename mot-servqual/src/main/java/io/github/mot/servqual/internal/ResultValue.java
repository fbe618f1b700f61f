package io.github.mot.servqual.internal;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * What the results of this package keep of records: equality and hash code over their
 * components, and the record's text {@code Name[a=1, b=x]}. The results are final classes rather
 * than records so that their constructors stay package-private: a result cannot be built
 * inconsistent. Package-private.
 */
public abstract class ResultValue {

  /**
   * The components in order, as name and value pairs: {@code {"n", n, "mean", mean}}.
   *
   * @return a new array
   */
  protected abstract Object[] components();

  /**
   * Equal when of the same class with equal components (doubles as {@link Double#equals}: NaN
   * equals NaN), as records are.
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return o == this || o != null && o.getClass() == getClass()
        && Arrays.equals(components(), ((ResultValue) o).components());
  }

  /** The hash code of the components. */
  @Override
  public int hashCode() {
    return Arrays.hashCode(components());
  }

  /** The components as a record prints them: {@code MeanEstimate[n=4, mean=-0.75, ...]}. */
  @Override
  public String toString() {
    Object[] c = components();
    StringBuilder b = new StringBuilder(getClass().getSimpleName()).append('[');
    for (int i = 0; i < c.length; i += 2) {
      b.append(i == 0 ? "" : ", ").append(c[i]).append('=').append(c[i + 1]);
    }
    return b.append(']').toString();
  }
}
