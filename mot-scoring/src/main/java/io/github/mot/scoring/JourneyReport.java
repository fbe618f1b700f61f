package io.github.mot.scoring;

import io.github.mot.core.table.Format;
import io.github.mot.core.table.Tables;
import io.github.mot.core.table.Tabular;
import java.util.Objects;
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
 * ones left out. Immutable and thread-safe; equal when the parts are.
 *
 * @param directlyFollows the directly-follows graph, unfiltered
 * @param funnel the funnel, empty without one
 * @param precursors the precursors of damaging moments
 * @param recovery the recovery after damaging moments, empty without a journey map
 * @param conformance the conformance to the journey map, empty without one
 * @since 0.4.0
 */
public record JourneyReport(DirectlyFollowsGraph directlyFollows, Optional<FunnelReport> funnel,
    PrecursorReport precursors, Optional<RecoveryReport> recovery, Optional<ConformanceSummary> conformance)
    implements Tabular {

  /**
   * The report of these parts.
   *
   * @param directlyFollows the directly-follows graph
   * @param funnel the funnel, or empty
   * @param precursors the precursors
   * @param recovery the recovery, or empty
   * @param conformance the conformance summary, or empty
   * @throws NullPointerException if an argument is null
   */
  public JourneyReport {
    Objects.requireNonNull(directlyFollows, "directlyFollows");
    Objects.requireNonNull(funnel, "funnel");
    Objects.requireNonNull(precursors, "precursors");
    Objects.requireNonNull(recovery, "recovery");
    Objects.requireNonNull(conformance, "conformance");
  }

  /**
   * The parts for every {@link Format}, each as a child.
   *
   * @return the description of this report
   */
  @Override
  public Tables tables() {
    Tables.Builder b = ResultTables.builder().child("directlyFollows", directlyFollows);
    funnel.ifPresent(f -> b.blank().child("funnel", f));
    b.blank().child("precursors", precursors);
    recovery.ifPresent(r -> b.blank().child("recovery", r));
    conformance.ifPresent(c -> b.blank().child("conformance", c));
    return b.build();
  }

  /** Every part's text, one after the other, with an empty line between them. */
  @Override
  public String toString() {
    return Format.TEXT.render(this);
  }
}
