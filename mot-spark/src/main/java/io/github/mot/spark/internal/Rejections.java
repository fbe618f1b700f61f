package io.github.mot.spark.internal;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * The rejection columns every result struct ends with, and the message of a strict function's
 * refusal. Stateless.
 */
final class Rejections {

  private Rejections() {}

  /** Appends {@code rejected}, {@code rejectedNull} and {@code rejectedInvalid}. */
  static void fields(List<StructField> f) {
    f.add(DataTypes.createStructField("rejected", DataTypes.LongType, false));
    f.add(DataTypes.createStructField("rejectedNull", DataTypes.LongType, false));
    f.add(DataTypes.createStructField("rejectedInvalid", DataTypes.LongType, false));
  }

  /** A struct type with the fields of {@link #fields} appended. */
  static StructType withRejections(StructType t) {
    List<StructField> f = new ArrayList<>(List.of(t.fields()));
    fields(f);
    return DataTypes.createStructType(f);
  }

  /** Appends the values of {@link #fields}. */
  static void values(List<@Nullable Object> v, long rejectedNull, long rejectedInvalid) {
    v.add(Math.addExact(rejectedNull, rejectedInvalid));
    v.add(rejectedNull);
    v.add(rejectedInvalid);
  }

  /** SQL's form of an undefined figure: null for NaN. */
  static @Nullable Double orNull(double x) {
    return Double.isNaN(x) ? null : x;
  }

  /**
   * The library's message shape, "{@code <what> must be <allowed> but was <value>}".
   *
   * @param what the value's name
   * @param allowed what is allowed
   * @param value the value, null printed as {@code null}
   * @return the exception
   */
  static IllegalArgumentException invalid(String what, String allowed, @Nullable Object value) {
    return new IllegalArgumentException(what + " must be " + allowed + " but was " + value);
  }
}
