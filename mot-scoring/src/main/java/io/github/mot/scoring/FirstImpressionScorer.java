package io.github.mot.scoring;

import io.github.mot.core.AbcComponent;
import io.github.mot.core.AbcRatings;
import io.github.mot.core.AbcWeights;
import io.github.mot.core.Encounter;
import io.github.mot.core.RatingScale;
import io.github.mot.core.internal.ResultValue;
import io.github.mot.scoring.internal.LogAccess;
import io.github.mot.scoring.log.EncounterLog;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collector;
import org.jspecify.annotations.Nullable;

/**
 * Scores the first impression of a contact from its ABC ratings (appearance, behaviour,
 * communication) and ABC weights (52/33/15 by default).
 *
 * <p>Formulas, with weights {@code w_c}, ratings {@code r_c} on a scale {@code [min, max]} and
 * {@code u_c = (r_c - min) / (max - min)} each rating normalised to [0, 1]:
 *
 * <pre>
 *   index = 100 x sum(w_c u_c) / sum(w_c)            (0..100)
 *   score = min + (max - min) x index / 100          (= sum(w_c r_c) / sum(w_c), on the scale)
 * </pre>
 *
 * <p>The weights sum to 1 within 1e-9 ({@link AbcWeights}); dividing by their actual sum makes the
 * index a true weighted mean, so rounding can never carry it outside [0, 100] or the score
 * outside the scale, and the index is non-decreasing in each rating. See {@link FirstImpression}
 * for each component's contribution and lost points.
 *
 * <p>Hot path: {@link #index(AbcRatings)} and {@link #weightedScore(AbcRatings)} return a
 * {@code double} and allocate nothing; {@link #score(AbcRatings)} builds a full result.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class FirstImpressionScorer extends ResultValue {

  /** The scorer with the standard weights 0.52 / 0.33 / 0.15 ({@link AbcWeights#STANDARD}). */
  public static final FirstImpressionScorer STANDARD = new FirstImpressionScorer(AbcWeights.STANDARD);

  private final AbcWeights weights;
  private final double wa;
  private final double wb;
  private final double wc;
  private final double sum;

  private FirstImpressionScorer(AbcWeights weights) {
    this.weights = weights;
    this.wa = weights.appearance();
    this.wb = weights.behaviour();
    this.wc = weights.communication();
    this.sum = wa + wb + wc;
  }

  /**
   * A scorer with the given weights.
   *
   * @param weights the ABC weights
   * @return the scorer
   * @throws NullPointerException if {@code weights} is null
   */
  public static FirstImpressionScorer of(AbcWeights weights) {
    return new FirstImpressionScorer(Objects.requireNonNull(weights, "weights"));
  }

  /**
   * A copy of this scorer with other weights.
   *
   * @param weights the ABC weights
   * @return the new scorer
   */
  public FirstImpressionScorer withWeights(AbcWeights weights) {
    return of(weights);
  }

  /**
   * The weights.
   *
   * @return the ABC weights
   */
  public AbcWeights weights() {
    return weights;
  }

  /**
   * The first-impression index, without building a result.
   *
   * @param ratings the ratings
   * @return the index in [0, 100]
   */
  public double index(AbcRatings ratings) {
    RatingScale s = ratings.scale();
    return 100.0 * unit(s, ratings.appearance(), ratings.behaviour(), ratings.communication());
  }

  /**
   * The weighted score on the ratings' own scale, without building a result.
   *
   * @param ratings the ratings
   * @return the score in {@code [scale.min, scale.max]}
   */
  public double weightedScore(AbcRatings ratings) {
    RatingScale s = ratings.scale();
    return s.min()
        + s.range() * unit(s, ratings.appearance(), ratings.behaviour(), ratings.communication());
  }

  /** The weighted mean of the normalised ratings, in [0, 1]; ratings are on the scale. */
  double unit(RatingScale s, double a, double b, double c) {
    double min = s.min();
    double range = s.range();
    double u = wa * ((a - min) / range) + wb * ((b - min) / range) + wc * ((c - min) / range);
    // Clamped to [0, 1] against an ulp of rounding; Math.max also turns -0.0 into 0.0.
    return Math.max(0.0, Math.min(1.0, u / sum));
  }

  /**
   * Scores one contact: weighted score, index and the contribution of each component.
   *
   * @param ratings the ratings
   * @return the first impression
   */
  public FirstImpression score(AbcRatings ratings) {
    return Results.Impression.of(this, Objects.requireNonNull(ratings, "ratings"));
  }

  /**
   * A new, empty accumulator of ratings on {@code scale}.
   *
   * @param scale the scale every added rating must be on
   * @return the accumulator
   */
  public FirstImpressionAccumulator accumulator(RatingScale scale) {
    return new FirstImpressionAccumulator(this, Objects.requireNonNull(scale, "scale"));
  }

  /**
   * A collector of ratings on {@code scale} into a summary; works on parallel streams.
   *
   * @param scale the scale of the ratings
   * @return the collector; it throws {@link IllegalArgumentException} for ratings on another
   *     scale
   */
  public Collector<AbcRatings, FirstImpressionAccumulator, FirstImpressionSummary> toSummary(
      RatingScale scale) {
    Objects.requireNonNull(scale, "scale");
    return Collecting.unordered(
        () -> accumulator(scale), FirstImpressionAccumulator::add,
        FirstImpressionAccumulator::merge, FirstImpressionAccumulator::summary);
  }

  /**
   * A collector of encounters into a first-impression summary per key, for example per
   * touchpoint with {@code toSummaryBy(scale, Encounter::touchpointId)} or per staff member;
   * encounters without ABC ratings are skipped, and a key appears once an encounter with ratings
   * was added for it. Works on parallel streams (one tally per thread, merged).
   *
   * <p>Allocation: an encounter whose key was already seen costs a hash lookup and an increment;
   * nothing is allocated (the ratings are read with {@link Encounter#ratingsOrNull()}), so a
   * sequential stream over millions of encounters allocates only per key.
   *
   * @param <K> the key type
   * @param scale the scale of the ratings
   * @param key the key of an encounter, never null
   * @return the collector of an unmodifiable map from key to summary; it throws {@link
   *     IllegalArgumentException} for ratings on another scale and {@link NullPointerException}
   *     for a null key
   * @throws NullPointerException if an argument is null
   * @since 0.3.0
   */
  public <K> Collector<Encounter, ?, Map<K, FirstImpressionSummary>> toSummaryBy(
      RatingScale scale, Function<? super Encounter, ? extends K> key) {
    Objects.requireNonNull(scale, "scale");
    Objects.requireNonNull(key, "key");
    return Collecting.unordered(
        () -> new ByKey<K>(this, scale, key), ByKey::add, ByKey::merge, ByKey::summaries);
  }

  /** The mutable tally of {@link #toSummaryBy}: one accumulator per key; single-threaded. */
  private static final class ByKey<K> {
    private final FirstImpressionScorer scorer;
    private final RatingScale scale;
    private final Function<? super Encounter, ? extends K> key;
    private final Map<K, FirstImpressionAccumulator> groups = new HashMap<>();

    ByKey(FirstImpressionScorer scorer, RatingScale scale, Function<? super Encounter, ? extends K> key) {
      this.scorer = scorer;
      this.scale = scale;
      this.key = key;
    }

    void add(Encounter e) {
      AbcRatings ratings = e.ratingsOrNull();
      if (ratings == null) {
        return;
      }
      K k = Objects.requireNonNull(key.apply(e), "key");
      FirstImpressionAccumulator acc = groups.get(k);
      if (acc == null) {
        acc = scorer.accumulator(scale);
        groups.put(k, acc);
      }
      acc.add(ratings);
    }

    ByKey<K> merge(ByKey<K> other) {
      for (Map.Entry<K, FirstImpressionAccumulator> e : other.groups.entrySet()) {
        FirstImpressionAccumulator acc = groups.get(e.getKey());
        if (acc == null) {
          acc = scorer.accumulator(scale);
          groups.put(e.getKey(), acc);
        }
        acc.merge(e.getValue());
      }
      return this;
    }

    Map<K, FirstImpressionSummary> summaries() {
      Map<K, FirstImpressionSummary> out = new HashMap<>();
      groups.forEach((k, acc) -> out.put(k, acc.summary()));
      return Map.copyOf(out);
    }
  }

  /** Equal when the weights are equal. */
  @Override
  protected Object[] components() {
    return new Object[] {weights};
  }

  /** For example {@code "FirstImpressionScorer(appearance 0.52, behaviour 0.33, communication 0.15)"}. */
  @Override
  public String toString() {
    return "FirstImpressionScorer(appearance "
        + wa
        + ", behaviour "
        + wb
        + ", communication "
        + wc
        + ")";
  }

  /**
   * The first-impression summary of the rated encounters of a columnar log: equal to collecting
   * the ratings of {@code log.encounters()} with {@link #toSummary(RatingScale)}, read from the
   * log's columns without an object per encounter; encounters without ratings are skipped.
   *
   * @param log the log
   * @param scale the scale of the ratings
   * @return the summary
   * @throws IllegalArgumentException if an encounter's ratings are on another scale
   * @throws NullPointerException if an argument is null
   * @since 0.3.0
   */
  public FirstImpressionSummary summarize(EncounterLog log, RatingScale scale) {
    Objects.requireNonNull(log, "log");
    return Objects.requireNonNull(summaries(log, Objects.requireNonNull(scale, "scale"), null, List.of()).get(""));
  }

  /**
   * The first-impression summary of each touchpoint's rated encounters in a columnar log: equal to
   * collecting {@code log.encounters()} with {@link #toSummaryBy(RatingScale, Function)} keyed by
   * {@link Encounter#touchpointId()}, read from the log's columns in one pass (whole ratings are
   * counted by combination) without an object per encounter.
   *
   * @param log the log
   * @param scale the scale of the ratings
   * @return an unmodifiable map from touchpoint id to summary, in the log's touchpoint order; a
   *     touchpoint without rated encounters has no entry
   * @throws IllegalArgumentException if an encounter's ratings are on another scale
   * @throws NullPointerException if an argument is null
   * @since 0.4.0
   */
  public Map<String, FirstImpressionSummary> summarizeByTouchpoint(EncounterLog log, RatingScale scale) {
    Objects.requireNonNull(log, "log");
    return summaries(log, Objects.requireNonNull(scale, "scale"), LogAccess.CodeColumn.TOUCHPOINT, log.touchpoints());
  }

  /**
   * The first-impression summary of each staff member's rated encounters in a columnar log, as
   * {@link #summarizeByTouchpoint} for {@link Encounter#staffId()}; encounters without a staff
   * member are in no summary.
   *
   * @param log the log
   * @param scale the scale of the ratings
   * @return an unmodifiable map from staff id to summary, in the log's staff order
   * @throws IllegalArgumentException if an encounter's ratings are on another scale
   * @throws NullPointerException if an argument is null
   * @since 0.4.0
   */
  public Map<String, FirstImpressionSummary> summarizeByStaff(EncounterLog log, RatingScale scale) {
    Objects.requireNonNull(log, "log");
    return summaries(log, Objects.requireNonNull(scale, "scale"), LogAccess.CodeColumn.STAFF, log.staff());
  }

  /**
   * The summaries of the rated encounters of a log by the values of a column (keys in their code
   * order; a null column: one summary under the key "", present even when empty).
   */
  private Map<String, FirstImpressionSummary> summaries(EncounterLog log, RatingScale scale,
      LogAccess.@Nullable CodeColumn column, List<String> keys) {
    int groups = column == null ? 1 : keys.size();
    FirstImpressionAccumulator[] accs = new FirstImpressionAccumulator[groups];
    for (int g = 0; g < groups; g++) {
      accs[g] = accumulator(scale);
    }
    if (groups == 0) {
      return Map.of(); // no value of the column: no encounter has a key
    }
    long @Nullable [] combinations = accs[0].countsCombinations()
        ? LogAccess.get().ratingCombinations(log, column, scale) : null;
    if (combinations != null) {
      // whole ratings counted by combination in one pass: slot group 0 holds the rows without a
      // value of the column (for no column: every row)
      int cube = scale.points() * scale.points() * scale.points();
      for (int g = 0; g < groups; g++) {
        accs[g].add(combinations, (column == null ? 0 : g + 1) * cube);
      }
    } else {
      rowByRow(log, scale, column, accs);
    }
    Map<String, FirstImpressionSummary> out = new LinkedHashMap<>();
    for (int g = 0; g < groups; g++) {
      if (column == null || accs[g].count() > 0) {
        out.put(column == null ? "" : keys.get(g), accs[g].summary());
      }
    }
    return Collections.unmodifiableMap(out);
  }

  /** The rows one by one: ratings that are not whole, several scales, or scales too wide to count. */
  private static void rowByRow(EncounterLog log, RatingScale scale, LogAccess.@Nullable CodeColumn column,
      FirstImpressionAccumulator[] accs) {
    List<RatingScale> scales = log.ratingScales();
    boolean[] same = new boolean[scales.size()];
    for (int i = 0; i < same.length; i++) {
      same[i] = scales.get(i).equals(scale);
    }
    int block = 4096;
    int[] codes = new int[block];
    int[] groups = new int[block];
    double[] as = new double[block];
    double[] bs = new double[block];
    double[] cs = new double[block];
    for (int from = 0, n = log.size(); from < n; from += block) {
      int len = Math.min(block, n - from);
      int to = from + len;
      log.ratingScaleCodes(from, to, codes, 0);
      if (column == LogAccess.CodeColumn.TOUCHPOINT) {
        log.touchpointCodes(from, to, groups, 0);
      } else if (column == LogAccess.CodeColumn.STAFF) {
        log.staffCodes(from, to, groups, 0);
      }
      log.ratings(AbcComponent.APPEARANCE, from, to, as, 0);
      log.ratings(AbcComponent.BEHAVIOUR, from, to, bs, 0);
      log.ratings(AbcComponent.COMMUNICATION, from, to, cs, 0);
      for (int i = 0; i < len; i++) {
        int code = codes[i];
        if (code == EncounterLog.NO_CODE) {
          continue;
        }
        FirstImpressionAccumulator acc = accs[0];
        if (!same[code]) {
          acc.add(log.ratings(from + i).orElseThrow()); // throws the accumulator's message
        }
        if (column != null) {
          if (groups[i] == EncounterLog.NO_CODE) {
            continue; // no staff member
          }
          acc = accs[groups[i]];
        }
        double a = as[i];
        double b = bs[i];
        double c = cs[i];
        int wa = (int) a;
        int wb = (int) b;
        int wc = (int) c;
        if (wa == a && wb == b && wc == c) {
          acc.add(wa, wb, wc);
        } else {
          acc.add(a, b, c);
        }
      }
    }
  }
}
