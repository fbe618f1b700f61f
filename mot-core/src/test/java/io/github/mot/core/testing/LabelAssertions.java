package io.github.mot.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mot.core.Labels;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Checks of label bundles, shared by the label tests of every module. */
public final class LabelAssertions {

  /** Simplified Chinese, the second language of every bundle. */
  public static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

  private LabelAssertions() {}

  /**
   * Whether a text has at least one CJK (Han) character.
   *
   * @param text the text
   * @return true if one of its characters is Han
   */
  public static boolean hasHan(String text) {
    return text.codePoints()
        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  /**
   * Asserts that every constant of every given enum has a label in English and in Chinese that is
   * not blank, not its key and not its name, with Han characters exactly in Chinese.
   *
   * @param bundle the module's labels for a locale
   * @param enums the enums whose constants need labels
   */
  public static void assertEveryConstantLabelledInEnglishAndChinese(
      Function<Locale, Labels> bundle, List<Class<? extends Enum<?>>> enums) {
    for (Locale locale : List.of(Locale.ENGLISH, ZH)) {
      Labels labels = bundle.apply(locale);
      for (Class<? extends Enum<?>> type : enums) {
        for (Enum<?> c : type.getEnumConstants()) {
          String label = labels.label(c);
          assertThat(label).as(Labels.key(c)).isNotBlank().isNotEqualTo(Labels.key(c)).isNotEqualTo(c.name());
          assertThat(hasHan(label)).as(Labels.key(c) + " in " + locale).isEqualTo(locale == ZH);
        }
      }
    }
  }
}
