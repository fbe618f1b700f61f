package io.github.mot.servqual.internal;

/**
 * mot-core's {@link io.github.mot.core.internal.ResultValue} (equality and hash code over the
 * components) for mot-servqual's results, whose components are name and value pairs ({@code {"n",
 * n, "mean", mean}}: the names are constants, so they do not change equality) and whose default
 * text is the record's {@code Name[n=1, mean=x]}. The results are final classes or
 * package-private records rather than public records so that a result cannot be built
 * inconsistent. Not API.
 */
public abstract class ResultValue extends io.github.mot.core.internal.ResultValue {

  /** For subclasses. */
  protected ResultValue() {}

  /**
   * The record's text: the class's simple name, then each component as {@code name=value}.
   *
   * @return for example {@code MeanEstimate[n=10, mean=1.5, ...]}
   */
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
