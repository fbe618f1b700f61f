package io.github.mot.servqual;

import io.github.mot.core.internal.Preconditions;
import io.github.mot.servqual.internal.ResultColumns;
import io.github.mot.servqual.internal.ResultValue;
import java.util.List;
import java.util.Objects;

/**
 * The implementations of this package's result rows: records behind the public sealed
 * interfaces, so that only the analyses build them (no public constructor). Their components are
 * never null: the analyses, their only callers, are checked by NullAway. Package-private.
 */
final class Values {

  private Values() {}

  /** The implementation of {@link io.github.mot.servqual.MeanEstimate}. */
  record MeanEstimate(long n, double mean, double standardDeviation, double standardError, double t,
      double degreesOfFreedom, double p, double ciLower, double ciUpper,
      double confidenceLevel) implements io.github.mot.servqual.MeanEstimate {

    /** Checks and copies the parts. */
    MeanEstimate {
      Preconditions.atLeast("n", n, 0);
      Preconditions.openUnit("confidence level", confidenceLevel);
    }

    /**
     * For example {@code -0.750 (sd 0.500, n 4, t -3.000, p 0.0577, 95% CI [-1.546, 0.046])}.
     *
     * @return a one-line summary
     */
    @Override
    public String toString() {
      return ResultColumns.PLAIN.num(mean, 3)
          + " (sd "
          + ResultColumns.PLAIN.num(standardDeviation, 3)
          + ", n "
          + n
          + ", t "
          + ResultColumns.PLAIN.num(t, 3)
          + ", p "
          + ResultColumns.PLAIN.p(p)
          + ", "
          + Math.round(confidenceLevel * 100)
          + "% CI "
          + ResultColumns.PLAIN.interval(ciLower, ciUpper, 3)
          + ")";
    }
  }

  /** The implementation of {@link io.github.mot.servqual.CronbachAlpha.ItemStatistics}. */
  record ItemStatistics(int id, double correctedItemTotalCorrelation,
      double alphaIfDeleted) implements io.github.mot.servqual.CronbachAlpha.ItemStatistics {}

  /** The implementation of {@link io.github.mot.servqual.CronbachAlpha}. */
  record CronbachAlpha(long n, int items, double alpha,
      List<io.github.mot.servqual.CronbachAlpha.ItemStatistics> itemStatistics) implements io.github.mot.servqual.CronbachAlpha {

    /** Checks and copies the parts. */
    CronbachAlpha {
      itemStatistics = List.copyOf(itemStatistics);
    }
  }
}
