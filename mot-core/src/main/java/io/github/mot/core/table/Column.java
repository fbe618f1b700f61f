package io.github.mot.core.table;

import io.github.mot.core.internal.Preconditions;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;

/**
 * One column of a result table, declared once for every format: its key (the JSON field and,
 * in {@code snake_case}, the CSV header), its header in text and HTML (a bundle key or a literal),
 * the kind of its values, how a cell prints as text, and how its value is read from a row.
 *
 * <p>Kinds: {@link #text text}, {@link #integer integer}, {@link #decimal decimal} (NaN is
 * undefined), {@link #optional optional decimal}, {@link #bool boolean}, {@link #integers list of
 * integers}, a nested {@link #object object} and a nested {@link #list list of rows} (JSON only),
 * and {@link #display display-only} text columns (such as an interval {@code [lo, hi]} made of
 * two machine columns).
 *
 * <pre>{@code
 * static final List<Column<GapReport.ItemGap>> ITEMS = List.of(
 *     Column.<GapReport.ItemGap>integer("id", GapReport.ItemGap::id).header("table.item"),
 *     Column.<GapReport.ItemGap>decimal("gap", GapReport.ItemGap::meanGap).decimals(3).header("table.gap"));
 * }</pre>
 *
 * <p>Immutable and thread-safe if its functions are; every {@code withX}-style method returns a
 * changed copy.
 *
 * @param <R> the row type
 * @since 0.3.0
 */
public final class Column<R> {

  /** What a column's values are; decides how CSV and JSON write them. */
  public enum Kind {
    /** Text, possibly a translated label. */
    TEXT,
    /** A whole number. */
    INTEGER,
    /** A real number; NaN is undefined. */
    DECIMAL,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** A list of whole numbers: a JSON array, a CSV cell with {@code ;} between the numbers. */
    INTEGERS,
    /** A nested object of its own columns: JSON only. */
    OBJECT,
    /** A nested list of rows of their own columns: JSON only. */
    LIST,
    /** A text computed for reading only (text and HTML), such as an interval. */
    DISPLAY
  }

  /** Where a column appears. */
  public enum Target {
    /** The aligned text of {@code toString()}. */
    TEXT,
    /** HTML tables. */
    HTML,
    /** CSV. */
    CSV,
    /** JSON. */
    JSON
  }

  /**
   * Reads a cell's value from a row.
   *
   * @param <R> the row type
   */
  @FunctionalInterface
  public interface Value<R> {
    /**
     * The value of the cell: a {@link Number}, {@link String}, {@link Boolean}, {@code int[]}, a
     * nested row or list of rows, or {@code null} for an undefined value.
     *
     * @param row the row
     * @param cells the rendering's cells (language)
     * @return the value, or {@code null}
     */
    @Nullable Object get(R row, Cells cells);
  }

  private final String key;
  private final String csvKey;
  private final String header;
  private final Kind kind;
  private final Value<R> value;
  private final @Nullable BiFunction<? super R, Cells, String> text;
  private final int decimals;
  private final boolean rightAligned;
  private final Set<Target> targets;
  private final List<? extends Column<?>> children;
  private final boolean omitNull;

  private Column(
      String key,
      String csvKey,
      String header,
      Kind kind,
      Value<R> value,
      @Nullable BiFunction<? super R, Cells, String> text,
      int decimals,
      boolean rightAligned,
      Set<Target> targets,
      List<? extends Column<?>> children,
      boolean omitNull) {
    this.key = key;
    this.csvKey = csvKey;
    this.header = header;
    this.kind = kind;
    this.value = value;
    this.text = text;
    this.decimals = decimals;
    this.rightAligned = rightAligned;
    this.targets = targets;
    this.children = children;
    this.omitNull = omitNull;
  }

  private static <R> Column<R> create(String key, Kind kind, Value<R> value, boolean right, Set<Target> targets) {
    Objects.requireNonNull(key, "key");
    if (key.isBlank()) {
      throw Preconditions.unmet("column key", "not be blank", "was '" + key + "'");
    }
    return new Column<>(key, snake(key), key, kind, value, null, 3, right, targets, List.of(), false);
  }

  private static Set<Target> all() {
    return EnumSet.allOf(Target.class);
  }

  /**
   * A text column, left-aligned.
   *
   * @param key the key
   * @param value the text of a row, {@code null} if undefined
   * @param <R> the row type
   * @return the column
   */
  public static <R> Column<R> text(String key, Function<? super R, @Nullable String> value) {
    Objects.requireNonNull(value, "value");
    return create(key, Kind.TEXT, (r, c) -> value.apply(r), false, all());
  }

  /**
   * A text column whose text depends on the language: a label translated when {@link
   * Cells#translating()}.
   *
   * @param key the key
   * @param value the label of a row in the rendering's language
   * @param <R> the row type
   * @return the column
   */
  public static <R> Column<R> label(String key, BiFunction<? super R, Cells, @Nullable String> value) {
    Objects.requireNonNull(value, "value");
    return create(key, Kind.TEXT, value::apply, false, all());
  }

  /**
   * A whole-number column, right-aligned, printed without grouping separators.
   *
   * @param key the key
   * @param value the number of a row
   * @param <R> the row type
   * @return the column
   */
  public static <R> Column<R> integer(String key, ToLongFunction<? super R> value) {
    Objects.requireNonNull(value, "value");
    return create(key, Kind.INTEGER, (r, c) -> value.applyAsLong(r), true, all());
  }

  /**
   * A whole-number column whose value may be absent, such as the item a warning is about: JSON
   * {@code null} (or no field, {@link #omitNull()}), an empty CSV cell, {@link Cells#UNDEFINED} in
   * text.
   *
   * @param key the key
   * @param value the number of a row, empty when absent
   * @param <R> the row type
   * @return the column, right-aligned
   * @since 0.3.0
   */
  public static <R> Column<R> optionalInteger(String key, Function<? super R, OptionalInt> value) {
    Objects.requireNonNull(value, "value");
    return create(key, Kind.INTEGER, (r, c) -> {
      OptionalInt v = value.apply(r);
      return v.isPresent() ? (Object) (long) v.getAsInt() : null;
    }, true, all());
  }

  /**
   * A real-number column, right-aligned, printed with {@link #decimals(int) 3 decimals} unless
   * told; NaN is undefined.
   *
   * @param key the key
   * @param value the number of a row
   * @param <R> the row type
   * @return the column
   */
  public static <R> Column<R> decimal(String key, ToDoubleFunction<? super R> value) {
    Objects.requireNonNull(value, "value");
    return create(key, Kind.DECIMAL, (r, c) -> value.applyAsDouble(r), true, all());
  }

  /**
   * A real-number column whose value may be absent (undefined).
   *
   * @param key the key
   * @param value the number of a row
   * @param <R> the row type
   * @return the column
   */
  public static <R> Column<R> optional(String key, Function<? super R, OptionalDouble> value) {
    Objects.requireNonNull(value, "value");
    return create(key, Kind.DECIMAL, (r, c) -> value.apply(r).orElse(Double.NaN), true, all());
  }

  /**
   * A boolean column.
   *
   * @param key the key
   * @param value the value of a row
   * @param <R> the row type
   * @return the column
   */
  public static <R> Column<R> bool(String key, Predicate<? super R> value) {
    Objects.requireNonNull(value, "value");
    return create(key, Kind.BOOLEAN, (r, c) -> value.test(r), false, all());
  }

  /**
   * A list of whole numbers (such as the item ids of a dimension): a JSON array, a CSV cell with
   * {@code ;} between the numbers, in text the numbers with {@code ", "} between them.
   *
   * @param key the key
   * @param value the numbers of a row
   * @param <R> the row type
   * @return the column
   */
  public static <R> Column<R> integers(String key, Function<? super R, int[]> value) {
    Objects.requireNonNull(value, "value");
    return create(key, Kind.INTEGERS, (r, c) -> value.apply(r), false, all());
  }

  /**
   * A nested object (JSON only): the columns of a part of the row, such as a mean with its
   * interval.
   *
   * @param key the key
   * @param part the part of a row, {@code null} when absent (written as JSON {@code null})
   * @param columns the columns of the part
   * @param <R> the row type
   * @param <S> the part's type
   * @return the column
   */
  public static <R, S> Column<R> object(
      String key, Function<? super R, @Nullable S> part, List<Column<S>> columns) {
    Objects.requireNonNull(part, "part");
    Column<R> c = create(key, Kind.OBJECT, (r, x) -> part.apply(r), false, EnumSet.of(Target.JSON));
    return c.children(List.copyOf(columns));
  }

  /**
   * A nested list of rows (JSON only), such as the item statistics of a scale.
   *
   * @param key the key
   * @param rows the nested rows of a row
   * @param columns the columns of a nested row
   * @param <R> the row type
   * @param <S> the nested row type
   * @return the column
   */
  public static <R, S> Column<R> list(
      String key, Function<? super R, ? extends List<? extends S>> rows, List<Column<S>> columns) {
    Objects.requireNonNull(rows, "rows");
    Column<R> c = create(key, Kind.LIST, (r, x) -> rows.apply(r), false, EnumSet.of(Target.JSON));
    return c.children(List.copyOf(columns));
  }

  /**
   * A column for reading only (text and HTML), such as an interval {@code [lo, hi]} whose bounds
   * are machine columns of their own.
   *
   * @param header the header: a bundle key or a literal
   * @param text the cell text of a row
   * @param <R> the row type
   * @return the column, right-aligned
   */
  public static <R> Column<R> display(String header, BiFunction<? super R, Cells, String> text) {
    Objects.requireNonNull(text, "text");
    Column<R> c = create(header, Kind.DISPLAY, (r, x) -> text.apply(r, x), true,
        EnumSet.of(Target.TEXT, Target.HTML));
    return c.text(text);
  }

  private Column<R> children(List<? extends Column<?>> columns) {
    return new Column<>(key, csvKey, header, kind, value, text, decimals, rightAligned, targets, columns, omitNull);
  }

  /**
   * The same column with a header in text and HTML.
   *
   * @param header a key of the result module's label bundle, or a literal text such as {@code "n"}
   * @return the changed copy
   */
  public Column<R> header(String header) {
    Objects.requireNonNull(header, "header");
    return new Column<>(key, csvKey, header, kind, value, text, decimals, rightAligned, targets, children, omitNull);
  }

  /**
   * The same column with another CSV header (the default is the key in {@code snake_case}).
   *
   * @param csvKey the CSV header
   * @return the changed copy
   */
  public Column<R> csv(String csvKey) {
    Objects.requireNonNull(csvKey, "csvKey");
    return new Column<>(key, csvKey, header, kind, value, text, decimals, rightAligned, targets, children, omitNull);
  }

  /**
   * The same column printing its numbers with a number of decimals in text and HTML.
   *
   * @param decimals the decimals, in [0, 12]
   * @return the changed copy
   * @throws IllegalArgumentException if {@code decimals} is out of range
   */
  public Column<R> decimals(int decimals) {
    Preconditions.inRange("decimals", decimals, 0, 12);
    return new Column<>(key, csvKey, header, kind, value, text, decimals, rightAligned, targets, children, omitNull);
  }

  /**
   * The same column with its own cell text in text and HTML (CSV and JSON still write the value).
   *
   * @param text the text of a row's cell
   * @return the changed copy
   */
  public Column<R> text(BiFunction<? super R, Cells, String> text) {
    Objects.requireNonNull(text, "text");
    return new Column<>(key, csvKey, header, kind, value, text, decimals, rightAligned, targets, children, omitNull);
  }

  /**
   * The same column, left-aligned in text.
   *
   * @return the changed copy
   */
  public Column<R> left() {
    return new Column<>(key, csvKey, header, kind, value, text, decimals, false, targets, children, omitNull);
  }

  /**
   * The same column, right-aligned in text.
   *
   * @return the changed copy
   */
  public Column<R> right() {
    return new Column<>(key, csvKey, header, kind, value, text, decimals, true, targets, children, omitNull);
  }

  /**
   * The same column in the given formats only.
   *
   * @param first a format
   * @param more more formats
   * @return the changed copy
   */
  public Column<R> only(Target first, Target... more) {
    return new Column<>(key, csvKey, header, kind, value, text, decimals, rightAligned,
        EnumSet.of(first, more), children, omitNull);
  }

  /**
   * The same column in every format but the given ones.
   *
   * @param first a format
   * @param more more formats
   * @return the changed copy
   */
  public Column<R> except(Target first, Target... more) {
    Set<Target> t = EnumSet.copyOf(targets);
    t.remove(first);
    for (Target m : more) {
      t.remove(m);
    }
    return new Column<>(key, csvKey, header, kind, value, text, decimals, rightAligned, t, children, omitNull);
  }

  /**
   * The same column left out of a JSON object where its value is {@code null}, rather than
   * written as {@code null}: a field that only some rows have, such as the item id of an
   * importance-performance point that is a dimension. CSV writes an empty cell as for any
   * undefined value; text and HTML print {@link Cells#UNDEFINED} unless the column has its own
   * {@link #text(BiFunction) text}.
   *
   * @return the changed copy
   * @since 0.3.0
   */
  public Column<R> omitNull() {
    return new Column<>(key, csvKey, header, kind, value, text, decimals, rightAligned, targets, children, true);
  }

  /**
   * Whether JSON leaves the field out where the value is {@code null} ({@link #omitNull()}).
   *
   * @return whether a null value omits the field
   * @since 0.3.0
   */
  public boolean omitsNull() {
    return omitNull;
  }

  /**
   * The key: the JSON field name.
   *
   * @return the key
   */
  public String key() {
    return key;
  }

  /**
   * The CSV header.
   *
   * @return the CSV header
   */
  public String csvKey() {
    return csvKey;
  }

  /**
   * The header in text and HTML: a bundle key or a literal.
   *
   * @return the header
   */
  public String header() {
    return header;
  }

  /**
   * The kind of value.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Whether the column appears in a format.
   *
   * @param target the format
   * @return whether it appears
   */
  public boolean in(Target target) {
    return targets.contains(target);
  }

  /**
   * Whether text right-aligns the column (numbers).
   *
   * @return whether right-aligned
   */
  public boolean rightAligned() {
    return rightAligned;
  }

  /**
   * The columns of a nested object or list; empty for other kinds.
   *
   * @return the nested columns
   */
  public List<? extends Column<?>> children() {
    return children;
  }

  /**
   * The value of a row's cell, as CSV and JSON write it.
   *
   * @param row the row
   * @param cells the rendering's cells
   * @return the value, {@code null} when undefined
   */
  public @Nullable Object value(R row, Cells cells) {
    return value.get(row, cells);
  }

  /**
   * The text of a row's cell, as text and HTML print it: the column's own text function if it
   * has one, else the value formatted by its kind ({@link Cells#UNDEFINED} when undefined).
   *
   * @param row the row
   * @param cells the rendering's cells
   * @return the text
   */
  public String text(R row, Cells cells) {
    if (text != null) {
      return text.apply(row, cells);
    }
    Object v = value.get(row, cells);
    if (v == null) {
      return Cells.UNDEFINED;
    }
    switch (kind) {
      case DECIMAL:
        return cells.num(((Number) v).doubleValue(), decimals);
      case INTEGER:
        return Long.toString(((Number) v).longValue());
      case INTEGERS: {
        int[] a = (int[]) v;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < a.length; i++) {
          sb.append(i == 0 ? "" : ", ").append(a[i]);
        }
        return sb.toString();
      }
      case BOOLEAN:
        return ((Boolean) v) ? "yes" : "no";
      default:
        return v.toString();
    }
  }

  /** {@code ciLower} to {@code ci_lower}. */
  static String snake(String camel) {
    StringBuilder sb = new StringBuilder(camel.length() + 4);
    for (int i = 0; i < camel.length(); i++) {
      char c = camel.charAt(i);
      if (Character.isUpperCase(c) && i > 0) {
        sb.append('_').append(Character.toLowerCase(c));
      } else {
        sb.append(Character.toLowerCase(c));
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return "Column[" + key + ", " + kind + "]";
  }
}
