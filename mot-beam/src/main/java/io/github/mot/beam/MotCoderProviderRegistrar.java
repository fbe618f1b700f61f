package io.github.mot.beam;

import io.github.mot.core.AbcRatings;
import io.github.mot.core.Encounter;
import io.github.mot.core.ScorecardLevel;
import io.github.mot.scoring.AuditAccumulator;
import io.github.mot.scoring.AuditOverviewAccumulator;
import io.github.mot.scoring.ComplianceScore;
import io.github.mot.scoring.FirstImpressionAccumulator;
import io.github.mot.scoring.GroupedScorecardAccumulator;
import io.github.mot.scoring.ScorecardAccumulator;
import java.util.List;
import org.apache.beam.sdk.coders.CannotProvideCoderException;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderProvider;
import org.apache.beam.sdk.coders.CoderProviderRegistrar;
import org.apache.beam.sdk.coders.CoderProviders;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * Tells Beam's coder registry the coders of {@link MotCoders}, so that a pipeline infers them: a
 * {@link java.util.ServiceLoader} service ({@code META-INF/services}) that Beam loads when it
 * creates a pipeline's {@link org.apache.beam.sdk.coders.CoderRegistry}. Not called by users.
 *
 * <p>Instances are stateless and thread-safe.
 *
 * @since 0.4.0
 */
public final class MotCoderProviderRegistrar implements CoderProviderRegistrar {

  /** The registrar; {@link java.util.ServiceLoader} makes it. */
  public MotCoderProviderRegistrar() {}

  /**
   * One provider per coded type: encounters, ABC ratings and compliance scores (and their implementation classes,
   * which {@code Create.of(encounters)} asks for), scorecard levels, rejections, and the
   * tallies (grouped scorecard tallies with text keys).
   *
   * @return the providers
   */
  @Override
  public List<CoderProvider> getCoderProviders() {
    return List.of(
        new Subtypes<>(Encounter.class, MotCoders.encounter()),
        new Subtypes<>(AbcRatings.class, MotCoders.abcRatings()),
        new Subtypes<>(ComplianceScore.class, MotCoders.complianceScore()),
        CoderProviders.forCoder(TypeDescriptor.of(ScorecardLevel.class), MotCoders.scorecardLevel()),
        CoderProviders.forCoder(TypeDescriptor.of(Rejection.class), MotCoders.rejection()),
        CoderProviders.forCoder(TypeDescriptor.of(ScorecardAccumulator.class), MotCoders.scorecard()),
        CoderProviders.forCoder(
            new TypeDescriptor<GroupedScorecardAccumulator<String>>() {}, MotCoders.groupedScorecard()),
        CoderProviders.forCoder(
            TypeDescriptor.of(FirstImpressionAccumulator.class), MotCoders.firstImpression()),
        CoderProviders.forCoder(TypeDescriptor.of(AuditAccumulator.class), MotCoders.audit()),
        CoderProviders.forCoder(
            TypeDescriptor.of(AuditOverviewAccumulator.class), MotCoders.auditOverview()));
  }

  /** The coder of a value type for the type and its (hidden, generated) implementation classes. */
  private static final class Subtypes<V> extends CoderProvider {
    private final Class<V> type;
    private final Coder<V> coder;

    Subtypes(Class<V> type, Coder<V> coder) {
      this.type = type;
      this.coder = coder;
    }

    @Override
    @SuppressWarnings("unchecked") // T is V or a subclass of V, which the coder codes as a V
    public <T> Coder<T> coderFor(TypeDescriptor<T> typeDescriptor, List<? extends Coder<?>> componentCoders)
        throws CannotProvideCoderException {
      if (!type.isAssignableFrom(typeDescriptor.getRawType())) {
        throw new CannotProvideCoderException(typeDescriptor + " is not a " + type.getSimpleName());
      }
      return (Coder<T>) coder;
    }
  }
}
