package io.github.mot.spark.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mot.core.AbcWeights;
import io.github.mot.core.RatingScale;
import io.github.mot.core.io.MalformedBytesException;
import io.github.mot.scoring.FirstImpressionScorer;
import io.github.mot.scoring.ScorecardAccumulator;
import org.apache.spark.sql.RowFactory;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The buffers' bean properties, which are what Spark ships: the tally is the accumulator's byte
 * form and nothing else, and a buffer read back from them merges as the one written.
 */
class BuffersTest {

  @Test
  void aScorecardBufferShipsTheAccumulatorsBytesAndItsRejections() {
    ScorecardAggregator agg = new ScorecardAggregator(false);
    ScorecardBuffer b = agg.zero();
    for (@Nullable Double level : new @Nullable Double[] {3.0, -2.0, null, 4.0, 0.0, 0.0}) {
      agg.reduce(b, level);
    }
    assertThat(b.getTally()).isEqualTo(ScorecardAccumulator.create().add(3).add(-2).add(0).add(0).toBytes());

    ScorecardBuffer shipped = new ScorecardBuffer(); // as Spark's bean encoder makes it
    shipped.setTally(b.getTally());
    shipped.setRejectedNull(b.getRejectedNull());
    shipped.setRejectedInvalid(b.getRejectedInvalid());
    ScorecardBuffer merged = agg.merge(agg.reduce(agg.zero(), 1.0), shipped);

    assertThat(merged.getTally())
        .isEqualTo(ScorecardAccumulator.create().add(1).add(3).add(-2).add(0).add(0).toBytes());
    assertThat(merged.getRejectedNull()).isEqualTo(1);
    assertThat(merged.getRejectedInvalid()).isEqualTo(1);
  }

  @Test
  void aFirstImpressionBufferCarriesItsScaleAndWeightsInItsBytes() {
    FirstImpressionScorer scorer = FirstImpressionScorer.of(AbcWeights.of(0.6, 0.3, 0.1));
    FirstImpressionAggregator agg = new FirstImpressionAggregator(scorer, RatingScale.FIVE_POINT, false);
    FirstImpressionBuffer b = agg.reduce(agg.zero(), RowFactory.create(5.0, 4.0, 2.5));
    agg.reduce(b, RowFactory.create(5.0, null, 2.0));
    agg.reduce(b, RowFactory.create(6.0, 1.0, 1.0));

    FirstImpressionBuffer shipped = new FirstImpressionBuffer(); // 7-point until its tally is set
    shipped.setTally(b.getTally());
    assertThat(shipped.accumulator().scale()).isEqualTo(RatingScale.FIVE_POINT);
    assertThat(shipped.accumulator().summary()).isEqualTo(scorer.accumulator(RatingScale.FIVE_POINT).add(5.0, 4.0, 2.5).summary());
    assertThat(b.getRejectedNull()).isEqualTo(1);
    assertThat(b.getRejectedInvalid()).isEqualTo(1);
  }

  @Test
  void strictAggregatorsRefuseBadRowsWithTheLibrarysMessages() {
    ScorecardAggregator card = new ScorecardAggregator(true);
    assertThatThrownBy(() -> card.reduce(card.zero(), null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scorecard level must be a whole number in [-3, 3] but was null");
    assertThatThrownBy(() -> card.reduce(card.zero(), 1.5))
        .hasMessage("scorecard level must be a whole number in [-3, 3] but was 1.5");
    assertThatThrownBy(() -> card.reduce(card.zero(), Double.NaN))
        .hasMessage("scorecard level must be a whole number in [-3, 3] but was NaN");
    FirstImpressionAggregator first =
        new FirstImpressionAggregator(FirstImpressionScorer.STANDARD, RatingScale.SEVEN_POINT, true);
    assertThatThrownBy(() -> first.reduce(first.zero(), RowFactory.create(5.0, 6.0, null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("communication rating must be on the scale [1, 7] but was null");
    assertThatThrownBy(() -> first.reduce(first.zero(), RowFactory.create(0.0, 6.0, 2.0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("appearance rating must be on the scale [1, 7] but was 0.0");
  }

  @Test
  void lenientAggregatorsCountWhatStrictOnesRefuse() {
    ScorecardAggregator card = new ScorecardAggregator(false);
    ScorecardBuffer b = card.zero();
    for (@Nullable Double level : new @Nullable Double[] {null, 1.5, Double.NaN, Double.NEGATIVE_INFINITY, -4.0, 3.0, -3.0}) {
      card.reduce(b, level);
    }
    assertThat(b.getRejectedNull()).isEqualTo(1);
    assertThat(b.getRejectedInvalid()).isEqualTo(4);
    assertThat(b.accumulator().count()).isEqualTo(2);
  }

  @Test
  void corruptBytesAreRefused() {
    byte[] bytes = ScorecardAccumulator.create().add(2).toBytes();
    bytes[6] ^= 1;
    assertThatThrownBy(() -> new ScorecardBuffer().setTally(bytes)).isInstanceOf(MalformedBytesException.class)
        .hasMessageContaining("checksum does not match");
    assertThatThrownBy(() -> new FirstImpressionBuffer().setTally(ScorecardAccumulator.create().toBytes()))
        .isInstanceOf(MalformedBytesException.class).hasMessageContaining("scorecard");
  }
}
