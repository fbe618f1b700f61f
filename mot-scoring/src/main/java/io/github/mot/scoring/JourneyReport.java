package io.github.mot.scoring;

import io.github.mot.core.table.Format;
import io.github.mot.core.table.Tables;
import io.github.mot.core.table.Tabular;
import java.util.Optional;

/**
 * The journey analyses of a set of episodes side by side, as {@link EncounterJourneys} configures
 * them and {@link JourneyTallies#report()} reports them: the directly-follows graph, the funnel (if
 * the settings have one), the precursors of damaging moments, and with a journey map the recovery
 * after them and the summary of the conformance to the map. Every part is the result its own
 * analysis gives ({@link Episodes#directlyFollows()}, {@link Funnel#analyze}, {@link
 * Precursors#analyze}, {@link Recovery#analyze}, {@link ConformanceReport#summary()}).
 *
 * <p>For every {@link Format}: the children {@code directlyFollows}, {@code funnel}, {@code
 * precursors}, {@code recovery} and {@code conformance}, each as its own result renders, the absent
 * ones left out. Only {@link JourneyTallies#report()} (and {@link EncounterJourneys#analyze}) makes
 * one. Immutable and thread-safe; equal when the parts are.
 *
 * @since 0.4.0
 */
public sealed interface JourneyReport extends Tabular permits JourneyResults.JourneysResult {

  /**
   * The directly-follows graph, unfiltered.
   *
   * @return the graph
   */
  DirectlyFollowsGraph directlyFollows();

  /**
   * The funnel, if the settings have one.
   *
   * @return the funnel report, empty without a funnel
   */
  Optional<FunnelReport> funnel();

  /**
   * The precursors of damaging moments.
   *
   * @return the report
   */
  PrecursorReport precursors();

  /**
   * The recovery after damaging moments, with a journey map.
   *
   * @return the report, empty without a journey map
   */
  Optional<RecoveryReport> recovery();

  /**
   * The summary of the conformance to the journey map, with one.
   *
   * @return the summary, empty without a journey map
   */
  Optional<ConformanceSummary> conformance();

  /**
   * The parts for every {@link Format}, each as a child, with an empty line between them in text.
   *
   * @return the description of this report
   */
  @Override
  default Tables tables() {
    Tables.Builder b = ResultTables.builder().child("directlyFollows", directlyFollows());
    funnel().ifPresent(f -> b.blank().child("funnel", f));
    b.blank().child("precursors", precursors());
    recovery().ifPresent(r -> b.blank().child("recovery", r));
    conformance().ifPresent(c -> b.blank().child("conformance", c));
    return b.build();
  }
}
