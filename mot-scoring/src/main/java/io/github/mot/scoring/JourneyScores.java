package io.github.mot.scoring;

import io.github.mot.core.CustomerJourney;
import io.github.mot.core.Encounter;
import io.github.mot.core.table.Cells;
import io.github.mot.core.table.Column;
import io.github.mot.core.table.Format;
import io.github.mot.core.table.Tables;
import io.github.mot.core.table.Tabular;
import io.github.mot.scoring.log.CustomerTimelines;
import io.github.mot.scoring.log.EncounterLog;
import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The journey scores of every customer of an {@link EncounterLog}, held as columns: for each
 * customer the number of encounters and of scored encounters, the coverage of the map, the score
 * under each {@link JourneyModel} and the touchpoint of the first negative encounter, computed in
 * one pass over the log's columns, without an object per customer or per encounter. Each figure
 * equals that of the customer's {@link JourneyScore}; the whole {@code JourneyScore} (the
 * encounters in journey order, the peak, the negative encounters at moments of truth, ...) is made
 * when asked for, by {@link #get(int)}, {@link #get(String)} or {@link #asMap()}.
 *
 * <p>Customers are addressed by their <em>index</em>, {@code 0 <= index < size()}: in customer id
 * order ({@link String#compareTo}) as {@link JourneyScorer#score(EncounterLog)} returns them, or by
 * score as {@link #sortedBy(JourneyModel)} returns them.
 *
 * <pre>{@code
 * JourneyScores scores = JourneyScorer.of(journey).score(log);   // customer id order
 * JourneyScores lowest = scores.sortedBy(JourneyModel.PEAK_END); // lowest first, unscored last
 * for (int i = 0; i < Math.min(10, lowest.size()); i++) {
 *   System.out.println(lowest.customerId(i) + " " + lowest.score(i, JourneyModel.PEAK_END));
 * }
 * JourneyScore worst = lowest.get(0);                           // its encounters, peak, ...
 * }</pre>
 *
 * <p>Cost: a sort of the customer ids, then one pass over each customer's rows in time order (rows
 * of the same instant are put in journey order first); memory about 40 bytes per customer beside
 * the log, which it keeps, and about 45 more per ordering ({@link #sortedBy}) whose figures are
 * read, gathered into its order when first read so that its rows are read from memory in order. Index arguments out of range throw {@link IndexOutOfBoundsException}.
 * Equality is identity. Instances are immutable and thread-safe.
 *
 * @since 0.3.0
 */
public final class JourneyScores implements Tabular {

  /**
   * The figures of every customer, by customer code of the log; shared by the orderings of one
   * scoring.
   */
  private static final class Figures {
    final JourneyScorer scorer;
    final EncounterLog log;
    final CustomerTimelines timelines;
    /** The log's customer and touchpoint ids by code, fetched once. */
    final List<String> customerIds;
    final List<String> touchpointIds;
    final int[] positionOf;
    final int touchpoints;
    /** The customers' codes in customer id order. */
    final int[] byId;
    /** The figures by customer code. */
    final Columns byCode;

    Figures(JourneyScorer scorer, EncounterLog log, int[] positionOf) {
      this.scorer = scorer;
      this.log = log;
      this.positionOf = positionOf;
      this.touchpoints = scorer.journey().touchpoints().size();
      this.timelines = log.byCustomer();
      this.customerIds = log.customers();
      this.touchpointIds = log.touchpoints();
      int k = timelines.customers();
      this.byId = CustomerOrder.sorted(customerIds);
      this.byCode = new Columns(k);
      JourneyScorer.RowOrder order = JourneyScorer.journeyOrder(log, positionOf);
      int threads = Math.min(scorer.parallelism(), Math.max(1, k / RANGE));
      if (threads == 1) {
        walk(order, 0, k);
      } else {
        // ranges of customers taken in turn by the threads; each customer is scored alone into its
        // own slots, so the figures are the same whatever the threads
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        Runnable work = () -> {
          for (int r = next.getAndIncrement(); (long) r * RANGE < k; r = next.getAndIncrement()) {
            walk(order, r * RANGE, Math.min(k, (r + 1) * RANGE));
          }
        };
        io.github.mot.core.internal.Workers.run(work, threads, "mot-journey-scores");
      }
    }

    /** Customers taken at once by a thread. */
    private static final int RANGE = 1 << 14;

    /** Scores customers {@code [from, to)}. */
    private void walk(JourneyScorer.RowOrder order, int from, int to) {
      JourneyScore.Walker w = new JourneyScore.Walker(scorer.journey().touchpoints());
      Columns f = byCode;
      for (int c = from; c < to; c++) {
        int[] rows = timelines.rows(c);
        JourneyScorer.sortRows(rows, order);
        w.reset();
        for (int at = 0; at < rows.length; at++) {
          w.visit(at, positionOf[log.touchpointCode(rows[at])], JourneyScore.levelOrNone(log, rows[at]));
        }
        f.ids[c] = customerIds.get(c);
        f.encounters[c] = rows.length;
        f.scored[c] = (int) w.scored;
        f.levelSum[c] = w.sum;
        f.weightedMean[c] = w.weightedMean();
        f.peak[c] = (byte) w.peak;
        f.last[c] = (byte) w.last;
        f.weakest[c] = (byte) w.weakest;
        f.met[c] = w.met;
        f.firstNegative[c] = w.firstNegativeAt < 0 ? -1 : log.touchpointCode(rows[w.firstNegativeAt]);
      }
    }
  }

  /**
   * Every customer's figures, one array each: by customer code in {@link Figures}, and gathered
   * into an ordering's index order when it is first read (the order is unrelated to the codes, so
   * a reader of the rows in order, a table or an export of a million customers, would otherwise
   * miss the cache at every column of every row). The first negative encounter's touchpoint is a
   * code of the log, -1 for none.
   */
  private static final class Columns {
    final String[] ids;
    final int[] encounters;
    final int[] scored;
    final long[] levelSum;
    final double[] weightedMean;
    final byte[] peak;
    final byte[] last;
    final byte[] weakest;
    final int[] met;
    final int[] firstNegative;

    /** Columns of {@code n} customers, to be filled. */
    Columns(int n) {
      ids = new String[n];
      encounters = new int[n];
      scored = new int[n];
      levelSum = new long[n];
      weightedMean = new double[n];
      peak = new byte[n];
      last = new byte[n];
      weakest = new byte[n];
      met = new int[n];
      firstNegative = new int[n];
    }

    /** These columns' rows {@code order[0], order[1], ...}, in that order. */
    Columns gathered(int[] order) {
      int n = order.length;
      Columns g = new Columns(n);
      // one loop per column: independent loads, so the memory system serves many misses at once
      for (int i = 0; i < n; i++) {
        g.ids[i] = ids[order[i]];
      }
      for (int i = 0; i < n; i++) {
        g.encounters[i] = encounters[order[i]];
      }
      for (int i = 0; i < n; i++) {
        g.scored[i] = scored[order[i]];
      }
      for (int i = 0; i < n; i++) {
        g.levelSum[i] = levelSum[order[i]];
      }
      for (int i = 0; i < n; i++) {
        g.weightedMean[i] = weightedMean[order[i]];
      }
      for (int i = 0; i < n; i++) {
        int c = order[i];
        g.peak[i] = peak[c];
        g.last[i] = last[c];
        g.weakest[i] = weakest[c];
      }
      for (int i = 0; i < n; i++) {
        g.met[i] = met[order[i]];
      }
      for (int i = 0; i < n; i++) {
        g.firstNegative[i] = firstNegative[order[i]];
      }
      return g;
    }

    double score(int i, JourneyModel model) {
      return JourneyScore.score(model, scored[i], levelSum[i], weightedMean[i], peak[i], last[i], weakest[i]);
    }
  }

  private final Figures figures;
  /** The customers' codes in this result's order. */
  private final int[] order;
  /** The figures in index order, gathered when first read (an ordering only sorted again needs none). */
  private volatile @Nullable Columns gathered;

  private JourneyScores(Figures figures, int[] order) {
    this.figures = figures;
    this.order = order;
  }

  /** The figures in index order; a race gathers them twice, equally. */
  private Columns byIndex() {
    Columns c = gathered;
    if (c == null) {
      c = figures.byCode.gathered(order);
      gathered = c;
    }
    return c;
  }

  /** Scores every customer of {@code log}; {@code positionOf} maps touchpoint codes to the map. */
  static JourneyScores of(JourneyScorer scorer, EncounterLog log, int[] positionOf) {
    Figures f = new Figures(scorer, log, positionOf);
    return new JourneyScores(f, f.byId);
  }

  /**
   * The journey map the customers were scored against.
   *
   * @return the journey
   */
  public CustomerJourney journey() {
    return figures.scorer.journey();
  }

  /**
   * The number of customers: those of the log.
   *
   * @return the number of customers, {@code >= 0}
   */
  public int size() {
    return order.length;
  }

  /** The customer code of an index, checked. */
  private int code(int index) {
    return order[Objects.checkIndex(index, order.length)];
  }

  /**
   * The id of a customer.
   *
   * @param index the customer's index, {@code 0 <= index < size()}
   * @return the customer id
   * @throws IndexOutOfBoundsException if {@code index} is out of range
   */
  public String customerId(int index) {
    return byIndex().ids[Objects.checkIndex(index, order.length)];
  }

  /**
   * The number of a customer's encounters, {@link JourneyScore#encounters()}{@code .size()}.
   *
   * @param index the customer's index
   * @return the count, {@code >= 1}
   * @throws IndexOutOfBoundsException if {@code index} is out of range
   */
  public int encounterCount(int index) {
    return byIndex().encounters[Objects.checkIndex(index, order.length)];
  }

  /**
   * The number of a customer's scored encounters (with a level), {@link JourneyScore#scoredCount()}.
   *
   * @param index the customer's index
   * @return the count, {@code <= encounterCount(index)}
   * @throws IndexOutOfBoundsException if {@code index} is out of range
   */
  public long scoredCount(int index) {
    return byIndex().scored[Objects.checkIndex(index, order.length)];
  }

  /**
   * A customer's score under one model, {@link JourneyScore#score(JourneyModel)}.
   *
   * @param index the customer's index
   * @param model the model
   * @return the score in [lowest level, highest level], NaN without scored encounters (and, for
   *     {@link JourneyModel#WEIGHTED_MEAN}, when all their touchpoints have importance 0)
   * @throws IndexOutOfBoundsException if {@code index} is out of range
   * @throws NullPointerException if {@code model} is null
   */
  public double score(int index, JourneyModel model) {
    Objects.requireNonNull(model, "model");
    return byIndex().score(Objects.checkIndex(index, order.length), model);
  }

  /**
   * A customer's coverage of the map, {@link JourneyScore#coverage()}: touchpoints met /
   * touchpoints on the map.
   *
   * @param index the customer's index
   * @return the share in (0, 1]
   * @throws IndexOutOfBoundsException if {@code index} is out of range
   */
  public double coverage(int index) {
    return JourneyScore.coverage(byIndex().met[Objects.checkIndex(index, order.length)], figures.touchpoints);
  }

  /**
   * The touchpoint of a customer's first negative encounter, {@link
   * JourneyScore#firstNegative()}'s {@link Encounter#touchpointId()}.
   *
   * @param index the customer's index
   * @return the touchpoint id, empty if no encounter of the customer was negative
   * @throws IndexOutOfBoundsException if {@code index} is out of range
   */
  public Optional<String> firstNegativeTouchpoint(int index) {
    return Optional.ofNullable(firstNegativeTouchpointOrNull(index));
  }

  private @Nullable String firstNegativeTouchpointOrNull(int index) {
    int touchpoint = byIndex().firstNegative[Objects.checkIndex(index, order.length)];
    return touchpoint < 0 ? null : figures.touchpointIds.get(touchpoint);
  }

  /**
   * A customer's whole journey score, made now from the log's rows: equal to {@link
   * JourneyScorer#score(java.util.Collection)} of the customer's encounters. Its encounters are a
   * view over the log's rows (an object is made when one is read).
   *
   * @param index the customer's index
   * @return the journey score
   * @throws IndexOutOfBoundsException if {@code index} is out of range
   */
  public JourneyScore get(int index) {
    return journeyScore(code(index));
  }

  private JourneyScore journeyScore(int code) {
    Figures f = figures;
    int[] rows = f.timelines.rows(code);
    JourneyScorer.sortRows(rows, JourneyScorer.journeyOrder(f.log, f.positionOf));
    return new JourneyScore(f.scorer, f.customerIds.get(code), f.log, rows, f.positionOf,
        new LogRows(f.log, rows));
  }

  /**
   * The journey score of a customer, made now as by {@link #get(int)}.
   *
   * @param customerId the customer's id
   * @return the customer's journey score, empty if the log has no such customer
   * @throws NullPointerException if {@code customerId} is null
   */
  public Optional<JourneyScore> get(String customerId) {
    int code = find(Objects.requireNonNull(customerId, "customerId"));
    return code < 0 ? Optional.empty() : Optional.of(journeyScore(code));
  }

  /** The code of a customer id by binary search in id order, -1 if absent. */
  private int find(String customerId) {
    int lo = 0;
    int hi = figures.byId.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = figures.byId[mid];
      int r = figures.customerIds.get(c).compareTo(customerId);
      if (r < 0) {
        lo = mid + 1;
      } else if (r > 0) {
        hi = mid - 1;
      } else {
        return c;
      }
    }
    return -1;
  }

  /**
   * The scores as a map from customer id to journey score, in index order: equal to collecting the
   * log's encounters with {@link JourneyScorer#byCustomer()} (which is in customer id order, as is
   * {@link JourneyScorer#score(EncounterLog)}'s result). A view: each value is made when read, as
   * by {@link #get(int)}.
   *
   * @return an unmodifiable map
   */
  public Map<String, JourneyScore> asMap() {
    return new AbstractMap<>() {
      @Override
      public Set<Entry<String, JourneyScore>> entrySet() {
        return new AbstractSet<>() {
          @Override
          public Iterator<Entry<String, JourneyScore>> iterator() {
            return new Iterator<>() {
              private int next;

              @Override
              public boolean hasNext() {
                return next < order.length;
              }

              @Override
              public Entry<String, JourneyScore> next() {
                if (next >= order.length) {
                  throw new NoSuchElementException();
                }
                int code = order[next++];
                return Map.entry(figures.customerIds.get(code), journeyScore(code));
              }
            };
          }

          @Override
          public int size() {
            return order.length;
          }
        };
      }

      @Override
      public boolean containsKey(@Nullable Object key) {
        return key instanceof String s && find(s) >= 0;
      }

      @Override
      public @Nullable JourneyScore get(@Nullable Object key) {
        if (!(key instanceof String s)) {
          return null;
        }
        int code = find(s);
        return code < 0 ? null : journeyScore(code);
      }

      @Override
      public int size() {
        return order.length;
      }
    };
  }

  /**
   * The same scores ordered by one model's score, lowest first, customers without a score (NaN)
   * last, equal scores in customer id order ({@link Double#compare}, then {@link String#compareTo}).
   *
   * @param model the model
   * @return the scores in that order (sharing this one's figures)
   * @throws NullPointerException if {@code model} is null
   */
  public JourneyScores sortedBy(JourneyModel model) {
    Objects.requireNonNull(model, "model");
    Figures f = figures;
    double[] score = new double[f.byCode.scored.length];
    for (int c = 0; c < score.length; c++) {
      score[c] = f.byCode.score(c, model);
    }
    // stable: equal scores stay in customer id order
    int[] sorted = CustomerOrder.sortedBy(f.byId, score);
    return new JourneyScores(f, sorted);
  }

  /** The indexes 0 .. size() - 1 as rows of a table. */
  private List<Integer> indexes() {
    return io.github.mot.core.internal.Rows.indexes(order.length);
  }

  /**
   * The scores for every {@link Format}: JSON fields {@code journey} (its name) and {@code
   * customerCount}, and the table {@code customers} in index order with {@code customerId},
   * {@code encounterCount}, {@code scoredCount}, {@code coverage} (in (0, 1]), the scores {@code
   * mean}, {@code weightedMean}, {@code peakEnd} and {@code weakestLink} ({@code null} when
   * undefined) and {@code firstNegative} (the touchpoint id, {@code null} for none). The text shows
   * the first and last rows of a long table.
   *
   * @return the description of these scores
   */
  @Override
  public Tables tables() {
    List<Column<Integer>> columns = new ArrayList<>(List.of(
        Column.<Integer>text("customerId", this::customerId).header("table.customer"),
        Column.<Integer>integer("encounterCount", this::encounterCount).header("table.encounters"),
        Column.<Integer>integer("scoredCount", this::scoredCount).header("table.scored"),
        Column.<Integer>decimal("coverage", this::coverage).header("table.coverage")
            .text((i, c) -> c.percent(coverage(i)))));
    for (JourneyModel m : JourneyModel.values()) {
      String key = switch (m) {
        case MEAN -> "mean";
        case WEIGHTED_MEAN -> "weightedMean";
        case PEAK_END -> "peakEnd";
        case WEAKEST_LINK -> "weakestLink";
      };
      columns.add(Column.<Integer>decimal(key, i -> score(i, m)).header("JourneyModel." + m.name())
          .text((i, c) -> c.signed(score(i, m), 2)));
    }
    columns.add(Column.<Integer>text("firstNegative", this::firstNegativeTouchpointOrNull)
        .header("table.firstNegative")
        .text((i, c) -> Objects.requireNonNullElse(firstNegativeTouchpointOrNull(i), "-")));
    String journeyName = journey().name();
    return ResultTables.builder()
        .line((Cells c) -> c.fill("title.journeyScores", c.count(size()), journeyName))
        .field("journey", journeyName)
        .field("customerCount", size())
        .table(ResultTables.table("customers", columns, indexes()))
        .build();
  }

  /**
   * A headline and a table of the customers (the first and last ones when there are many), one row
   * each with its counts, coverage, four model scores and first negative touchpoint.
   */
  @Override
  public String toString() {
    return Format.TEXT.render(this);
  }

  /** A customer's encounters as a view over rows of a log: an object is made when one is read. */
  private static final class LogRows extends AbstractList<Encounter> implements RandomAccess {
    private final EncounterLog log;
    private final int[] rows;

    LogRows(EncounterLog log, int[] rows) {
      this.log = log;
      this.rows = rows;
    }

    @Override
    public Encounter get(int index) {
      return log.encounter(rows[index]);
    }

    @Override
    public int size() {
      return rows.length;
    }
  }
}
