package io.github.mot.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mot.core.testing.Rejections;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JourneyTemplateTest {

  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

  @ParameterizedTest
  @EnumSource(JourneyTemplate.class)
  void parseReadsWhatToStringPrintsAndEveryName(JourneyTemplate t) {
    assertThat(JourneyTemplate.parse(t.toString())).isSameAs(t);
    assertThat(JourneyTemplate.parse(t.name().toLowerCase(Locale.ROOT))).isSameAs(t);
    assertThat(JourneyTemplate.parse(" " + t.label().toUpperCase(Locale.ROOT) + " ")).isSameAs(t);
    assertThat(JourneyTemplate.parse(t.label(ZH), ZH)).isSameAs(t);
    assertThat(t.journey(Locale.ENGLISH)).isEqualTo(t.journey());
    assertThat(t.journey(ZH).name()).isEqualTo(t.label(ZH));
    assertThat(t.journey(ZH).touchpoints()).extracting(Touchpoint::id)
        .containsExactlyElementsOf(t.journey().touchpoints().stream().map(Touchpoint::id).toList());
  }

  @Test
  void keysAndJourneysInConstantOrder() {
    assertThat(JourneyTemplate.keys()).containsExactly("retail", "airline", "restaurant", "bank", "hospital", "online");
    assertThat(JourneyTemplate.journeys()).hasSize(6).first().isSameAs(JourneyTemplate.RETAIL_COUNTER.journey());
    assertThat(JourneyTemplate.journeys(ZH).get(3).name()).isEqualTo("银行网点");
    assertThat(JourneyTemplate.BANK_BRANCH).hasToString("bank");
  }

  @Test
  void unknownNamesListTheKeys() {
    Rejections.assertRejects(
        "journey template must be one of retail, airline, restaurant, bank, hospital, online but was 'spa'",
        () -> JourneyTemplate.parse("spa"));
    assertThatThrownBy(() -> JourneyTemplate.parse("柜面销售")).isInstanceOf(IllegalArgumentException.class);
  }
}
