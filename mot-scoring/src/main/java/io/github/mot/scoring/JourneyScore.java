package io.github.mot.scoring;

import io.github.mot.core.internal.ResultValue;
import io.github.mot.core.Encounter;
import io.github.mot.core.ScorecardLevel;
import io.github.mot.core.Touchpoint;
import io.github.mot.core.table.Cells;
import io.github.mot.core.table.Column;
import io.github.mot.core.table.Format;
import io.github.mot.core.table.Table;
import io.github.mot.core.table.Tables;
import io.github.mot.core.table.Tabular;
import io.github.mot.scoring.log.EncounterLog;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The scores of one customer's journey: the customer's encounters ordered by time and placed on
 * the journey map, the {@link JourneyModel} scores of the scored encounters, the coverage of the map,
 * the first negative encounter and the negative encounters at moments of truth.
 *
 * <p>Order of encounters: by time ({@link Encounter#occurredAt()}); simultaneous encounters by their
 * touchpoint's position on the map, then by level (unscored first, then ascending), then by staff
 * id (none first). Encounters equal in all of these are interchangeable for every result here.
 *
 * <p>Scored encounters are the encounters with a scorecard level; the others count for coverage
 * only. With no scored encounter every model's score is NaN.
 *
 * <p>Instances are immutable and thread-safe. Build one with {@link JourneyScorer}.
 *
 * @since 0.1.0
 */
public final class JourneyScore extends ResultValue implements Tabular {

  /** One row of the encounters table: an encounter, its position from 1 and its marks. */
  private record EncounterRow(int number, Encounter encounter, boolean peak, boolean last, boolean firstNegative,
      boolean negativeAtMomentOfTruth) {

    /** The marks as the text table's notes: "peak last first negative negative MOT". */
    String notes(Cells c) {
      StringBuilder notes = new StringBuilder();
      note(notes, peak, c, "text.note.peak");
      note(notes, last, c, "text.note.last");
      note(notes, firstNegative, c, "text.note.firstNegative");
      note(notes, negativeAtMomentOfTruth, c, "text.note.negativeMot");
      return notes.toString();
    }

    private static void note(StringBuilder notes, boolean marked, Cells c, String key) {
      if (marked) {
        notes.append(notes.length() == 0 ? "" : " ").append(c.label(key));
      }
    }
  }

  /** One row of the models table: a model and the journey's score under it. */
  private record ModelScore(JourneyModel model, double score) {}

  private static final Column.Target TEXT = Column.Target.TEXT;
  private static final Column.Target HTML = Column.Target.HTML;

  private static final List<Column<EncounterRow>> ENCOUNTERS = List.of(
      Column.<EncounterRow>integer("number", EncounterRow::number).header("table.number"),
      Column.<EncounterRow>text("occurredAt", m -> m.encounter().occurredAt().toString()).header("table.occurredAt"),
      Column.<EncounterRow>text("touchpoint", m -> m.encounter().touchpointId()).header("table.touchpoint"),
      Column.<EncounterRow>text("staffId", m -> m.encounter().staffIdOrNull()).except(TEXT, HTML),
      Column.<EncounterRow>decimal("level", m -> level(m.encounter())).header("table.level")
          .text((m, c) -> m.encounter().level().map(l -> c.level(l.value())).orElse(Cells.UNDEFINED)),
      Column.<EncounterRow>display("table.notes", (m, c) -> m.notes(c)).left(),
      Column.<EncounterRow>bool("peak", EncounterRow::peak).except(TEXT, HTML),
      Column.<EncounterRow>bool("last", EncounterRow::last).except(TEXT, HTML),
      Column.<EncounterRow>bool("firstNegative", EncounterRow::firstNegative).except(TEXT, HTML),
      Column.<EncounterRow>bool("negativeAtMomentOfTruth", EncounterRow::negativeAtMomentOfTruth).except(TEXT, HTML));

  private static final List<Column<ModelScore>> MODELS = List.of(
      Column.<ModelScore>text("model", m -> m.model().name()).header("table.model")
          .text((m, c) -> Text.of(c).label(m.model(), m.model().name().toLowerCase(Locale.ROOT).replace('_', ' '))),
      Column.<ModelScore>decimal("score", ModelScore::score).header("table.score")
          .text((m, c) -> c.signed(m.score(), 2)));

  private static final List<Column<Touchpoint>> SKIPPED = List.of(Column.text("touchpoint", Touchpoint::id));

  /** Unscored encounters first, then by level. */
  private static int levelOrder(Encounter e) {
    ScorecardLevel l = e.levelOrNull();
    return l == null ? 0 : l.value() + 10;
  }

  private static double level(Encounter e) {
    ScorecardLevel l = e.levelOrNull();
    return l != null ? l.value() : Double.NaN;
  }

  /**
   * What one pass over the encounters in journey order finds: the marked encounters, the exact
   * level sum of the scored ones, the weighted mean and the touchpoints met and skipped.
   */
  private record Walk(int peakAt, int lastAt, int weakestAt, int firstNegativeAt, int[] negativeAtMomentsOfTruth,
      int peakLevel, int lastLevel, int weakestLevel, long scored, long levelSum, double weightedMean,
      List<Touchpoint> met, List<Touchpoint> skipped) {}

  private final String customerId;
  private final String journeyName;
  private final List<Encounter> encounters;
  private final int touchpointCount;
  private final Walk walk;

  JourneyScore(JourneyScorer scorer, String customerId, List<Encounter> encounters) {
    this.customerId = customerId;
    this.journeyName = scorer.journey().name();
    this.touchpointCount = scorer.journey().touchpoints().size();
    List<Encounter> sorted = new ArrayList<>(encounters);
    sorted.sort(
        Comparator.comparing(Encounter::occurredAt)
            .thenComparingInt((Encounter e) -> scorer.position(e.touchpointId()))
            .thenComparingInt(JourneyScore::levelOrder)
            .thenComparing(e -> Objects.requireNonNullElse(e.staffIdOrNull(), "")));
    this.encounters = List.copyOf(sorted);
    this.walk = walk(scorer, this.encounters);
  }

  /**
   * A score of a customer's rows of a columnar log, already in journey order (time, touchpoint
   * position, level, staff): the walk reads the log's columns, an encounter object is made only for
   * the encounters the score names (peak, last, weakest, first negative, negative moments of
   * truth), and the encounters are held as a view over the rows.
   *
   * @param positionOf the journey position of each touchpoint code of the log
   */
  JourneyScore(JourneyScorer scorer, String customerId, EncounterLog log, int[] rows, int[] positionOf,
      List<Encounter> view) {
    this.customerId = customerId;
    this.journeyName = scorer.journey().name();
    this.touchpointCount = scorer.journey().touchpoints().size();
    this.encounters = view;
    Walker w = new Walker(scorer.journey().touchpoints());
    for (int at = 0; at < rows.length; at++) {
      w.visit(at, positionOf[log.touchpointCode(rows[at])], levelOrNone(log, rows[at]));
    }
    this.walk = w.walk();
  }

  /** What {@link Walker#visit(int, int, int)} takes for "no level". */
  static final int NO_LEVEL = Integer.MIN_VALUE;

  /** A row's level value, {@link #NO_LEVEL} for none. */
  static int levelOrNone(EncounterLog log, int row) {
    return log.hasLevel(row) ? log.levelValue(row) : NO_LEVEL;
  }

  /** The one pass over the encounters in journey order. */
  private static Walk walk(JourneyScorer scorer, List<Encounter> encounters) {
    Walker w = new Walker(scorer.journey().touchpoints());
    for (int at = 0; at < encounters.size(); at++) {
      Encounter e = encounters.get(at);
      ScorecardLevel level = e.levelOrNull();
      w.visit(at, scorer.position(e.touchpointId()), level == null ? NO_LEVEL : level.value());
    }
    return w.walk();
  }

  /**
   * The one pass over a customer's encounters in journey order, each given by its journey position
   * and its level ({@link #NO_LEVEL} for none): encounter objects and a log's rows are walked alike,
   * for one score ({@link #walk()}) or for the columns of many ({@link JourneyScores}). Mutable and
   * single-threaded; {@link #reset()} starts the next customer without allocating.
   */
  static final class Walker {
    private final List<Touchpoint> touchpoints;
    private final double[] importance;
    private final boolean[] momentOfTruth;
    private final boolean[] seen;
    int peakAt;
    int lastAt;
    int weakestAt;
    int firstNegativeAt;
    private int[] negMot = new int[4];
    private int negMotCount;
    int peak;
    int weakest;
    int last;
    long scored;
    long sum;
    private int lo;
    private int hi;
    private double wSum;
    private double wLevelSum;
    int met;

    Walker(List<Touchpoint> touchpoints) {
      this.touchpoints = touchpoints;
      int n = touchpoints.size();
      importance = new double[n];
      momentOfTruth = new boolean[n];
      for (int i = 0; i < n; i++) {
        importance[i] = touchpoints.get(i).importance();
        momentOfTruth[i] = touchpoints.get(i).momentOfTruth();
      }
      seen = new boolean[n];
      reset();
    }

    /** Forgets the encounters walked so far. */
    void reset() {
      if (met > 0) {
        java.util.Arrays.fill(seen, false);
      }
      peakAt = -1;
      lastAt = -1;
      weakestAt = -1;
      firstNegativeAt = -1;
      negMotCount = 0;
      peak = 0;
      weakest = 0;
      last = 0;
      scored = 0;
      sum = 0;
      lo = ScorecardLevel.MAX;
      hi = ScorecardLevel.MIN;
      wSum = 0;
      wLevelSum = 0;
      met = 0;
    }

    /** The encounter at {@code at} of the journey order: its touchpoint's position and its level. */
    void visit(int at, int pos, int v) {
      if (!seen[pos]) {
        seen[pos] = true;
        met++;
      }
      if (v == NO_LEVEL) {
        return;
      }
      scored++;
      sum += v;
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
      double w = importance[pos];
      wSum += w;
      wLevelSum += w * v;
      if (peakAt < 0 || isMoreIntense(v, peak)) {
        peakAt = at;
        peak = v;
      }
      if (weakestAt < 0 || v < weakest) {
        weakestAt = at;
        weakest = v;
      }
      lastAt = at;
      last = v;
      if (v < 0) {
        if (firstNegativeAt < 0) {
          firstNegativeAt = at;
        }
        if (momentOfTruth[pos]) {
          if (negMotCount == negMot.length) {
            negMot = java.util.Arrays.copyOf(negMot, 2 * negMotCount);
          }
          negMot[negMotCount++] = at;
        }
      }
    }

    /** The weighted mean of the encounters walked, NaN without scored ones or weight. */
    double weightedMean() {
      return scored == 0 || !(wSum > 0) ? Double.NaN : Math.max(lo, Math.min(hi, wLevelSum / wSum));
    }

    /** What the walk found, with the touchpoints met and skipped. */
    Walk walk() {
      List<Touchpoint> m = new ArrayList<>(met);
      List<Touchpoint> s = new ArrayList<>(seen.length - met);
      for (int i = 0; i < seen.length; i++) {
        (seen[i] ? m : s).add(touchpoints.get(i));
      }
      return new Walk(peakAt, lastAt, weakestAt, firstNegativeAt, java.util.Arrays.copyOf(negMot, negMotCount),
          peak, last, weakest, scored, sum, weightedMean(), List.copyOf(m), List.copyOf(s));
    }
  }

  /**
   * The score of a model from a walk's figures: the one formula of each model, for a score and for
   * the columns of many.
   *
   * @param scored the number of scored encounters; every score is NaN for 0
   */
  static double score(JourneyModel model, long scored, long levelSum, double weightedMean, int peak, int last,
      int weakest) {
    if (scored == 0) {
      return Double.NaN;
    }
    switch (model) {
      case MEAN:
        return (double) levelSum / scored;
      case WEIGHTED_MEAN:
        return weightedMean;
      case PEAK_END:
        return (peak + last) / 2.0;
      case WEAKEST_LINK:
        return weakest;
      default:
        throw new AssertionError(model);
    }
  }

  private static boolean isMoreIntense(int v, int current) {
    int a = Math.abs(v);
    int b = Math.abs(current);
    return a > b || (a == b && v < current);
  }

  /**
   * The customer.
   *
   * @return the customer id shared by all encounters
   */
  public String customerId() {
    return customerId;
  }

  /**
   * All the customer's encounters in journey order (see the class comment).
   *
   * @return an unmodifiable list, not empty
   */
  public List<Encounter> encounters() {
    return encounters;
  }

  /**
   * The number of scored encounters (encounters with a level).
   *
   * @return the count, {@code <= encounters().size()}
   */
  public long scoredCount() {
    return walk.scored();
  }

  /**
   * The score of one model.
   *
   * @param model the model
   * @return the score in [lowest level, highest level], NaN without scored encounters (and, for
   *     {@link JourneyModel#WEIGHTED_MEAN}, when all their touchpoints have importance 0)
   */
  public double score(JourneyModel model) {
    Objects.requireNonNull(model, "model");
    return score(model, walk.scored(), walk.levelSum(), walk.weightedMean(), walk.peakLevel(), walk.lastLevel(),
        walk.weakestLevel());
  }

  /**
   * The plain mean level ({@link JourneyModel#MEAN}), from the exact integer sum.
   *
   * @return the mean in [-3, 3], NaN without scored encounters
   */
  public double mean() {
    return score(JourneyModel.MEAN);
  }

  /**
   * The importance-weighted mean level ({@link JourneyModel#WEIGHTED_MEAN}).
   *
   * @return the weighted mean, NaN without scored encounters or when all their weights are 0
   */
  public double weightedMean() {
    return score(JourneyModel.WEIGHTED_MEAN);
  }

  /**
   * The peak-end score ({@link JourneyModel#PEAK_END}): {@code (peak + last) / 2}.
   *
   * @return the score, NaN without scored encounters
   */
  public double peakEnd() {
    return score(JourneyModel.PEAK_END);
  }

  /**
   * The weakest link ({@link JourneyModel#WEAKEST_LINK}): the lowest level.
   *
   * @return the minimum level, NaN without scored encounters
   */
  public double weakestLink() {
    return score(JourneyModel.WEAKEST_LINK);
  }

  /**
   * The most intense encounter, the peak of the peak-end rule (tie rule in {@link
   * JourneyModel#PEAK_END}).
   *
   * @return the peak, empty without scored encounters
   */
  public Optional<Encounter> peak() {
    return at(walk.peakAt());
  }

  /**
   * The last scored encounter, the end of the peak-end rule.
   *
   * @return the last scored encounter, empty without scored encounters
   */
  public Optional<Encounter> last() {
    return at(walk.lastAt());
  }

  /**
   * The earliest encounter with the lowest level.
   *
   * @return the weakest encounter, empty without scored encounters
   */
  public Optional<Encounter> weakest() {
    return at(walk.weakestAt());
  }

  /**
   * The touchpoints of the map the customer met (with or without a level), in journey order.
   *
   * @return an unmodifiable list
   */
  public List<Touchpoint> metTouchpoints() {
    return walk.met();
  }

  /**
   * The touchpoints of the map the customer did not meet, in journey order.
   *
   * @return an unmodifiable list
   */
  public List<Touchpoint> skippedTouchpoints() {
    return walk.skipped();
  }

  /**
   * The coverage of the map: touchpoints met / touchpoints on the map.
   *
   * @return the share in (0, 1]
   */
  public double coverage() {
    return coverage(walk.met().size(), touchpointCount);
  }

  /** The coverage of {@code met} touchpoints of a map of {@code touchpoints}: the one formula. */
  static double coverage(int met, int touchpoints) {
    return (double) met / touchpoints;
  }

  /**
   * The earliest encounter with a negative level (-1..-3).
   *
   * @return the first negative encounter, empty if none was negative
   */
  public Optional<Encounter> firstNegative() {
    return at(walk.firstNegativeAt());
  }

  /**
   * The negative encounters at touchpoints marked as moments of truth, in journey order.
   *
   * @return an unmodifiable list, empty if none
   */
  public List<Encounter> negativeAtMomentsOfTruth() {
    List<Encounter> out = new ArrayList<>(walk.negativeAtMomentsOfTruth().length);
    for (int at : walk.negativeAtMomentsOfTruth()) {
      out.add(encounters.get(at));
    }
    return Collections.unmodifiableList(out);
  }

  /** The encounter at a position of the journey order, empty for -1. */
  private Optional<Encounter> at(int position) {
    return position < 0 ? Optional.empty() : Optional.of(encounters.get(position));
  }

  /**
   * The journey score for every {@link Format}: JSON fields {@code customerId}, {@code journey}
   * (its name), {@code encounterCount}, {@code scoredCount}, {@code touchpointCount} (on the map),
   * {@code metCount} (touchpoints met) and {@code coverage} (in (0, 1]); the table {@code encounters}
   * in journey order with {@code number} (from 1), {@code occurredAt} (ISO-8601 instant), {@code
   * touchpoint}, {@code staffId}, {@code level} (-3..+3, {@code null} when unscored) and the marks
   * {@code peak}, {@code last}, {@code firstNegative} and {@code negativeAtMomentOfTruth}; the table
   * {@code models} with {@code model} ({@code MEAN}, {@code WEIGHTED_MEAN}, {@code PEAK_END},
   * {@code WEAKEST_LINK}) and {@code score} ({@code null} when undefined); in JSON the table {@code
   * skippedTouchpoints} ({@code [{"touchpoint": id}]}). The CSV holds the encounters and the models
   * under one header, the column {@code table} telling which.
   *
   * @return the description of this journey score
   * @since 0.3.0
   */
  @Override
  public Tables tables() {
    List<EncounterRow> rows = new ArrayList<>(encounters.size());
    for (int i = 0; i < encounters.size(); i++) {
      Encounter e = encounters.get(i);
      // by position: a view over a log's rows makes a new object at every read
      rows.add(new EncounterRow(i + 1, e, i == walk.peakAt(), i == walk.lastAt(), i == walk.firstNegativeAt(),
          java.util.Arrays.binarySearch(walk.negativeAtMomentsOfTruth(), i) >= 0));
    }
    List<ModelScore> models = new ArrayList<>(JourneyModel.values().length);
    for (JourneyModel m : JourneyModel.values()) {
      models.add(new ModelScore(m, score(m)));
    }
    return ResultTables.builder()
        .csvLevel("table")
        .line(c -> c.fill("title.journeyScore", customerId, journeyName, encounters.size(), walk.scored()))
        .field("customerId", customerId)
        .field("journey", journeyName)
        .field("encounterCount", encounters.size())
        .field("scoredCount", walk.scored())
        .field("touchpointCount", touchpointCount)
        .field("metCount", walk.met().size())
        .field("coverage", coverage())
        .table(ResultTables.table("encounters", ENCOUNTERS, rows))
        .table(ResultTables.table("models", MODELS, models))
        .line(this::coverageLine)
        .table(Table.of("skippedTouchpoints", SKIPPED, walk.skipped()).only(Column.Target.JSON))
        .build();
  }

  private String coverageLine(Cells c) {
    StringBuilder sb = new StringBuilder(c.fill("text.coverage", walk.met().size(), touchpointCount, c.percent(coverage())));
    if (!walk.skipped().isEmpty()) {
      sb.append(c.label("text.skipped"));
      for (Touchpoint tp : walk.skipped()) {
        sb.append(' ').append(tp.id());
      }
    }
    return sb.toString();
  }

  /** Equal when customer, journey and the ordered encounters are equal. */
  @Override
  protected Object[] components() {
    return new Object[] {customerId, journeyName, encounters};
  }

  /**
   * A headline, the encounters (time, touchpoint, level, marks for moment of truth, peak, last,
   * first negative), the four model scores and the coverage.
   */
  @Override
  public String toString() {
    return Format.TEXT.render(this);
  }

}
