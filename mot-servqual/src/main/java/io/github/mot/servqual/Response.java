package io.github.mot.servqual;

import io.github.mot.core.internal.Preconditions;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One respondent's questionnaire: an id, answers per {@link AnswerKind} (one per item, in item
 * order, {@link #MISSING} where the respondent gave none), optional importance points per
 * dimension and optional attributes such as segment, branch or date.
 *
 * <p>Answers are raw, as the respondent gave them; {@link SurveyData.Builder#add(Response)}
 * checks them against an instrument and applies reverse coding.
 *
 * <pre>{@code
 * Response r = Response.builder("r1")
 *     .expectations(7, 6, Response.MISSING)
 *     .perceptions(5, 6, 4)
 *     .attribute("branch", "north")
 *     .build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Response {

  /** The value that marks a missing answer in the {@code int} arrays of this type. */
  public static final int MISSING = Integer.MIN_VALUE;

  private final String id;
  private final EnumMap<AnswerKind, int[]> answers;
  private final Map<Dimension, Double> points;
  private final Map<String, String> attributes;

  private Response(Builder b) {
    this.id = b.id;
    this.answers = new EnumMap<>(AnswerKind.class);
    b.answers.forEach((k, v) -> answers.put(k, v.clone()));
    this.points = Collections.unmodifiableMap(new LinkedHashMap<>(b.points));
    this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(b.attributes));
  }

  /**
   * A builder for the respondent with the given id.
   *
   * @param id the respondent id, not blank
   * @return a new builder
   * @throws IllegalArgumentException if the id is blank
   * @throws NullPointerException if {@code id} is null
   */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /**
   * The respondent id.
   *
   * @return the id, not blank
   */
  public String id() {
    return id;
  }

  /**
   * The kinds of answers this response carries.
   *
   * @return an unmodifiable set
   */
  public Set<AnswerKind> kinds() {
    return Collections.unmodifiableSet(answers.keySet());
  }

  /**
   * The answers of one kind, in item order, {@link #MISSING} for a missing answer.
   *
   * @param kind the kind
   * @return a copy of the answers, empty if the response has none of that kind
   */
  public int[] answers(AnswerKind kind) {
    int[] a = answers.get(kind);
    return a == null ? new int[0] : a.clone();
  }

  /**
   * One answer.
   *
   * @param kind the kind
   * @param itemId the 1-based item id
   * @return the raw answer, empty if missing or if the response has no such answer
   */
  public OptionalInt answer(AnswerKind kind, int itemId) {
    int[] a = answers.get(kind);
    if (a == null || itemId < 1 || itemId > a.length || a[itemId - 1] == MISSING) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(a[itemId - 1]);
  }

  /**
   * The importance points per dimension, as given (not yet checked to sum to 100).
   *
   * @return an unmodifiable map, empty if the respondent gave no points
   */
  public Map<Dimension, Double> points() {
    return points;
  }

  /**
   * The attributes, such as {@code segment -> "business"}.
   *
   * @return an unmodifiable map, in the order set
   */
  public Map<String, String> attributes() {
    return attributes;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Response)) {
      return false;
    }
    Response r = (Response) o;
    if (!id.equals(r.id) || !points.equals(r.points) || !attributes.equals(r.attributes)) {
      return false;
    }
    if (!answers.keySet().equals(r.answers.keySet())) {
      return false;
    }
    for (Map.Entry<AnswerKind, int[]> e : answers.entrySet()) {
      if (!Arrays.equals(e.getValue(), r.answers.get(e.getKey()))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = Objects.hash(id, points, attributes);
    for (Map.Entry<AnswerKind, int[]> e : answers.entrySet()) {
      h = 31 * h + e.getKey().hashCode() * 17 + Arrays.hashCode(e.getValue());
    }
    return h;
  }

  /**
   * For example {@code Response[r1, E=[7, 6, .], P=[5, 6, 4], points={}, attributes={branch=north}]}
   * with {@code .} for a missing answer.
   *
   * @return a one-line description
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Response[").append(id);
    answers.forEach(
        (k, v) -> {
          sb.append(", ").append(k.columnPrefix()).append("=[");
          for (int i = 0; i < v.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(v[i] == MISSING ? "." : Integer.toString(v[i]));
          }
          sb.append(']');
        });
    return sb.append(", points=").append(points).append(", attributes=").append(attributes).append(']').toString();
  }

  /** Builds a {@link Response}. Mutable and single-threaded; each setter replaces earlier values. */
  public static final class Builder {
    private final String id;
    private final EnumMap<AnswerKind, int[]> answers = new EnumMap<>(AnswerKind.class);
    private final Map<Dimension, Double> points = new LinkedHashMap<>();
    private final Map<String, String> attributes = new LinkedHashMap<>();

    private Builder(String id) {
      Objects.requireNonNull(id, "id");
      Preconditions.notBlank("respondent id", id);
      this.id = id;
    }

    /**
     * Sets the answers of one kind, one per item in item order; {@link Response#MISSING} marks a
     * missing answer.
     *
     * @param kind the kind
     * @param values the raw answers
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public Builder answers(AnswerKind kind, int... values) {
      Objects.requireNonNull(kind, "kind");
      answers.put(kind, values.clone());
      return this;
    }

    /**
     * Sets the expectations E.
     *
     * @param values the raw answers in item order
     * @return this builder
     */
    public Builder expectations(int... values) {
      return answers(AnswerKind.EXPECTATION, values);
    }

    /**
     * Sets the perceptions P.
     *
     * @param values the raw answers in item order
     * @return this builder
     */
    public Builder perceptions(int... values) {
      return answers(AnswerKind.PERCEPTION, values);
    }

    /**
     * Sets the adequate service levels A (PZB 1994).
     *
     * @param values the raw answers in item order
     * @return this builder
     */
    public Builder adequate(int... values) {
      return answers(AnswerKind.ADEQUATE, values);
    }

    /**
     * Sets the desired service levels D (PZB 1994).
     *
     * @param values the raw answers in item order
     * @return this builder
     */
    public Builder desired(int... values) {
      return answers(AnswerKind.DESIRED, values);
    }

    /**
     * Sets the importance points of one dimension.
     *
     * @param dimension the dimension
     * @param value the points, finite and {@code >= 0}
     * @return this builder
     * @throws IllegalArgumentException if the points are negative, NaN or infinite
     * @throws NullPointerException if {@code dimension} is null
     */
    public Builder points(Dimension dimension, double value) {
      Objects.requireNonNull(dimension, "dimension");
      Preconditions.finiteNonNegative("importance points of " + dimension, value);
      points.put(dimension, value + 0.0); // -0.0 is stored as 0.0
      return this;
    }

    /**
     * Sets an attribute; a blank value means "not given" and removes the attribute.
     *
     * @param name the attribute name, not blank
     * @param value the value
     * @return this builder
     * @throws IllegalArgumentException if the name is blank
     * @throws NullPointerException if an argument is null
     */
    public Builder attribute(String name, String value) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      Preconditions.notBlank("attribute name", name);
      if (value.isBlank()) {
        attributes.remove(name);
      } else {
        attributes.put(name, value);
      }
      return this;
    }

    /**
     * Builds the response.
     *
     * @return the immutable response
     */
    public Response build() {
      return new Response(this);
    }
  }
}
