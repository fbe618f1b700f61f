package io.github.mot.scoring;

import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the results of this package keep of records: equality and hash code over the components
 * that define them (each result prints its own tables). The results are final classes rather than
 * records so that their constructors stay package-private: a result cannot be built
 * inconsistent. Package-private.
 */
abstract class ResultValue {

  /**
   * The components that define equality, in order, as name and value pairs (the names document
   * the array and name the parts in a debugger): {@code {"volume", volume, "share", share}}.
   * Values that follow from them (bounds, derived scores) are left out.
   *
   * @return a new array
   */
  abstract Object[] components();

  /**
   * Equal when of the same class with equal components (doubles as {@link Double#equals}, that is
   * as by {@link Double#compare}: NaN equals NaN, -0.0 differs from 0.0), as records are.
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return o == this || o != null && o.getClass() == getClass()
        && Arrays.equals(components(), ((ResultValue) o).components());
  }

  /** The hash code of the component values, as {@link Objects#hash} of them in order. */
  @Override
  public int hashCode() {
    Object[] c = components();
    int h = 1;
    for (int i = 1; i < c.length; i += 2) {
      h = 31 * h + Objects.hashCode(c[i]);
    }
    return h;
  }
}
