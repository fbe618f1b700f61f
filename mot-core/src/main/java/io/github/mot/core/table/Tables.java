package io.github.mot.core.table;

import io.github.mot.core.Labels;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The description of one result for every format: an ordered list of parts, each of which the
 * {@link Format}s render in their own way.
 *
 * <ul>
 *   <li>{@linkplain Builder#line lines} of text (a headline, a note): text and HTML only;
 *   <li>{@linkplain Builder#field fields}: a scalar (count, mean, name) or a {@linkplain
 *       Builder#object nested object}: JSON fields, the single CSV row of a result without tables;
 *   <li>{@linkplain Builder#table tables}: JSON arrays, CSV rows under a union header, aligned text
 *       and HTML tables;
 *   <li>{@linkplain Builder#child nested results}: a JSON object (or {@code null}), text and HTML
 *       after the parent; not in the parent's CSV;
 *   <li>{@linkplain Builder#include included results}: another result's parts as the parent's own
 *       (JSON fields of the same object, CSV rows of the same sheet);
 *   <li>{@linkplain Builder#group groups} of results by a value (segments): a JSON object by value,
 *       CSV rows with the value in a leading column, text and HTML one after the other.
 * </ul>
 *
 * <p>Immutable once built; build one per call of {@link Tabular#tables()}.
 *
 * @since 0.3.0
 */
public final class Tables {

  sealed interface Part permits Line, Field, TablePart, Child, Group {}

  record Line(Function<Cells, ? extends @Nullable String> text) implements Part {}

  record Field(String key, Column.Value<Object> value, boolean nested, List<? extends Column<?>> columns)
      implements Part {}

  record TablePart(Table<?> table) implements Part {}

  /** A nested result; {@code inline}: its parts are this result's (see {@link Builder#include}). */
  record Child(String key, @Nullable Tabular result, boolean inline) implements Part {}

  record Group(String csvColumn, String key, Map<String, ? extends Tabular> results,
      @Nullable BiFunction<Cells, String, ? extends @Nullable String> heading) implements Part {}

  private final Function<Locale, Labels> bundle;
  private final List<Part> parts;
  private final List<Set<Column.Target>> targets;
  private final @Nullable String csvLevel;
  private final boolean finalNewline;

  private Tables(Builder b) {
    this.bundle = b.bundle;
    this.parts = List.copyOf(b.parts);
    this.targets = List.copyOf(b.targets);
    this.csvLevel = b.csvLevel;
    this.finalNewline = b.finalNewline;
  }

  /**
   * Starts a description whose header and text keys are looked up in a module's bundle.
   *
   * @param bundle the module's labels in a language, such as {@code l -> Labels.forBundle(BUNDLE,
   *     l, MyResult.class.getModule())}; called once per rendering
   * @return a builder
   */
  public static Builder builder(Function<Locale, Labels> bundle) {
    return new Builder(Objects.requireNonNull(bundle, "bundle"));
  }

  Function<Locale, Labels> bundle() {
    return bundle;
  }

  List<Part> parts() {
    return parts;
  }

  /** The parts shown in a format (all but those {@linkplain Builder#only restricted} to others). */
  List<Part> parts(Column.Target target) {
    List<Part> shown = new ArrayList<>(parts.size());
    for (int i = 0; i < parts.size(); i++) {
      if (targets.get(i).contains(target)) {
        shown.add(parts.get(i));
      }
    }
    return shown;
  }

  @Nullable String csvLevel() {
    return csvLevel;
  }

  boolean finalNewline() {
    return finalNewline;
  }

  /** Builds a {@link Tables}; single-threaded. */
  public static final class Builder {
    private final Function<Locale, Labels> bundle;
    private final List<Part> parts = new ArrayList<>();
    private final List<Set<Column.Target>> targets = new ArrayList<>();
    private @Nullable String csvLevel;
    private boolean finalNewline = true;

    private Builder(Function<Locale, Labels> bundle) {
      this.bundle = bundle;
    }

    private void add(Part part) {
      parts.add(part);
      targets.add(EnumSet.allOf(Column.Target.class));
    }

    /**
     * A line of text (headline, note), possibly of several lines; text and HTML only.
     *
     * @param text the text in the rendering's language; {@code null} prints nothing
     * @return this builder
     */
    public Builder line(Function<Cells, ? extends @Nullable String> text) {
      add(new Line(Objects.requireNonNull(text, "text")));
      return this;
    }

    /**
     * An empty line in text.
     *
     * @return this builder
     */
    public Builder blank() {
      return line(c -> "");
    }

    /**
     * A scalar field: a JSON field, and a cell of the single CSV row of a result without tables.
     *
     * @param key the field name
     * @param value a {@link Number} (NaN is undefined), {@link String}, {@link Boolean}, or {@code
     *     null} (undefined)
     * @return this builder
     */
    public Builder field(String key, @Nullable Object value) {
      return field(key, (r, c) -> value);
    }

    /**
     * A scalar field whose value depends on the rendering's language (a label).
     *
     * @param key the field name
     * @param value the value
     * @return this builder
     */
    public Builder field(String key, Column.Value<Object> value) {
      add(new Field(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"), false,
          List.of()));
      return this;
    }

    /**
     * A nested object field (JSON only): the columns of one value, {@code null} when absent.
     *
     * @param key the field name
     * @param row the value, or {@code null}
     * @param columns its columns
     * @param <S> the value's type
     * @return this builder
     */
    public <S> Builder object(String key, @Nullable S row, List<Column<S>> columns) {
      add(new Field(Objects.requireNonNull(key, "key"), (r, c) -> row, true, List.copyOf(columns)));
      return this;
    }

    /**
     * A table.
     *
     * @param table the table
     * @return this builder
     */
    public Builder table(Table<?> table) {
      add(new TablePart(Objects.requireNonNull(table, "table")));
      return this;
    }

    /**
     * A nested result: a JSON object (or {@code null} when absent) under {@code key}; its text
     * and HTML follow; not part of this result's CSV.
     *
     * @param key the field name
     * @param result the nested result, or {@code null}
     * @return this builder
     */
    public Builder child(String key, @Nullable Tabular result) {
      add(new Child(Objects.requireNonNull(key, "key"), result, false));
      return this;
    }

    /**
     * Another result's parts as parts of this one, in its own labels: in JSON its fields and tables
     * are fields of this object (not a nested object); in CSV its rows (under its own level
     * column, if it has one) are rows of this result; in text and HTML it follows as a {@linkplain
     * #child child} does. For a result that adds a few fields to another, such as the account of
     * the read before the analysis of the rows read.
     *
     * @param result the result whose parts to include
     * @return this builder
     * @throws NullPointerException if {@code result} is null
     * @since 0.3.0
     */
    public Builder include(Tabular result) {
      add(new Child("", Objects.requireNonNull(result, "result"), true));
      return this;
    }

    /**
     * Results by a value, such as gap reports by segment: in JSON an object from value to result
     * under {@code key}; in CSV each result's rows with the value in a first column {@code
     * csvColumn}; in text and HTML each result after its heading.
     *
     * @param csvColumn the CSV header of the value column
     * @param key the JSON field name
     * @param results the results by value, in order
     * @param heading the heading line in text of the result of a value, or {@code null} for none
     * @return this builder
     */
    public Builder group(String csvColumn, String key, Map<String, ? extends Tabular> results,
        @Nullable BiFunction<Cells, String, ? extends @Nullable String> heading) {
      add(new Group(Objects.requireNonNull(csvColumn, "csvColumn"), Objects.requireNonNull(key, "key"),
          new LinkedHashMap<>(results), heading));
      return this;
    }

    /**
     * Restricts the part added last to the given formats, as {@link Table#only} does for a table:
     * for example results by segment that JSON and CSV write in full while text and HTML show a
     * summary table instead ({@code .group(...).only(Column.Target.JSON, Column.Target.CSV)}).
     *
     * @param first a format
     * @param more more formats
     * @return this builder
     * @throws IllegalStateException if no part was added yet
     * @since 0.3.0
     */
    public Builder only(Column.Target first, Column.Target... more) {
      if (parts.isEmpty()) {
        throw new IllegalStateException("only(...) must follow a part but the description had none yet");
      }
      targets.set(targets.size() - 1, EnumSet.of(first, more));
      return this;
    }

    /**
     * The header of the first CSV column, which holds each table's {@link Table#level() level};
     * without one, CSV has no level column.
     *
     * @param column the header, such as {@code "level"}
     * @return this builder
     */
    public Builder csvLevel(String column) {
      this.csvLevel = Objects.requireNonNull(column, "column");
      return this;
    }

    /**
     * Whether the text ends with a line break (the default) or not.
     *
     * @param finalNewline whether to end with a line break
     * @return this builder
     */
    public Builder finalNewline(boolean finalNewline) {
      this.finalNewline = finalNewline;
      return this;
    }

    /**
     * The description.
     *
     * @return the tables
     * @throws IllegalStateException if two parts shown in JSON have the same key (a JSON object
     *     with a repeated field loses one of them in most readers)
     */
    public Tables build() {
      java.util.Set<String> keys = new java.util.HashSet<>();
      for (int i = 0; i < parts.size(); i++) {
        Part p = parts.get(i);
        @Nullable String key = !targets.get(i).contains(Column.Target.JSON) ? null
            : p instanceof Field f ? f.key()
            : p instanceof TablePart t && t.table().in(Column.Target.JSON) ? t.table().key()
            : p instanceof Child c ? c.key()
            : p instanceof Group g ? g.key()
            : null;
        if (key != null && !keys.add(key)) {
          throw new IllegalStateException("two parts of a result have the JSON key \"" + key
              + "\"; give each field, table, child and group its own key");
        }
      }
      return new Tables(this);
    }
  }
}
