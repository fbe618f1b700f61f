package io.github.mot.scoring;

import io.github.mot.core.internal.ResultValue;
import io.github.mot.core.table.Cells;
import io.github.mot.core.table.Column;
import io.github.mot.core.table.Format;
import io.github.mot.core.table.Table;
import io.github.mot.core.table.Tables;
import io.github.mot.core.table.Tabular;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Summaries of groups of observations, one per key (touchpoint, stage, channel, staff member,
 * customer or any key the caller chose), ordered worst first, with the summary of all groups
 * together.
 *
 * <p>The order is fixed when the result is built: for scorecards by {@link
 * ScorecardSummary#WORST_FIRST} then key, for audits by {@link AuditSummary#WORST_FIRST} then
 * key; each accumulator's Javadoc says which. Every group has at least one observation: a key
 * appears only once an observation for it was added.
 *
 * <p>Instances are immutable and thread-safe if the keys are.
 *
 * @param <K> the key type
 * @param <S> the summary type, {@link ScorecardSummary} or {@link AuditSummary}
 * @since 0.1.0
 */
public final class GroupedSummary<K, S> extends ResultValue implements Tabular {

  /**
   * One group: its key and its summary. Built only by the accumulators, so that a group always
   * has at least one observation; immutable and thread-safe if the key is. Equal when key and
   * summary are equal; printed as a record, {@code Group[key=greet, summary=...]}.
   *
   * @param <K> the key type
   * @param <S> the summary type
   */
  public sealed interface Group<K, S> permits Values.Group {

    /**
     * The key of the group.
     *
     * @return the key
     */
    K key();

    /**
     * The summary of the group's observations.
     *
     * @return the summary, never empty
     */
    S summary();
  }

  /**
   * One row of the tables: a group, or the total ({@code key} null).
   *
   * @param <K> the key type
   * @param <S> the summary type
   */
  record Row<K, S>(@Nullable K key, S summary) {}

  private final String grouping;
  private final List<Group<K, S>> groups;
  private final Map<K, S> byKey;
  private final S total;
  private final List<Column<Row<K, S>>> columns;
  private final @Nullable Function<? super K, String> keyLabel;

  /**
   * The groups of {@code summaries}, worst first.
   *
   * @param columns the summary's columns on a row, such as {@code ScorecardSummary::columns}: the
   *     columns of every group and of the total
   */
  GroupedSummary(
      String grouping,
      Map<K, S> summaries,
      Comparator<? super S> worstFirst,
      Comparator<? super K> keyOrder,
      S total,
      Function<Function<Row<K, S>, S>, List<Column<Row<K, S>>>> columns) {
    this.grouping = grouping;
    List<Group<K, S>> list = new ArrayList<>(summaries.size());
    for (Map.Entry<K, S> e : summaries.entrySet()) {
      list.add(new Values.Group<>(e.getKey(), e.getValue()));
    }
    list.sort(
        Comparator.<Group<K, S>, S>comparing(Group::summary, worstFirst)
            .thenComparing(Group::key, keyOrder));
    this.groups = Collections.unmodifiableList(list);
    Map<K, S> map = new LinkedHashMap<>();
    for (Group<K, S> g : list) {
      map.put(g.key(), g.summary());
    }
    this.byKey = Collections.unmodifiableMap(map);
    this.total = total;
    this.columns = columns.apply(Row::summary);
    this.keyLabel = null;
  }

  private GroupedSummary(GroupedSummary<K, S> source, Function<? super K, String> keyLabel) {
    this.grouping = source.grouping;
    this.groups = source.groups;
    this.byKey = source.byKey;
    this.total = source.total;
    this.columns = source.columns;
    this.keyLabel = keyLabel;
  }

  /**
   * What the keys are, for example {@code "touchpoint"} or {@code "staff"}.
   *
   * @return the name of the grouping, the key column's header
   */
  public String grouping() {
    return grouping;
  }

  /**
   * The groups, worst first.
   *
   * @return an unmodifiable list, empty if nothing was added
   */
  public List<Group<K, S>> groups() {
    return groups;
  }

  /**
   * The keys, worst first.
   *
   * @return an unmodifiable list of the keys
   */
  public List<K> keys() {
    return List.copyOf(byKey.keySet());
  }

  /**
   * The summary of one group.
   *
   * @param key the key
   * @return its summary, empty if no observation had this key
   */
  public Optional<S> get(K key) {
    return Optional.ofNullable(byKey.get(key));
  }

  /**
   * The worst group, the first of {@link #groups()}.
   *
   * @return the worst group, empty if there are no groups
   */
  public Optional<Group<K, S>> worst() {
    return groups.isEmpty() ? Optional.empty() : Optional.of(groups.get(0));
  }

  /**
   * The summary of all observations of all groups together.
   *
   * @return the total (empty summary if nothing was added)
   */
  public S total() {
    return total;
  }

  /**
   * The number of groups.
   *
   * @return the number of distinct keys
   */
  public int size() {
    return groups.size();
  }

  /**
   * Whether there are no groups.
   *
   * @return {@code size() == 0}
   */
  public boolean isEmpty() {
    return groups.isEmpty();
  }

  /** Equal when the grouping and the ordered groups are equal. */
  @Override
  protected Object[] components() {
    return new Object[] {grouping, groups};
  }

  /**
   * An aligned table: one row per group, worst first, then a row for the total. Long tables show
   * their first and last rows.
   */
  @Override
  public String toString() {
    return Format.TEXT.render(this);
  }

  /**
   * The same table in a language, each group shown by the label {@code keyLabel} gives its key:
   * touchpoint or stage names instead of ids, for example {@code byTouchpoint.toString(zh, id ->
   * journey.requireTouchpoint(id).name())} with a journey of localised names. Everything else is
   * as in {@link #toString(Locale)}; the same as {@code withKeyLabels(keyLabel).toString(locale)}.
   *
   * @param locale the language and number format, such as {@link Locale#SIMPLIFIED_CHINESE}
   * @param keyLabel the text shown for a group's key; it must not return null
   * @return the table as text
   * @throws NullPointerException if {@code locale} or {@code keyLabel} is null, or {@code
   *     keyLabel} returns null for a key (the message names the key)
   * @since 0.1.0
   */
  public String toString(Locale locale, Function<? super K, String> keyLabel) {
    return withKeyLabels(keyLabel).toString(locale);
  }

  /**
   * The same groups shown by labels instead of keys, in every {@link Format}: text and HTML show
   * each group by the text {@code keyLabel} gives its key (touchpoint names instead of ids, for
   * example {@code byTouchpoint.withKeyLabels(id -> journey.requireTouchpoint(id).name())}); CSV
   * and JSON keep the key and add that text as a column {@code label}. The labels are only
   * presentation: the copy has the same groups and is {@linkplain #equals(Object) equal} to this
   * summary. {@code keyLabel} is called when the copy is rendered, once per group and rendering.
   *
   * @param keyLabel the text shown for a group's key; it must not return null (rendering then
   *     throws a {@link NullPointerException} that names the key)
   * @return a copy that shows the labels
   * @throws NullPointerException if {@code keyLabel} is null
   * @since 0.3.0
   */
  public GroupedSummary<K, S> withKeyLabels(Function<? super K, String> keyLabel) {
    return new GroupedSummary<>(this, Objects.requireNonNull(keyLabel, "keyLabel"));
  }

  /**
   * The groups for every {@link Format}: the JSON field {@code grouping} (the {@linkplain
   * #grouping() name of the grouping}), the array {@code groups} (worst first) and the object
   * {@code total}; each group has {@code key} (the key as text; also {@code label} in a {@link
   * #withKeyLabels(Function) labelled} copy) and the summary's columns (for scorecards {@code n},
   * {@code mean}, {@code netScore}, {@code positiveShare} with {@code positiveLower} and {@code
   * positiveUpper}, and so on, see {@link ScorecardSummary#tables()}; for audits those of {@link
   * AuditSummary#tables()}). The CSV has one row per group and one for the total, the first column
   * {@code level} telling which ({@code group}, {@code total}; the total's {@code key} is empty).
   * Text and HTML show one table, the total last as {@code (all)}: in text after a rule, in HTML
   * in the table's {@code <tfoot>}.
   *
   * @return the description of these groups
   * @since 0.3.0
   */
  @Override
  public Tables tables() {
    String header = keyHeader(grouping);
    Column.Target text = Column.Target.TEXT;
    Column.Target html = Column.Target.HTML;
    List<Column<Row<K, S>>> keys = new ArrayList<>(2);
    keys.add(Column.<Row<K, S>>text("key", r -> r.key() == null ? null : String.valueOf(r.key()))
        .header(header)
        .text(this::keyText));
    if (keyLabel != null) {
      keys.add(Column.<Row<K, S>>label("label", (r, c) -> r.key() == null ? null : keyText(r, c))
          .except(text, html));
    }
    List<Column<Row<K, S>>> cols = ResultTables.concat(keys, columns);
    List<Row<K, S>> rows = new ArrayList<>(groups.size() + 1);
    for (Group<K, S> g : groups) {
      rows.add(new Row<>(g.key(), g.summary()));
    }
    Row<K, S> all = new Row<>(null, total);
    return ResultTables.builder()
        .csvLevel("level")
        .line(c -> c.fill("title.grouped", c.label(header), groups.size(),
            c.label(groups.size() == 1 ? "text.group" : "text.groups")))
        .field("grouping", grouping)
        .table(ResultTables.table("groups", cols, rows).level("group").total(all, "total")
            .only(text, html, Column.Target.CSV))
        .table(Table.of("groups", cols, rows).only(Column.Target.JSON))
        .object("total", all, columns)
        .build();
  }

  /** The header of the key column: the bundle key of a grouping of this library, else the name. */
  static String keyHeader(String grouping) {
    String key = "group." + grouping;
    return Text.labels(Locale.ENGLISH).find(key).isPresent() ? key : grouping;
  }

  /** A group's key as text and HTML show it: its label, its translation or itself; the total. */
  private String keyText(Row<K, S> row, Cells c) {
    K key = row.key();
    if (key == null) {
      return c.label("text.all");
    }
    Function<? super K, String> f = keyLabel;
    if (f == null) {
      return Text.of(c).key(key);
    }
    String label = f.apply(key);
    if (label == null) {
      throw new NullPointerException("keyLabel returned null for the key " + key);
    }
    return label;
  }
}
