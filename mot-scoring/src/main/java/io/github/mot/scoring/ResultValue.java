package io.github.mot.scoring;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * What the results of this package keep of records: equality and hash code over the components
 * that define them (each result prints its own tables). The results are final classes rather than
 * records so that their constructors stay package-private: a result cannot be built
 * inconsistent. Package-private.
 */
abstract class ResultValue {

  /**
   * The values that define equality, in a fixed order: {@code {volume, share}}. Values that
   * follow from them (bounds, derived scores) are left out.
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

  /** The hash code of the components: {@code Objects.hash} of them, in order. */
  @Override
  public int hashCode() {
    return Arrays.hashCode(components());
  }
}
