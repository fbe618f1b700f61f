package io.github.mot.servqual.io;

import io.github.mot.core.internal.Preconditions;
import io.github.mot.core.RatingScale;
import io.github.mot.core.io.RowError;
import io.github.mot.servqual.AnswerKind;
import io.github.mot.servqual.Dimension;
import io.github.mot.servqual.Instrument;
import io.github.mot.servqual.Item;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Maps the columns of a survey tool's export (one column per question, headed by the question
 * text) to items and answer kinds, so that the export is read as it is, without editing it by hand:
 * {@code SurveyReader.of(instrument).withMapping(mapping)}. A mapping can also define the
 * instrument itself ({@link #instrument(String, RatingScale)}): the items, their dimensions, labels
 * and reverse coding.
 *
 * <p>A source column is named by its header text, exactly as in the file (surrounding blanks and a
 * byte-order mark ignored), or by its 1-based position as {@code #7}. Columns the mapping does not
 * name are ignored (survey exports carry time stamps, IP addresses and the like).
 *
 * <p>The mapping file is CSV (UTF-8 by default) with the header {@code
 * source,role,item,dimension,label,reverse}; one source column a row:
 *
 * <pre>
 * source,role,item,dimension,label,reverse
 * 答卷编号,respondent,,,,
 * 您认为优秀的银行应该有现代化的设备,E,1,TANGIBLES,Up-to-date equipment,
 * 该银行有现代化的设备,P,1,,,
 * #9,P,2,TANGIBLES,Attractive facilities,
 * 门店,attribute,,,branch,
 * 可靠性重要程度,points,,RELIABILITY,,
 * </pre>
 *
 * <ul>
 *   <li>{@code role}: {@code respondent} (the respondent id; without one, a respondent's id is its
 *       line number), {@code E}, {@code P}, {@code A}, {@code D} (or {@code expectation}, {@code
 *       perception}, {@code adequate}, {@code desired}) for answers, {@code points} for importance
 *       points of a dimension, {@code attribute} for a segment column, {@code ignore} to document a
 *       column that is not read;
 *   <li>{@code item}: the 1-based item number of an answer;
 *   <li>{@code dimension}, {@code label}, {@code reverse}: define the item (on any one of its rows;
 *       rows that repeat them must agree); {@code dimension} also names the dimension of {@code
 *       points}; {@code label} names an attribute (default: the source). {@code reverse} is {@code
 *       true/false}, {@code yes/no} or {@code 1/0}.
 * </ul>
 *
 * <p>Instances are immutable and thread-safe; the builder is mutable and single-threaded.
 *
 * @since 0.2.0
 */
public final class ColumnMapping {

  private static final Pattern POSITION = Pattern.compile("#([0-9]{1,6})");
  private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\u00A0\\u3000]+");

  /** One answer column. */
  record Answer(String source, AnswerKind kind, int item) {}

  /** What the mapping says about an item. */
  record ItemDef(@Nullable String label, @Nullable Dimension dimension, @Nullable Boolean reverse) {}

  /** One importance points column. */
  record Points(String source, Dimension dimension) {}

  /** One attribute column. */
  record Attribute(String source, String name) {}

  private final @Nullable String respondent;
  private final List<Answer> answers;
  private final Map<Integer, ItemDef> items;
  private final List<Points> points;
  private final List<Attribute> attributes;

  private ColumnMapping(Builder b) {
    this.respondent = b.respondent;
    this.answers = List.copyOf(b.answers);
    this.items = new TreeMap<>(b.items);
    this.points = List.copyOf(b.points);
    this.attributes = List.copyOf(b.attributes);
  }

  /**
   * A new, empty builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The instrument the mapping defines: items 1 to the highest mapped item number, each with the
   * dimension the mapping gives, its label (default: the header text of its first mapped column, or
   * {@code item <i>} for a column mapped by position) and its reverse coding (default: not reversed).
   *
   * @param name the instrument's name
   * @param scale the rating scale of the answers
   * @return the instrument
   * @throws IllegalArgumentException if an item between 1 and the highest has no column or no
   *     dimension, or the name or scale is invalid for an instrument
   * @throws NullPointerException if an argument is null
   */
  public Instrument instrument(String name, RatingScale scale) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(scale, "scale");
    int max = highestItem();
    List<Item> list = new ArrayList<>();
    for (int i = 1; i <= max; i++) {
      ItemDef def = items.get(i);
      int id = i;
      Optional<Answer> first = answers.stream().filter(a -> a.item() == id).findFirst();
      if (def == null || first.isEmpty()) {
        throw new IllegalArgumentException("column mapping must map every item from 1 to " + max
            + " to a column but item " + i + " has none");
      }
      Dimension d = def.dimension();
      if (d == null) {
        throw new IllegalArgumentException("column mapping must give a dimension for every item but item " + i
            + " (" + first.get().source() + ") has none");
      }
      String label = def.label();
      if (label == null) {
        String src = first.get().source();
        label = POSITION.matcher(src).matches() ? "item " + i : src;
      }
      list.add(Item.of(label, d, Boolean.TRUE.equals(def.reverse())));
    }
    return Instrument.of(name, scale, list);
  }

  /**
   * The highest item number the mapping names.
   *
   * @return the highest item number, at least 1
   */
  public int highestItem() {
    return ((TreeMap<Integer, ItemDef>) items).lastKey();
  }

  /**
   * Checks the mapping against an instrument: item numbers within it, dimensions and reverse coding
   * that agree with it.
   *
   * @throws IllegalArgumentException if they do not
   */
  void check(Instrument instrument) {
    for (Map.Entry<Integer, ItemDef> e : items.entrySet()) {
      int id = e.getKey();
      Preconditions.check(id <= instrument.size(), "column mapping item",
          "in [1, " + instrument.size() + "] for instrument " + instrument.name(), id);
      Item item = instrument.item(id);
      Dimension d = e.getValue().dimension();
      if (d != null && !d.equals(item.dimension())) {
        throw new IllegalArgumentException("column mapping dimension of item " + id + " must match the instrument's "
            + item.dimension() + " but was " + d);
      }
      Boolean rev = e.getValue().reverse();
      if (rev != null && rev != item.reverseCoded()) {
        throw new IllegalArgumentException("column mapping reverse coding of item " + id
            + " must match the instrument's (" + item.reverseCoded() + ") but was " + rev);
      }
    }
    for (Points p : points) {
      Preconditions.check(instrument.dimensions().contains(p.dimension()), "column mapping points dimension",
          "one of " + instrument.dimensions(), p.dimension());
    }
  }

  Optional<String> respondentSource() {
    return Optional.ofNullable(respondent);
  }

  List<Answer> answers() {
    return answers;
  }

  List<Points> pointsColumns() {
    return points;
  }

  List<Attribute> attributeColumns() {
    return attributes;
  }

  /**
   * The 0-based column index of a source in a header.
   *
   * @return the index, or empty after adding the problem to {@code bad}
   */
  static OptionalInt resolve(String source, String[] header, long line, List<RowError> bad) {
    Matcher m = POSITION.matcher(source);
    if (m.matches()) {
      int p = Integer.parseInt(m.group(1));
      if (p < 1 || p > header.length) {
        bad.add(new RowError(line, source, "", "mapped column position must be in [1, " + header.length
            + "] (the header's columns) but was " + p));
        return OptionalInt.empty();
      }
      return OptionalInt.of(p - 1);
    }
    // white space is matched leniently: an export with two spaces (or a tab, or an ideographic
    // space) where the mapping has one still matches
    String wanted = folded(source);
    List<Integer> found = new ArrayList<>();
    for (int c = 0; c < header.length; c++) {
      if (folded(header[c]).equals(wanted)) {
        found.add(c);
      }
    }
    if (found.isEmpty()) {
      List<String> near = nearest(wanted, header);
      bad.add(new RowError(line, source, "", "mapped column is not in the header"
          + (near.isEmpty() ? "" : "; the nearest headers: " + String.join(", ", near))));
      return OptionalInt.empty();
    }
    if (found.size() > 1) {
      bad.add(new RowError(line, source, "", "mapped column name occurs " + found.size()
          + " times in the header (columns " + found.stream().map(c -> "#" + (c + 1)).toList()
          + "): map it by position"));
      return OptionalInt.empty();
    }
    return OptionalInt.of(found.get(0));
  }

  /** The text with surrounding white space removed and every run of white space as one space. */
  static String folded(String text) {
    return WHITE_SPACE.matcher(text.strip()).replaceAll(" ");
  }

  /**
   * Up to three headers closest to {@code wanted} in edit distance (Levenshtein, on the folded
   * texts), at most a third of the longer text apart (at least 1), closest first, each quoted.
   */
  private static List<String> nearest(String wanted, String[] header) {
    record Near(String header, int distance) {}
    List<Near> near = new ArrayList<>();
    for (String h : header) {
      String f = folded(h);
      int d = distance(wanted, f);
      if (!f.isEmpty() && d <= Math.max(1, Math.max(wanted.length(), f.length()) / 3)) {
        near.add(new Near(h, d));
      }
    }
    near.sort(java.util.Comparator.comparingInt(Near::distance));
    return near.stream().map(n -> "'" + n.header() + "'").distinct().limit(3).toList();
  }

  /** Levenshtein distance, two rows; headers are short (field length is limited by the reader). */
  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  /**
   * The mapping as the CSV rows that {@link ColumnMappingReader} reads, one per source column.
   *
   * @return the mapping file's text
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("source,role,item,dimension,label,reverse\n");
    if (respondent != null) {
      sb.append(quote(respondent)).append(",respondent,,,,\n");
    }
    Set<Integer> defined = new HashSet<>();
    for (Answer a : answers) {
      sb.append(quote(a.source())).append(',').append(a.kind().columnPrefix()).append(',').append(a.item());
      ItemDef d = items.get(a.item());
      if (d != null && defined.add(a.item())) {
        sb.append(',').append(d.dimension() == null ? "" : d.dimension().name()).append(',')
            .append(d.label() == null ? "" : quote(d.label())).append(',')
            .append(d.reverse() == null ? "" : d.reverse().toString()).append('\n');
      } else {
        sb.append(",,,\n");
      }
    }
    for (Points p : points) {
      sb.append(quote(p.source())).append(",points,,").append(p.dimension().name()).append(",,\n");
    }
    for (Attribute a : attributes) {
      sb.append(quote(a.source())).append(",attribute,,,").append(quote(a.name())).append(",\n");
    }
    return sb.toString();
  }

  private static String quote(String s) {
    return s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")
        ? "\"" + s.replace("\"", "\"\"") + "\""
        : s;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ColumnMapping && toString().equals(o.toString());
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }

  /** Builds a {@link ColumnMapping}. Mutable and single-threaded. */
  public static final class Builder {
    private @Nullable String respondent;
    private final List<Answer> answers = new ArrayList<>();
    private final Map<Integer, ItemDef> items = new TreeMap<>();
    private final List<Points> points = new ArrayList<>();
    private final List<Attribute> attributes = new ArrayList<>();
    private final Set<String> sources = new HashSet<>();

    private Builder() {}

    /**
     * Maps the respondent id column.
     *
     * @param source the header text or {@code #<position>}
     * @return this builder
     * @throws IllegalArgumentException if the source is blank, already mapped, or a respondent
     *     column is already mapped
     */
    public Builder respondent(String source) {
      String s = source(source);
      if (respondent != null) {
        throw new IllegalArgumentException("respondent column must be mapped once but was mapped to '" + respondent
            + "' and '" + s + "'");
      }
      respondent = s;
      return this;
    }

    /**
     * Maps an answer column.
     *
     * @param source the header text or {@code #<position>}
     * @param kind the answer kind
     * @param item the 1-based item number
     * @return this builder
     * @throws IllegalArgumentException if the source is blank or already mapped, the item number is
     *     not in [1, {@value Instrument#MAX_ITEMS}], or the kind and item are already mapped
     */
    public Builder answer(String source, AnswerKind kind, int item) {
      Objects.requireNonNull(kind, "kind");
      checkItem(item);
      for (Answer a : answers) {
        if (a.kind() == kind && a.item() == item) {
          throw new IllegalArgumentException("answer " + kind.columnPrefix() + item + " must be mapped once but was"
              + " mapped to '" + a.source() + "' and '" + source + "'");
        }
      }
      answers.add(new Answer(source(source), kind, item));
      items.putIfAbsent(item, new ItemDef(null, null, null));
      return this;
    }

    /**
     * Defines an item: its label and dimension, not reverse-coded.
     *
     * @param item the 1-based item number
     * @param label the label, not blank
     * @param dimension the dimension
     * @return this builder
     * @throws IllegalArgumentException if the item number is out of range, the label is blank, or
     *     the item was defined differently before
     */
    public Builder item(int item, String label, Dimension dimension) {
      return item(item, label, dimension, false);
    }

    /**
     * Defines an item: its label, dimension and reverse coding.
     *
     * @param item the 1-based item number
     * @param label the label, not blank
     * @param dimension the dimension
     * @param reverse whether answers are reverse-coded
     * @return this builder
     * @throws IllegalArgumentException if the item number is out of range, the label is blank, or
     *     the item was defined differently before
     */
    public Builder item(int item, String label, Dimension dimension, boolean reverse) {
      Objects.requireNonNull(label, "label");
      Preconditions.notBlank("item label", label);
      define(item, label, Objects.requireNonNull(dimension, "dimension"), reverse);
      return this;
    }

    /**
     * Maps an importance points column.
     *
     * @param source the header text or {@code #<position>}
     * @param dimension the dimension whose points the column holds
     * @return this builder
     * @throws IllegalArgumentException if the source is blank or already mapped, or the dimension
     *     already has a column
     */
    public Builder points(String source, Dimension dimension) {
      Objects.requireNonNull(dimension, "dimension");
      for (Points p : points) {
        if (p.dimension().equals(dimension)) {
          throw new IllegalArgumentException("points of " + dimension + " must be mapped once but were mapped to '"
              + p.source() + "' and '" + source + "'");
        }
      }
      points.add(new Points(source(source), dimension));
      return this;
    }

    /**
     * Maps an attribute (segment) column.
     *
     * @param source the header text or {@code #<position>}
     * @param name the attribute name, not blank
     * @return this builder
     * @throws IllegalArgumentException if the source is blank or already mapped, or the name is
     *     blank or already used
     */
    public Builder attribute(String source, String name) {
      Objects.requireNonNull(name, "name");
      Preconditions.check(!name.isBlank() && attributes.stream().noneMatch(a -> a.name().equals(name)),
          "attribute name", "non-blank and unique", name);
      attributes.add(new Attribute(source(source), name));
      return this;
    }

    /** One row of a mapping file. */
    void row(String source, String role, String item, String dimension, String label, String reverse) {
      String r = role.toLowerCase(Locale.ROOT);
      switch (r) {
        case "respondent":
          respondent(source);
          return;
        case "points":
        case "w":
          if (dimension.isEmpty()) {
            throw new IllegalArgumentException("points need a dimension but the dimension was empty");
          }
          points(source, Dimension.of(dimension));
          return;
        case "attribute":
          attribute(source, label.isEmpty() ? source : label);
          return;
        case "ignore":
          source(source);
          return;
        default:
          break;
      }
      AnswerKind kind = kind(r);
      if (kind == null) {
        throw Preconditions.invalid("role",
            "one of respondent, E, P, A, D, expectation, perception, adequate, desired, points, attribute, ignore", role);
      }
      int id;
      try {
        id = Integer.parseInt(item);
      } catch (NumberFormatException e) {
        IllegalArgumentException bad = Preconditions.invalid("item", "an item number for an answer", item);
        bad.initCause(e);
        throw bad;
      }
      answer(source, kind, id);
      Boolean rev = null;
      if (!reverse.isEmpty()) {
        String v = reverse.toLowerCase(Locale.ROOT);
        if (v.equals("true") || v.equals("yes") || v.equals("1")) {
          rev = Boolean.TRUE;
        } else if (v.equals("false") || v.equals("no") || v.equals("0")) {
          rev = Boolean.FALSE;
        } else {
          throw Preconditions.invalid("reverse", "true/false, yes/no or 1/0", reverse);
        }
      }
      define(id, label.isEmpty() ? null : label, dimension.isEmpty() ? null : Dimension.of(dimension), rev);
    }

    private static @Nullable AnswerKind kind(String role) {
      switch (role) {
        case "e":
        case "expectation":
          return AnswerKind.EXPECTATION;
        case "p":
        case "perception":
          return AnswerKind.PERCEPTION;
        case "a":
        case "adequate":
          return AnswerKind.ADEQUATE;
        case "d":
        case "desired":
          return AnswerKind.DESIRED;
        default:
          return null;
      }
    }

    private void define(int item, @Nullable String label, @Nullable Dimension dimension, @Nullable Boolean reverse) {
      checkItem(item);
      ItemDef old = items.getOrDefault(item, new ItemDef(null, null, null));
      String l = merge(item, "label", old.label(), label);
      Dimension d = merge(item, "dimension", old.dimension(), dimension);
      Boolean r = merge(item, "reverse", old.reverse(), reverse);
      items.put(item, new ItemDef(l, d, r));
    }

    private static <T> @Nullable T merge(int item, String field, @Nullable T old, @Nullable T given) {
      if (old != null && given != null && !old.equals(given)) {
        throw new IllegalArgumentException("item " + item + " " + field + " must be given once or the same again but"
            + " was '" + old + "' and '" + given + "'");
      }
      return given != null ? given : old;
    }

    private static void checkItem(int item) {
      Preconditions.inRange("item", item, 1, Instrument.MAX_ITEMS);
    }

    private String source(String source) {
      Objects.requireNonNull(source, "source");
      String s = source.strip();
      Preconditions.notBlank("source column", source);
      if (!sources.add(s)) {
        throw new IllegalArgumentException("source column must be mapped once but '" + s + "' was mapped again");
      }
      return s;
    }

    /**
     * Builds the mapping.
     *
     * @return the mapping
     * @throws IllegalArgumentException if no answer column is mapped
     */
    public ColumnMapping build() {
      if (answers.isEmpty()) {
        throw new IllegalArgumentException("column mapping must map at least one answer column but mapped none");
      }
      return new ColumnMapping(this);
    }
  }
}
