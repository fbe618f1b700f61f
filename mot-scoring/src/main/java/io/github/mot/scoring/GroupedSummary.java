package io.github.mot.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
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
public final class GroupedSummary<K, S> {

  /**
   * One group: its key and its summary.
   *
   * @param <K> the key type
   * @param <S> the summary type
   * @param key the key of the group
   * @param summary the summary of the group's observations, never empty
   */
  public record Group<K, S>(K key, S summary) {

    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a part is null
     */
    public Group {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(summary, "summary");
    }
  }

  private final String dimension;
  private final List<Group<K, S>> groups;
  private final Map<K, S> byKey;
  private final S total;
  private final Function<Text, String[]> header;
  private final BiFunction<Text, S, String[]> cells;

  GroupedSummary(
      String dimension,
      Map<K, S> summaries,
      Comparator<? super S> worstFirst,
      Comparator<? super K> keyOrder,
      S total,
      Function<Text, String[]> header,
      BiFunction<Text, S, String[]> cells) {
    this.dimension = dimension;
    List<Group<K, S>> list = new ArrayList<>(summaries.size());
    for (Map.Entry<K, S> e : summaries.entrySet()) {
      list.add(new Group<>(e.getKey(), e.getValue()));
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
    this.header = header;
    this.cells = cells;
  }

  /**
   * What the keys are, for example {@code "touchpoint"} or {@code "staff"}.
   *
   * @return the name of the grouping, the key column's header
   */
  public String dimension() {
    return dimension;
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

  /** Equal when the dimension and the ordered groups are equal. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof GroupedSummary
        && ((GroupedSummary<?, ?>) o).dimension.equals(dimension)
        && ((GroupedSummary<?, ?>) o).groups.equals(groups);
  }

  @Override
  public int hashCode() {
    return dimension.hashCode() * 31 + groups.hashCode();
  }

  /**
   * An aligned table: one row per group, worst first, then a row for the total. Long tables show
   * their first and last rows.
   */
  @Override
  public String toString() {
    return toString(Locale.ENGLISH);
  }

  /**
   * The same table in a language: headline and headers from the bundle {@code
   * io.github.mot.scoring.i18n.labels}, the grouping's name translated where it is one of this
   * library's ({@code "touchpoint"}, {@code "stage"}, {@code "channel"}, {@code "staff"}, {@code
   * "customer"}, {@code "step"}), keys that are enum constants with a label (behaviour steps)
   * translated, other keys (ids) as they are; numbers with the locale's separators. A language
   * without a bundle (German) gets the English words. Columns are padded by display width.
   * {@code toString(Locale.ENGLISH)} equals {@link #toString()}.
   *
   * @param locale the language and number format, such as {@link Locale#SIMPLIFIED_CHINESE}
   * @return the table as text
   * @throws NullPointerException if {@code locale} is null
   * @since 0.1.0
   */
  public String toString(Locale locale) {
    Text x = Text.of(locale);
    return render(x, x::key);
  }

  /**
   * The same table in a language, each group shown by the label {@code keyLabel} gives its key:
   * touchpoint or stage names instead of ids, for example {@code byTouchpoint.toString(zh, id ->
   * journey.requireTouchpoint(id).name())} with a journey of localised names. Everything else is
   * as in {@link #toString(Locale)}.
   *
   * @param locale the language and number format, such as {@link Locale#SIMPLIFIED_CHINESE}
   * @param keyLabel the text shown for a group's key; it must not return null
   * @return the table as text
   * @throws NullPointerException if {@code locale} or {@code keyLabel} is null, or {@code
   *     keyLabel} returns null for a key (the message names the key)
   * @since 0.1.0
   */
  public String toString(Locale locale, Function<? super K, String> keyLabel) {
    Objects.requireNonNull(keyLabel, "keyLabel");
    return render(Text.of(locale), k -> {
      String label = keyLabel.apply(k);
      if (label == null) {
        throw new NullPointerException("keyLabel returned null for the key " + k);
      }
      return label;
    });
  }

  private String render(Text x, Function<? super K, String> keyText) {
    String[] head = header.apply(x);
    String[] h = new String[head.length + 1];
    String name = x.grouping(dimension);
    h[0] = name;
    System.arraycopy(head, 0, h, 1, head.length);
    Table t = new Table(h);
    for (Group<K, S> g : groups) {
      t.row(rowOf(x, keyText.apply(g.key()), g.summary()));
    }
    t.row(rowOf(x, x.get("text.all"), total));
    return x.fill("title.grouped", name, groups.size(), x.get(groups.size() == 1 ? "text.group" : "text.groups"))
        + "\n"
        + t.render(x);
  }

  private String[] rowOf(Text x, String key, S summary) {
    String[] c = cells.apply(x, summary);
    String[] row = new String[c.length + 1];
    row[0] = key;
    System.arraycopy(c, 0, row, 1, c.length);
    return row;
  }
}
