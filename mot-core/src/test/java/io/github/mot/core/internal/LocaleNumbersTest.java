package io.github.mot.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mot.core.Labels;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Number separators of the text tables, and whether labels are a translation. */
class LocaleNumbersTest {

  @Test
  void separatorsOfTheLocale() {
    assertThat(LocaleNumbers.of(Locale.ENGLISH).localize("50,000,000.5")).isEqualTo("50,000,000.5");
    assertThat(LocaleNumbers.of(Locale.SIMPLIFIED_CHINESE).localize("+1.50")).isEqualTo("+1.50");
    assertThat(LocaleNumbers.of(Locale.GERMANY).localize("50,000,000.5")).isEqualTo("50.000.000,5");
    assertThat(LocaleNumbers.of(Locale.GERMANY).localize("n/a")).isEqualTo("n/a");
    assertThat(LocaleNumbers.of(Locale.ENGLISH).boundSeparator()).isEqualTo(", ");
    assertThat(LocaleNumbers.of(Locale.GERMANY).boundSeparator()).isEqualTo("; ");
    assertThatThrownBy(() -> LocaleNumbers.of(nullLocale())).isInstanceOf(NullPointerException.class)
        .hasMessage("locale");
  }

  @Test
  void onlyAnotherLanguagesFileIsATranslation() {
    assertThat(Labels.of(Locale.SIMPLIFIED_CHINESE).isTranslation()).isTrue();
    assertThat(Labels.of(Locale.TRADITIONAL_CHINESE).isTranslation()).isTrue(); // the zh file answers
    assertThat(Labels.of(Locale.ENGLISH).isTranslation()).isFalse();
    assertThat(Labels.of(Locale.GERMAN).isTranslation()).isFalse(); // no file: English texts
    assertThat(Labels.of(Locale.ROOT).isTranslation()).isFalse();
  }

  @SuppressWarnings("NullAway") // null on purpose
  private static Locale nullLocale() {
    return null;
  }
}
