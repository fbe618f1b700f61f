package io.github.mot.servqual.reliability;

import io.github.mot.core.internal.Preconditions;
import io.github.mot.core.table.Cells;
import io.github.mot.core.table.Column;
import io.github.mot.core.table.Column.Target;
import io.github.mot.core.table.Format;
import io.github.mot.core.table.Table;
import io.github.mot.core.table.Tables;
import io.github.mot.core.table.Tabular;
import io.github.mot.servqual.CronbachAlpha;
import io.github.mot.servqual.Dimension;
import io.github.mot.servqual.MissingPolicy;
import io.github.mot.servqual.ScoreKind;
import io.github.mot.servqual.internal.AnalysisResult;
import io.github.mot.servqual.internal.ResultColumns;
import io.github.mot.servqual.internal.ResultValue;
import io.github.mot.servqual.internal.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * The implementations of this package's result rows: records behind the public sealed
 * interfaces, so that only the analyses build them (no public constructor). Their components are
 * never null: the analyses, their only callers, are checked by NullAway. Package-private.
 */
final class Rows {

  private Rows() {}

  /** The implementation of {@link ReliabilityReport.Scale}. */
  record Scale(Dimension dimension, ScoreKind score, List<Integer> itemIds, long n, double alpha,
      double standardizedAlpha, double meanInterItemCorrelation,
      io.github.mot.servqual.reliability.AlphaInterval feldt,
      Optional<io.github.mot.servqual.reliability.AlphaInterval> bootstrap, int bootstrapReplicates,
      List<io.github.mot.servqual.CronbachAlpha.ItemStatistics> itemStatistics) implements ReliabilityReport.Scale {

    /** Checks and copies the parts. */
    Scale {
      itemIds = List.copyOf(itemIds);
      itemStatistics = List.copyOf(itemStatistics);
    }
  }

  /** The implementation of {@link ReliabilityReport.Warning}. */
  record Warning(ReliabilityReport.Warning.Type type, Dimension dimension, Optional<ScoreKind> score, OptionalInt itemId,
      String message) implements ReliabilityReport.Warning {

    /**
     * For example {@code NEGATIVE_ALPHA: alpha of perception on TANGIBLES is -0.412 ...}.
     *
     * @return the type and the message
     */
    @Override
    public String toString() {
      return type + ": " + message;
    }
  }

  /** The implementation of {@link io.github.mot.servqual.reliability.AlphaInterval}. */
  record AlphaInterval(double lower, double upper,
      double confidenceLevel) implements io.github.mot.servqual.reliability.AlphaInterval {

    /** Checks and copies the parts. */
    AlphaInterval {
      Preconditions.openUnit("confidence level", confidenceLevel);
    }

    /**
     * For example {@code [0.712, 0.845]}, or {@code n/a} where undefined (before 0.3.0: {@code
     * undefined}).
     *
     * @return the interval as text, three decimals
     */
    @Override
    public String toString() {
      return isDefined() ? ResultColumns.PLAIN.interval(lower, upper, 3) : io.github.mot.core.table.Cells.UNDEFINED;
    }
  }
}
