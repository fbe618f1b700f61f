package io.github.mot.core.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mot.core.Labels;
import java.util.Locale;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The number texts of the text formats (moved with mot-scoring's former table class). */
class CellsTest {

  private static final Cells ROOT = Cells.of(Locale.ENGLISH, false, Labels::of);

  @Test
  void formatsWithTheRootLocaleWhateverTheDefault() {
    assertThat(ROOT.count(50_000_000L)).isEqualTo("50,000,000");
    assertThat(ROOT.percent(0.8)).isEqualTo("80.0%");
    assertThat(ROOT.signed(0.25, 2)).isEqualTo("+0.25");
    assertThat(ROOT.level(0)).isEqualTo("0");
    assertThat(ROOT.level(3)).isEqualTo("+3");
    assertThat(ROOT.level(-2)).isEqualTo("-2");
    assertThat(ROOT.percent(OptionalDouble.of(0.5))).isEqualTo("50.0%");
    assertThat(ROOT.percentInterval(0.057, 0.51)).isEqualTo("[5.7%, 51.0%]");
  }

  @Test
  void undefinedValuesPrintNotAvailable() {
    assertThat(ROOT.num(OptionalDouble.empty(), 2)).isEqualTo(Cells.UNDEFINED).isEqualTo("n/a");
    assertThat(ROOT.signed(OptionalDouble.empty(), 2)).isEqualTo("n/a");
    assertThat(ROOT.percent(OptionalDouble.empty())).isEqualTo("n/a");
    assertThat(ROOT.num(Double.NaN, 4)).isEqualTo("n/a");
  }

  @Test
  void germanSeparators() {
    Cells de = Cells.of(Locale.GERMANY, true, Labels::of);
    assertThat(de.count(50_000_000L)).isEqualTo("50.000.000");
    assertThat(de.interval(0.4902, 0.9433, 4)).isEqualTo("[0,4902; 0,9433]");
  }
}
