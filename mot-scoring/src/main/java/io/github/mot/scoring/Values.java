package io.github.mot.scoring;

import io.github.mot.core.AbcComponent;
import io.github.mot.core.internal.Preconditions;
import java.time.Instant;
import java.util.Objects;

/**
 * The implementations of the small values nested in this package's results: records, so that
 * equality (doubles as by {@link Double#compare}), hash code and text ({@code Point[auditedAt=...,
 * score=0.5]}) are a record's. Users see the public sealed interfaces ({@link AuditTrend.Point},
 * {@link GroupedSummary.Group}, {@link FirstImpression.Contribution}); only this package builds
 * them. Package-private.
 */
final class Values {

  private Values() {}

  /** {@link AuditTrend.Point}: validated here, so {@code Point.of} and every copy agree. */
  record Point(Instant auditedAt, String auditId, String staffId, double score) implements AuditTrend.Point {
    Point {
      Objects.requireNonNull(auditedAt, "auditedAt");
      Objects.requireNonNull(auditId, "auditId");
      Objects.requireNonNull(staffId, "staffId");
      // -0.0 is stored as 0.0, so that equal points are equal
      score = Preconditions.unitInterval("score", score) + 0.0;
    }
  }

  /** {@link GroupedSummary.Group}: a key and its summary, both not null. */
  record Group<K, S>(K key, S summary) implements GroupedSummary.Group<K, S> {
    Group {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(summary, "summary");
    }
  }

  /** {@link FirstImpression.Contribution}: computed by {@link FirstImpression}, the parts agree. */
  record Contribution(AbcComponent component, double weight, double rating, double points,
      double maxPoints, double lostPoints, double indexPoints, double lostIndexPoints)
      implements FirstImpression.Contribution {
    Contribution {
      Objects.requireNonNull(component, "component");
    }
  }
}
