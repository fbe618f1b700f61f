package io.github.mot.scoring;

import io.github.mot.core.CustomerJourney;
import io.github.mot.core.internal.Preconditions;
import io.github.mot.core.table.Column;
import io.github.mot.core.table.Format;
import io.github.mot.core.table.Tables;
import io.github.mot.core.table.Tabular;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The conformance of a set of {@link Episodes} to a journey map, from {@link
 * Conformance#check(Episodes)}: per episode its fitness and its deviations counted by kind (held as
 * primitive columns: no object per episode unless asked for, {@link #deviations(int)}), and over
 * all episodes the conforming share with its Wilson interval, the mean fitness and the most
 * frequent deviations. The formulas are in {@link Conformance}.
 *
 * <p>Episodes are addressed by their index in the {@link #episodes()}, {@code 0 <= index <
 * size()}; out of range throws {@link IndexOutOfBoundsException}.
 *
 * <p><b>Deviations</b> are counted by the episodes that have them and ordered by that count, most
 * first, then by kind (in the order of {@link DeviationKind}) and subject ({@link
 * String#compareTo}). {@link #withMinEpisodes(long)} and {@link #withTop(int)} keep the frequent
 * ones; what they hide is counted ({@link #hiddenDeviationCount()}) and printed, never silently
 * dropped. Equality is identity. Instances are immutable and thread-safe.
 *
 * @since 0.4.0
 */
public final class ConformanceReport implements Tabular {

  /**
   * The kinds of deviation of an episode from the journey map; see {@link Conformance} for how the
   * optimal alignment finds them.
   *
   * @since 0.4.0
   */
  public enum DeviationKind {
    /** A moment of truth of the map the episode did not pass (a model move); subject: the touchpoint. */
    SKIPPED_MOMENT,
    /** A visit to a touchpoint that is not on the map (a log move); subject: the touchpoint id. */
    OFF_MAP,
    /** A repeated visit to a touchpoint of the map (a log move); subject: the touchpoint. */
    LOOP,
    /**
     * A visit the alignment cannot put in journey order (a log move); subject: the pair of stages
     * {@code "a > b"}, visited in that order, against the map's.
     */
    OUT_OF_ORDER;

    /**
     * The label in a language, from the bundle {@code io.github.mot.scoring.i18n.labels} (key
     * {@code ConformanceReport.DeviationKind.<CONSTANT>}), English where the language has none.
     *
     * @param locale the language, such as {@link Locale#SIMPLIFIED_CHINESE}
     * @return the label, not blank
     * @throws NullPointerException if {@code locale} is null
     */
    public String label(Locale locale) {
      return Text.labelOf(this, locale);
    }
  }

  /**
   * One deviation (a kind and its subject) and how often it occurs: in a report, over all episodes;
   * from {@link #deviations(int)}, in one episode. Deviations of reports on the same journey map
   * are equal when their kind, subject and counts are. Immutable and thread-safe.
   *
   * @since 0.4.0
   */
  public sealed interface Deviation permits DeviationRow {

    /**
     * The kind of deviation.
     *
     * @return the kind
     */
    DeviationKind kind();

    /**
     * What the deviation is about: a touchpoint id, or for {@link DeviationKind#OUT_OF_ORDER} two
     * stage ids in the order visited, {@code "checkout > browsing"}.
     *
     * @return the subject, not blank
     */
    String subject();

    /**
     * The number of episodes with this deviation (1 from {@link #deviations(int)}).
     *
     * @return the count, {@code >= 1}
     */
    long episodes();

    /**
     * The number of times it occurs in those episodes (a skipped moment of truth once per episode;
     * a loop once per repeated visit, ...).
     *
     * @return the count, {@code >= episodes()}
     */
    long occurrences();
  }

  /** A deviation's figures, and its key in its {@link Alignment}. */
  record DeviationRow(DeviationKind kind, String subject, long episodes, long occurrences, int key)
      implements Deviation {
    /** For example {@code "LOOP paying: 3 episodes, 4 occurrences"}. */
    @Override
    public String toString() {
      return kind + " " + subject + ": " + episodes + " episodes, " + occurrences + " occurrences";
    }
  }

  /** Most episodes first, then kind, then subject. */
  private static final Comparator<Deviation> ORDER = Comparator.comparingLong(Deviation::episodes).reversed()
      .thenComparing(Deviation::kind).thenComparing(Deviation::subject);

  /** The mean fitness from the exact sum of {@code n} episodes' fitness; NaN for none. */
  private static double meanFitness(ExactSum sum, long n) {
    return n == 0 ? Double.NaN : sum.divide(n);
  }

  /** The summary of these aggregates, its deviations in the report's order. */
  static JourneyResults.SummaryResult summary(CustomerJourney journey, long episodes, long conforming, ExactSum fitness,
      long attributedOffMap, long unattributedOffMap, List<Deviation> deviations) {
    List<Deviation> sorted = new ArrayList<>(deviations);
    sorted.sort(ORDER);
    return new JourneyResults.SummaryResult(journey, episodes, conforming, meanFitness(fitness, episodes), attributedOffMap,
        unattributedOffMap, sorted);
  }

  /** The kind and subject of a deviation, for its tables and those of its cost. */
  static <R> List<Column<R>> deviationColumns(java.util.function.Function<R, Deviation> deviation) {
    return List.of(
        Column.<R>label("kind", (r, c) -> Text.of(c).label(deviation.apply(r).kind(), deviation.apply(r).kind().name()))
            .header("table.kind"),
        Column.<R>text("subject", r -> deviation.apply(r).subject()).header("table.subject").left());
  }

  private final ConformanceReport.Shared shared;
  private final long minEpisodes;
  private final int top;
  private final List<Deviation> shown;

  /** What the filtered copies of one report share: the per-episode columns and every deviation. */
  private record Shared(Conformance conformance, Alignment plan, double[] fitness, int[] skipped, int[] offMap,
      int[] loops, int[] outOfOrder, int conforming, ExactSum fitnessSum, double meanFitness, List<Deviation> all) {

    static Shared of(Conformance conformance, Alignment plan, double[] fitness, int[] skipped, int[] offMap,
        int[] loops, int[] outOfOrder, long[] episodesWith, long[] occurrences) {
      int c = 0;
      ExactSum sum = new ExactSum();
      for (int e = 0; e < fitness.length; e++) {
        sum.add("fitness", fitness[e]);
        if (skipped[e] + offMap[e] + loops[e] + outOfOrder[e] == 0) {
          c++;
        }
      }
      List<Deviation> list = new ArrayList<>();
      for (int key = 0; key < episodesWith.length; key++) {
        if (episodesWith[key] > 0) {
          list.add(new DeviationRow(plan.kind(key), plan.subject(key), episodesWith[key], occurrences[key], key));
        }
      }
      list.sort(ORDER);
      return new Shared(conformance, plan, fitness, skipped, offMap, loops, outOfOrder, c, sum,
          ConformanceReport.meanFitness(sum, fitness.length), List.copyOf(list));
    }
  }

  ConformanceReport(Conformance conformance, Alignment plan, double[] fitness, int[] skipped, int[] offMap,
      int[] loops, int[] outOfOrder, long[] episodesWith, long[] occurrences) {
    this(Shared.of(conformance, plan, fitness, skipped, offMap, loops, outOfOrder, episodesWith, occurrences), 1,
        Integer.MAX_VALUE);
  }

  private ConformanceReport(Shared shared, long minEpisodes, int top) {
    this.shared = shared;
    this.minEpisodes = minEpisodes;
    this.top = top;
    List<Deviation> kept = new ArrayList<>();
    for (Deviation d : shared.all()) {
      if (d.episodes() >= minEpisodes && kept.size() < top) {
        kept.add(d);
      }
    }
    this.shown = List.copyOf(kept);
  }

  /**
   * A copy that shows only the deviations of at least {@code min} episodes (and within this
   * report's {@link #top()}); the others are counted as hidden. 0 or 1 shows every deviation.
   *
   * @param min the fewest episodes a deviation needs, {@code >= 0}
   * @return the filtered report, over the same episodes
   * @throws IllegalArgumentException if {@code min} is negative
   */
  public ConformanceReport withMinEpisodes(long min) {
    Preconditions.check(min >= 0, "minimum episodes", ">= 0", min);
    return new ConformanceReport(shared, min, top);
  }

  /**
   * A copy that shows at most the {@code n} most frequent deviations (of those this report's
   * {@link #minEpisodes()} keeps); the others are counted as hidden.
   *
   * @param n the most deviations shown, {@code >= 0}
   * @return the filtered report, over the same episodes
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public ConformanceReport withTop(int n) {
    Preconditions.check(n >= 0, "top deviations", ">= 0", n);
    return new ConformanceReport(shared, minEpisodes, n);
  }

  /**
   * The episodes checked.
   *
   * @return the episodes
   */
  public Episodes episodes() {
    return shared.plan().episodes;
  }

  /**
   * The journey map the episodes were checked against.
   *
   * @return the map
   */
  public CustomerJourney journey() {
    return shared.plan().journey;
  }

  /**
   * The number of episodes.
   *
   * @return the count, {@code >= 0}
   */
  public int size() {
    return shared.fitness().length;
  }

  private int check(int episode) {
    return Objects.checkIndex(episode, shared.fitness().length);
  }

  /**
   * The fitness of an episode, {@code 1 - cost / (n + R)} (see {@link Conformance}).
   *
   * @param episode the episode's index
   * @return the fitness, in [0, 1]; 1 for a conforming episode
   * @throws IndexOutOfBoundsException if {@code episode} is out of range
   */
  public double fitness(int episode) {
    return shared.fitness()[check(episode)];
  }

  /**
   * The number of moments of truth an episode skipped.
   *
   * @param episode the episode's index
   * @return the count, in [0, moments of truth on the map]
   * @throws IndexOutOfBoundsException if {@code episode} is out of range
   */
  public int skippedMoments(int episode) {
    return shared.skipped()[check(episode)];
  }

  /**
   * The number of an episode's encounters whose touchpoint is not on the map (those within it and
   * those attributed to it).
   *
   * @param episode the episode's index
   * @return the count, {@code >= 0}
   * @throws IndexOutOfBoundsException if {@code episode} is out of range
   */
  public int offMapCount(int episode) {
    return shared.offMap()[check(episode)];
  }

  /**
   * The number of an episode's repeated visits the alignment leaves out (loops).
   *
   * @param episode the episode's index
   * @return the count, {@code >= 0}
   * @throws IndexOutOfBoundsException if {@code episode} is out of range
   */
  public int loopCount(int episode) {
    return shared.loops()[check(episode)];
  }

  /**
   * The number of an episode's visits out of journey order.
   *
   * @param episode the episode's index
   * @return the count, {@code >= 0}
   * @throws IndexOutOfBoundsException if {@code episode} is out of range
   */
  public int outOfOrderCount(int episode) {
    return shared.outOfOrder()[check(episode)];
  }

  /**
   * Whether an episode conforms: no deviation, fitness 1.
   *
   * @param episode the episode's index
   * @return whether it conforms
   * @throws IndexOutOfBoundsException if {@code episode} is out of range
   */
  public boolean conforming(int episode) {
    int e = check(episode);
    return shared.skipped()[e] + shared.offMap()[e] + shared.loops()[e] + shared.outOfOrder()[e] == 0;
  }

  /**
   * The deviations of one episode, each with its occurrences in it ({@link Deviation#episodes()}
   * is 1), in the order of {@link DeviationKind} and then by subject. Aligns the episode again.
   *
   * @param episode the episode's index
   * @return an unmodifiable list, empty for a conforming episode
   * @throws IndexOutOfBoundsException if {@code episode} is out of range
   */
  public List<Deviation> deviations(int episode) {
    int e = check(episode);
    Alignment plan = shared.plan();
    Alignment.Aligner a = plan.new Aligner();
    a.align(e);
    List<Deviation> list = new ArrayList<>();
    for (int p : plan.moments) {
      if (!a.matched(p)) {
        list.add(new DeviationRow(DeviationKind.SKIPPED_MOMENT, plan.subject(p), 1, 1, p));
      }
    }
    for (int i = 0; i < a.keysFound(); i++) {
      int key = a.keyAt(i);
      list.add(new DeviationRow(plan.kind(key), plan.subject(key), 1, a.occurrences(key), key));
    }
    list.sort(ORDER);
    return List.copyOf(list);
  }

  /**
   * The number of conforming episodes.
   *
   * @return the count, in {@code [0, size()]}
   */
  public int conformingCount() {
    return shared.conforming();
  }

  /**
   * The share of conforming episodes.
   *
   * @return in [0, 1], NaN without episodes
   */
  public double conformingShare() {
    return size() == 0 ? Double.NaN : (double) shared.conforming() / size();
  }

  /**
   * The 95% Wilson interval of the conforming share ({@link WilsonInterval#of(long, long)}).
   *
   * @return the interval; [0, 1] without episodes
   */
  public WilsonInterval conformingInterval() {
    return WilsonInterval.of(shared.conforming(), size());
  }

  /**
   * The mean fitness of the episodes, from the exact sum of their fitness (each on a grid of
   * 2<sup>-52</sup>), so that it does not depend on their order and equals the mean fitness of
   * tallies of shards of their customers merged ({@link ConformanceTally}).
   *
   * @return in [0, 1], NaN without episodes
   */
  public double meanFitness() {
    return shared.meanFitness();
  }

  /**
   * The aggregates of this report without the per-episode columns: what a {@link ConformanceTally}
   * of the same episodes, or of shards of their customers merged, reports. Its deviations are every
   * deviation ({@link #allDeviations()}), whatever this report's filters.
   *
   * @return the summary
   */
  public ConformanceSummary summary() {
    return aggregates();
  }

  private JourneyResults.SummaryResult aggregates() {
    List<Deviation> all = new ArrayList<>();
    for (Deviation d : shared.all()) {
      all.add(new DeviationRow(d.kind(), d.subject(), d.episodes(), d.occurrences(), -1));
    }
    return summary(journey(), size(), shared.conforming(), shared.fitnessSum(), attributedOffMapCount(),
        unattributedOffMapCount(), all);
  }

  /** The exact sum of the episodes' fitness (not to be changed). */
  ExactSum fitnessSum() {
    return shared.fitnessSum();
  }

  /**
   * The number of off-map encounters attributed to episodes (see {@link Conformance}).
   *
   * @return the count, {@code >= 0}
   */
  public int attributedOffMapCount() {
    return shared.plan().attributed.length;
  }

  /**
   * The number of off-map encounters of customers without an episode, in no episode's figures.
   *
   * @return the count, {@code >= 0}
   */
  public int unattributedOffMapCount() {
    return shared.plan().unattributed;
  }

  /**
   * The deviations the filters keep, most frequent first.
   *
   * @return an unmodifiable list
   */
  public List<Deviation> deviations() {
    return shown;
  }

  /**
   * Every deviation of every episode, filtered or not, most frequent first.
   *
   * @return an unmodifiable list
   */
  public List<Deviation> allDeviations() {
    return shared.all();
  }

  /**
   * The number of deviations the filters hide.
   *
   * @return {@code allDeviations().size() - deviations().size()}
   */
  public int hiddenDeviationCount() {
    return shared.all().size() - shown.size();
  }

  /**
   * The fewest episodes a deviation needs to be shown.
   *
   * @return the minimum, {@code >= 0}
   */
  public long minEpisodes() {
    return minEpisodes;
  }

  /**
   * The most deviations shown.
   *
   * @return the limit, {@code >= 0}; {@link Integer#MAX_VALUE} when unlimited
   */
  public int top() {
    return top;
  }

  /**
   * What each shown deviation costs in journey score at 95% confidence: {@link #cost(JourneyModel,
   * double)}.
   *
   * @param model the journey model
   * @return the costs of the {@link #deviations()}
   * @throws IllegalStateException if the episodes were observed without a journey map
   * @throws NullPointerException if {@code model} is null
   */
  public DeviationCost cost(JourneyModel model) {
    return cost(model, MeanComparison.DEFAULT_CONFIDENCE);
  }

  /**
   * What each shown deviation costs in journey score: for every deviation of {@link #deviations()},
   * the scores ({@link Episodes#scores(JourneyModel)}) of the episodes with it against those of the
   * episodes without it, compared by Welch's difference of means ({@link MeanComparison}); episodes
   * without a score are left out of both groups and counted.
   *
   * @param model the journey model
   * @param confidence the confidence of the intervals, in (0, 1)
   * @return the costs of the {@link #deviations()}, by difference
   * @throws IllegalArgumentException if {@code confidence} is not in (0, 1)
   * @throws IllegalStateException if the episodes were observed without a journey map (a score
   *     needs the map's importances)
   * @throws NullPointerException if {@code model} is null
   */
  public DeviationCost cost(JourneyModel model, double confidence) {
    Objects.requireNonNull(model, "model");
    Preconditions.openUnit("confidence", confidence);
    return JourneyResults.CostResult.of(this, shared.plan(), shared.conformance().parallelism(), model, confidence);
  }

  /** The columns of an episode's row, by index. */
  private List<Column<Integer>> episodeColumns() {
    Episodes ep = episodes();
    return List.of(
        Column.<Integer>text("customerId", ep::customerId).header("table.customer"),
        Column.<Integer>integer("number", ep::number).header("table.number"),
        Column.<Integer>integer("encounterCount", e -> ep.encounterCount(e) + shared.plan().attributedCount(e))
            .header("table.encounters"),
        Column.<Integer>decimal("fitness", this::fitness).decimals(3).header("table.fitness"),
        Column.<Integer>integer("skippedMoments", this::skippedMoments).header("table.skippedMoments"),
        Column.<Integer>integer("offMap", this::offMapCount).header("table.offMap"),
        Column.<Integer>integer("loops", this::loopCount).header("table.loops"),
        Column.<Integer>integer("outOfOrder", this::outOfOrderCount).header("table.outOfOrder"),
        Column.<Integer>bool("conforming", this::conforming).header("table.conforming"));
  }

  /**
   * The report for every {@link Format}: JSON fields {@code journey} (its name), {@code
   * episodeCount}, {@code conformingCount}, {@code conformingShare} and its 95% Wilson bounds {@code
   * conformingLower} and {@code conformingUpper}, {@code meanFitness} ({@code null} without
   * episodes), {@code attributedOffMapCount}, {@code unattributedOffMapCount}, {@code
   * deviationCount}, {@code hiddenDeviationCount}, {@code minEpisodes}, {@code top} ({@code null}
   * when unlimited); the table {@code deviations} of the shown deviations with {@code kind}, {@code
   * subject}, {@code episodes}, {@code episodeShare} and {@code occurrences}; and the table {@code
   * episodes} with {@code customerId}, {@code number}, {@code encounterCount} (off-map ones
   * included), {@code fitness}, {@code skippedMoments}, {@code offMap}, {@code loops}, {@code
   * outOfOrder} and {@code conforming}. CSV holds both tables under one header, the first column
   * {@code table} naming each row's. The text shows the first and last rows of a long table.
   *
   * @return the description of this report
   */
  @Override
  public Tables tables() {
    return aggregates().describe(shown, minEpisodes, top)
        .table(ResultTables.table("episodes", episodeColumns(), io.github.mot.core.internal.Rows.indexes(size())))
        .build();
  }

  /**
   * A headline (episodes, conforming share and interval, mean fitness, off-map encounters), the
   * table of the shown deviations under a line that says what the filters hide, and the table of
   * the episodes (the first and last ones when there are many).
   */
  @Override
  public String toString() {
    return Format.TEXT.render(this);
  }
}
