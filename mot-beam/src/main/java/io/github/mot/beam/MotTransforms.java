package io.github.mot.beam;

import io.github.mot.core.AbcWeights;
import io.github.mot.core.CustomerJourney;
import io.github.mot.core.Encounter;
import io.github.mot.core.RatingScale;
import io.github.mot.core.table.Format;
import io.github.mot.core.table.Tabular;
import io.github.mot.scoring.EncounterScorecard;
import io.github.mot.scoring.EncounterScorecard.GroupBy;
import io.github.mot.scoring.EncounterFunnel;
import io.github.mot.scoring.EncounterJourneys;
import io.github.mot.scoring.FirstImpressionAccumulator;
import io.github.mot.scoring.FirstImpressionScorer;
import io.github.mot.scoring.Funnel;
import io.github.mot.scoring.FunnelTally;
import io.github.mot.scoring.GroupedScorecardAccumulator;
import io.github.mot.scoring.JourneyTallies;
import io.github.mot.scoring.ScorecardAccumulator;
import java.util.Objects;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.SerializableBiFunction;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.transforms.WithFailures;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.transforms.WithTimestamps;
import org.apache.beam.sdk.transforms.windowing.GlobalWindows;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.jspecify.annotations.Nullable;

/**
 * Composite transforms that a pipeline author applies in one line to a {@code
 * PCollection<Encounter>}: scorecards (overall, or per touchpoint, stage, channel, staff member
 * or customer), first impressions (overall or per group), the journey funnel ({@link #funnel}) and
 * every journey analysis at once ({@link #journeys}), globally or per window.
 *
 * <pre>{@code
 * WithFailures.Result<PCollection<GroupedScorecardAccumulator<String>>, Rejection> perTouchpoint =
 *     encounters.apply(MotTransforms.scorecardsBy(GroupBy.TOUCHPOINT, journey));
 * perTouchpoint.output()     // one tally per window: .summary() is the GroupedSummary
 * perTouchpoint.failures()   // the encounters not counted, with the reason
 * }</pre>
 *
 * <p><b>What comes out.</b> Each transform outputs the merged tally (the accumulator), one per
 * window, or one per key and window for {@link #firstImpressionsBy}: Beam codes the tallies exactly
 * through their byte form ({@link MotCoders}), while the summaries have no byte form. Take the
 * summary where the result leaves the pipeline ({@link #render}). The tally equals, byte for byte,
 * the one that {@link EncounterScorecard} or {@link FirstImpressionScorer} fills on one machine from
 * the same encounters, whatever the runner's sharding and order; its {@code summary()} is therefore
 * their summary.
 *
 * <p><b>Windows.</b> In the global window (a batch) the output is one tally, empty if no encounter
 * counted. After {@code Window.into(FixedWindows.of(Duration.standardDays(1)))} it is one tally per
 * day that has encounters; {@link #withEventTimes()} stamps each encounter with its {@code
 * occurredAt} first.
 *
 * <p><b>Bad input.</b> As on one machine, encounters without what the analysis counts (a level, ABC
 * ratings, a staff id when grouping by staff) are skipped; each is counted in the Beam counter
 * {@code skipped: <reason>} of the namespace {@code io.github.mot.beam.MotTransforms}. A null
 * encounter, one whose touchpoint is not on the journey map, or one with ratings on another scale
 * is rejected: it goes to the {@link WithFailures.Result#failures()} output as a {@link Rejection}
 * with its reason (and the counter {@code rejected}), never dropped silently, and the job goes on;
 * {@link Tally#strict()} makes the first one fail the job instead.
 *
 * <p>Static methods only; the transforms are immutable and serializable.
 *
 * @since 0.4.0
 */
public final class MotTransforms {

  private MotTransforms() {}

  /**
   * The scorecard of all scored encounters on a journey map: the tally of {@link
   * EncounterScorecard#summarize(Iterable)}.
   *
   * @param journey the journey map
   * @return the transform
   * @throws NullPointerException if {@code journey} is null
   */
  public static Tally<ScorecardAccumulator> scorecard(CustomerJourney journey) {
    EncounterCheck check = EncounterCheck.levels(journey, null);
    TallyCombineFn<Encounter, ScorecardAccumulator> fn =
        TallyCombineFn.of(
            MotCoders.scorecard(), ScorecardAccumulator.create(),
            (acc, e) -> acc.add(Objects.requireNonNull(e.levelOrNull())), ScorecardAccumulator::merge);
    return new Tally<>("Scorecard", check, new Globally<>(fn), false);
  }

  /**
   * Scorecards per group on a journey map (per touchpoint, stage, channel, staff member or
   * customer): the tally of {@link EncounterScorecard#summarize(GroupBy, Iterable)}, whose {@code
   * summary()} is that {@code GroupedSummary}, worst first.
   *
   * @param by the grouping
   * @param journey the journey map
   * @return the transform
   * @throws NullPointerException if an argument is null
   */
  public static Tally<GroupedScorecardAccumulator<String>> scorecardsBy(
      GroupBy by, CustomerJourney journey) {
    Objects.requireNonNull(by, "by");
    EncounterCheck check = EncounterCheck.levels(journey, by);
    TallyCombineFn<Encounter, GroupedScorecardAccumulator<String>> fn =
        TallyCombineFn.of(
            MotCoders.groupedScorecard(), GroupedScorecardAccumulator.<String>create(by.label()),
            (acc, e) -> acc.add(check.key(e), Objects.requireNonNull(e.levelOrNull())),
            GroupedScorecardAccumulator::merge);
    return new Tally<>("Scorecards by " + by.label(), check, new Globally<>(fn), false);
  }

  /**
   * The first impression of all encounters with ABC ratings on a scale: the tally of {@link
   * FirstImpressionScorer#toSummary(RatingScale)} over their ratings.
   *
   * @param journey the journey map (encounters off the map are rejected)
   * @param weights the ABC weights ({@link AbcWeights#STANDARD})
   * @param scale the scale of the ratings
   * @return the transform
   * @throws NullPointerException if an argument is null
   */
  public static Tally<FirstImpressionAccumulator> firstImpressions(
      CustomerJourney journey, AbcWeights weights, RatingScale scale) {
    EncounterCheck check = EncounterCheck.ratings(journey, null, scale);
    return new Tally<>(
        "First impressions", check, new Globally<>(firstImpressionFn(weights, scale)), false);
  }

  /**
   * First impressions per group (per touchpoint, stage, channel, staff member or customer) of the
   * encounters with ABC ratings on a scale: per key, the tally of {@link
   * FirstImpressionScorer#toSummaryBy(RatingScale, java.util.function.Function)}.
   *
   * @param by the grouping
   * @param journey the journey map (encounters off the map are rejected)
   * @param weights the ABC weights ({@link AbcWeights#STANDARD})
   * @param scale the scale of the ratings
   * @return the transform, whose output has one tally per key and window
   * @throws NullPointerException if an argument is null
   */
  public static Tally<KV<String, FirstImpressionAccumulator>> firstImpressionsBy(
      GroupBy by, CustomerJourney journey, AbcWeights weights, RatingScale scale) {
    Objects.requireNonNull(by, "by");
    EncounterCheck check = EncounterCheck.ratings(journey, by, scale);
    return new Tally<>(
        "First impressions by " + by.label(), check,
        new PerKey<>(check, firstImpressionFn(weights, scale)), false);
  }

  private static TallyCombineFn<Encounter, FirstImpressionAccumulator> firstImpressionFn(
      AbcWeights weights, RatingScale scale) {
    return TallyCombineFn.of(MotCoders.firstImpression(), MotCombineFns.emptyFirstImpressions(weights, scale),
        (acc, e) -> acc.add(Objects.requireNonNull(e.ratingsOrNull())), FirstImpressionAccumulator::merge);
  }

  /**
   * The funnel of the customers' episodes: each customer's encounters (of the window) cut into
   * episodes and tallied ({@link EncounterFunnel#tally(Iterable)}), the tallies merged. The output
   * is the {@link FunnelTally}, one per window (in the global window one, empty without input), whose
   * {@code report()} equals, bit for bit, {@link Funnel#analyze} on one machine over the same
   * encounters; render it with {@code render(Format.JSON, FunnelTally::report)}. A {@code
   * FunnelReport} has no byte form, so it is made where the result leaves the pipeline.
   *
   * <p>The encounters are grouped by customer ({@code GroupByKey}): a customer's encounters meet on
   * one worker, as episodes need. A null encounter, and with a journey map an encounter whose
   * touchpoint is not on it, is rejected as by the other transforms (on one machine the latter is
   * set aside and counted, {@link io.github.mot.scoring.Episodes#offMapCount()}; in both the funnel
   * is the same). A grouping by attribute groups nothing: encounters have no attributes.
   *
   * <pre>{@code
   * CustomerJourney map = JourneyTemplate.RETAIL_COUNTER.journey();
   * EncounterFunnel stages = EncounterFunnel.of(ObservedJourneys.withDefaults().withJourney(map), Funnel.ofStages(map));
   * WithFailures.Result<PCollection<FunnelTally>, Rejection> funnel = encounters.apply(MotTransforms.funnel(stages));
   * funnel.output().apply(MotTransforms.render(Format.JSON, FunnelTally::report));
   * }</pre>
   *
   * @param funnel the funnel and how episodes are cut; it travels to the workers as its byte form
   * @return the transform
   * @throws NullPointerException if {@code funnel} is null
   */
  public static Tally<FunnelTally> funnel(EncounterFunnel funnel) {
    Objects.requireNonNull(funnel, "funnel");
    EncounterCheck check = EncounterCheck.episodes(funnel.observing().journey().orElse(null));
    return new Tally<>("Funnel", check, new PerCustomer<>(funnel.toBytes(), FunnelTally.class,
        EncounterFunnel::fromBytes, EncounterFunnel::tally, MotCombineFns::funnel), false);
  }

  /**
   * Every journey analysis of the customers' episodes at once: each customer's encounters (of the
   * window) cut into episodes once and tallied ({@link EncounterJourneys#tally(Iterable)}: the
   * directly-follows graph, the funnel if the settings have one, the precursors, and with a journey
   * map the recovery and the conformance), the tallies merged. The output is the {@link
   * JourneyTallies}, one per window (in the global window one, empty without input), whose {@code
   * report()} equals, bit for bit, each analysis on one machine over the same encounters; render it
   * with {@code render(Format.JSON, JourneyTallies::report)}. One {@code GroupByKey} by customer
   * serves every analysis.
   *
   * <p>Bad input: a null encounter goes to the failures with its reason ({@link Tally#strict()}
   * fails the job instead). An encounter whose touchpoint is not on the journey map is not bad
   * input here: the analyses count it as one machine does (the graph's {@code offMapCount}, the
   * conformance's off-map deviations and fitness), so that the report is the single-machine
   * report, those counts included. (The funnel alone, {@link #funnel}, rejects it.)
   *
   * <pre>{@code
   * EncounterJourneys journeys = EncounterJourneys.of(ObservedJourneys.withDefaults().withJourney(map));
   * WithFailures.Result<PCollection<JourneyTallies>, Rejection> all = encounters.apply(MotTransforms.journeys(journeys));
   * all.output().apply(MotTransforms.render(Format.JSON, JourneyTallies::report));
   * }</pre>
   *
   * @param journeys how episodes are cut and the analyses' settings; they travel to the workers as
   *     their byte form
   * @return the transform
   * @throws NullPointerException if {@code journeys} is null
   * @since 0.4.0
   */
  public static Tally<JourneyTallies> journeys(EncounterJourneys journeys) {
    Objects.requireNonNull(journeys, "journeys");
    EncounterCheck check = EncounterCheck.episodes(null); // off-map encounters are counted, not rejected
    return new Tally<>("Journeys", check, new PerCustomer<>(journeys.toBytes(), JourneyTallies.class,
        EncounterJourneys::fromBytes, EncounterJourneys::tally, MotCombineFns::journeys), false);
  }

  /**
   * Stamps each encounter with its {@code occurredAt} as its event time, for windows by time
   * ({@code Window.into(FixedWindows.of(Duration.standardDays(1)))}: per day).
   *
   * @return the transform
   */
  public static WithTimestamps<Encounter> withEventTimes() {
    return WithTimestamps.of(
        (Encounter e) -> new org.joda.time.Instant(e.occurredAt().toEpochMilli()));
  }

  /**
   * Renders each tally's result in a format: {@code render(Format.JSON,
   * GroupedScorecardAccumulator::summary)} gives the JSON of each summary, written by the
   * library's result model ({@link Format#render(Tabular)}).
   *
   * @param <A> the tally type
   * @param format the format
   * @param result the tally's result, for example {@code ScorecardAccumulator::summary}
   * @return the transform
   * @throws NullPointerException if an argument is null
   */
  public static <A> MapElements<A, String> render(
      Format format, SerializableFunction<A, ? extends Tabular> result) {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(result, "result");
    return MapElements.into(TypeDescriptors.strings()).via((A a) -> format.render(result.apply(a)));
  }

  /**
   * A tally of encounters: checks each encounter, sends the ones it cannot count to the failures
   * with their reason, and combines the others into tallies ({@link TallyCombineFn}).
   *
   * <p>Immutable and serializable; {@link #strict()} returns a changed copy.
   *
   * @param <T> the output type: a tally, or a key with its tally
   * @since 0.4.0
   */
  public static final class Tally<T>
      extends PTransform<PCollection<Encounter>, WithFailures.Result<PCollection<T>, Rejection>> {

    private static final long serialVersionUID = 1L;

    private final EncounterCheck check;
    private final PTransform<PCollection<Encounter>, PCollection<T>> combine;
    private final boolean strict;

    Tally(String name, EncounterCheck check, PTransform<PCollection<Encounter>, PCollection<T>> combine,
        boolean strict) {
      super(name);
      this.check = check;
      this.combine = combine;
      this.strict = strict;
    }

    /**
     * A copy that fails the job at the first rejected encounter (an {@link
     * IllegalArgumentException} naming the encounter and the reason, which the runner reports)
     * instead of sending it to the failures.
     *
     * @return the strict copy
     */
    public Tally<T> strict() {
      return new Tally<>(getName(), check, combine, true);
    }

    /**
     * Whether the first rejected encounter fails the job.
     *
     * @return true after {@link #strict()}
     */
    public boolean isStrict() {
      return strict;
    }

    /**
     * Checks, then combines.
     *
     * @param input the encounters, in any windowing
     * @return the tallies and the rejected encounters
     */
    @Override
    public WithFailures.Result<PCollection<T>, Rejection> expand(PCollection<Encounter> input) {
      TupleTag<Encounter> counted = new TupleTag<>("counted");
      TupleTag<Rejection> rejected = new TupleTag<>("rejected");
      PCollectionTuple checked =
          input.apply(
              "Check",
              ParDo.of(new CheckFn(check, strict, rejected)).withOutputTags(counted, TupleTagList.of(rejected)));
      PCollection<Encounter> good = checked.get(counted).setCoder(MotCoders.encounter());
      PCollection<Rejection> bad = checked.get(rejected).setCoder(MotCoders.rejection());
      return WithFailures.Result.of(good.apply("Combine", combine), bad);
    }
  }

  /** Routes each encounter: counted, skipped (a counter) or rejected (the failures). */
  static final class CheckFn extends DoFn<Encounter, Encounter> {
    private static final long serialVersionUID = 1L;
    private static final Counter REJECTED = Metrics.counter(MotTransforms.class, "rejected");

    private final EncounterCheck check;
    private final boolean strict;
    private final TupleTag<Rejection> rejected;

    CheckFn(EncounterCheck check, boolean strict, TupleTag<Rejection> rejected) {
      this.check = check;
      this.strict = strict;
      this.rejected = rejected;
    }

    @ProcessElement
    public void processElement(ProcessContext c) {
      @Nullable Encounter e = c.element();
      String reason = check.rejection(e);
      if (reason != null || e == null) {
        String why = reason == null ? "the encounter is null" : reason;
        if (strict) {
          throw new IllegalArgumentException("rejected encounter " + e + ": " + why);
        }
        REJECTED.inc();
        c.output(rejected, Rejection.of(String.valueOf(e), why));
        return;
      }
      String skip = check.skip(e);
      if (skip != null) {
        Metrics.counter(MotTransforms.class, "skipped: " + skip).inc();
        return;
      }
      c.output(e);
    }
  }

  /**
   * One tally per window. In the global window an empty tally is merged in, so that there is one
   * even without input: Beam's own default ({@code Combine.globally} without {@code
   * withoutDefaults()}) would Java-serialize the empty accumulator, which is not serializable.
   */
  static final class Globally<InputT, A> extends PTransform<PCollection<InputT>, PCollection<A>> {
    private static final long serialVersionUID = 1L;
    private final TallyCombineFn<InputT, A> fn;

    Globally(TallyCombineFn<InputT, A> fn) {
      this.fn = fn;
    }

    @Override
    public PCollection<A> expand(PCollection<InputT> input) {
      PCollection<A> tallies =
          input.apply("Tally", Combine.globally(fn).withoutDefaults()).setCoder(fn.coder());
      if (!(input.getWindowingStrategy().getWindowFn() instanceof GlobalWindows)) {
        return tallies;
      }
      PCollection<A> empty =
          input.getPipeline().apply("Empty", Create.of(fn.createAccumulator()).withCoder(fn.coder()));
      return PCollectionList.of(tallies).and(empty)
          .apply("With empty", Flatten.pCollections())
          .apply("Merge", Combine.globally(fn.merging()).withoutDefaults())
          .setCoder(fn.coder());
    }
  }

  /**
   * The analyses of episodes: the encounters keyed by customer and grouped, one tally per customer,
   * the tallies merged per window. The settings travel as their byte form, read once per worker
   * instance of the tallying function ({@link ParsedOnce}).
   */
  static final class PerCustomer<S, T> extends PTransform<PCollection<Encounter>, PCollection<T>> {
    private static final long serialVersionUID = 1L;
    private final byte[] settings;
    private final Class<T> type;
    private final SerializableFunction<byte[], S> read;
    private final SerializableBiFunction<S, Iterable<Encounter>, T> tally;
    private final SerializableFunction<S, TallyCombineFn<T, T>> merge;

    /**
     * @param settings the settings' byte form
     * @param type the tally's class
     * @param read reads the settings
     * @param tally tallies one customer's encounters
     * @param merge the function that merges the customers' tallies
     */
    PerCustomer(byte[] settings, Class<T> type, SerializableFunction<byte[], S> read,
        SerializableBiFunction<S, Iterable<Encounter>, T> tally, SerializableFunction<S, TallyCombineFn<T, T>> merge) {
      this.settings = settings.clone();
      this.type = type;
      this.read = read;
      this.tally = tally;
      this.merge = merge;
    }

    @Override
    public PCollection<T> expand(PCollection<Encounter> input) {
      TallyCombineFn<T, T> fn = merge.apply(read.apply(settings));
      return input
          .apply("By customer", WithKeys.of(Encounter::customerId).withKeyType(TypeDescriptors.strings()))
          .setCoder(KvCoder.of(StringUtf8Coder.of(), MotCoders.encounter()))
          .apply("Customers", GroupByKey.create())
          .apply("Tally customer", ParDo.of(new TallyCustomerFn<>(settings, read, tally)))
          .setTypeDescriptor(TypeDescriptor.of(type))
          .setCoder(fn.coder())
          .apply("Merge", new Globally<>(fn));
    }
  }

  /** One customer's encounters to its tally; the settings read once per instance ({@link ParsedOnce}). */
  static final class TallyCustomerFn<S, T> extends DoFn<KV<String, Iterable<Encounter>>, T> {
    private static final long serialVersionUID = 1L;
    private final ParsedOnce<S> settings;
    private final SerializableBiFunction<S, Iterable<Encounter>, T> tally;

    TallyCustomerFn(byte[] settings, SerializableFunction<byte[], S> read,
        SerializableBiFunction<S, Iterable<Encounter>, T> tally) {
      this.settings = new ParsedOnce<>(settings, read);
      this.tally = tally;
    }

    @ProcessElement
    public void processElement(@Element KV<String, Iterable<Encounter>> customer, OutputReceiver<T> out) {
      out.output(tally.apply(settings.get(), customer.getValue()));
    }
  }

  /** One tally per key and window. */
  static final class PerKey<A> extends PTransform<PCollection<Encounter>, PCollection<KV<String, A>>> {
    private static final long serialVersionUID = 1L;
    private final EncounterCheck check;
    private final TallyCombineFn<Encounter, A> fn;

    PerKey(EncounterCheck check, TallyCombineFn<Encounter, A> fn) {
      this.check = check;
      this.fn = fn;
    }

    @Override
    public PCollection<KV<String, A>> expand(PCollection<Encounter> input) {
      EncounterCheck keys = check;
      return input
          .apply("Key", WithKeys.of((Encounter e) -> keys.key(e)).withKeyType(TypeDescriptors.strings()))
          .setCoder(KvCoder.of(StringUtf8Coder.of(), MotCoders.encounter()))
          .apply("Combine", Combine.perKey(fn))
          .setCoder(KvCoder.of(StringUtf8Coder.of(), fn.coder()));
    }
  }
}
