package io.github.mot.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mot.core.testing.Rejections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChannelTest {

  @Test
  void builtInChannels() {
    assertThat(Channel.builtIns())
        .extracting(Channel::id)
        .containsExactly(
            "in-person", "phone", "web", "app", "chat", "email", "social", "self-service");
    for (Channel c : Channel.builtIns()) {
      assertThat(Channel.of(c.id())).isSameAs(c);
      assertThat(c.isBuiltIn()).isTrue();
      assertThat(c).hasToString(c.id());
    }
  }

  @Test
  void customChannels() {
    Channel kiosk = Channel.of("video-call2");
    assertThat(kiosk.id()).isEqualTo("video-call2");
    assertThat(kiosk.isBuiltIn()).isFalse();
    assertThat(kiosk).isEqualTo(Channel.of("video-call2"));
    assertThat(kiosk).isNotEqualTo(Channel.WEB);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "In-Person", "in person", "in--person", "-web", "web-", "e_mail"})
  void rejectsMalformedIds(String bad) {
    assertThatThrownBy(() -> Channel.of(bad))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "channel id must be lower-case letters and digits in hyphen-separated words (such as"
                + " 'in-person') but was '"
                + bad
                + "'");
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void rejectsNull() {
    Rejections.assertRejectsNull("id", () -> Channel.of(null));
  }
}
