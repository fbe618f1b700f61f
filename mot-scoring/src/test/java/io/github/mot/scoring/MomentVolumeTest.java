package io.github.mot.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MomentVolumeTest {

  @Test
  void carlzonsFiftyMillionMoments() {
    // Carlzon: 10 million passengers x 5 contacts = 50 million moments; x 15 s = 750 million s.
    MomentVolume sas = new MomentVolume(10_000_000L, 5, 15);
    assertThat(sas.moments()).isEqualTo(50_000_000.0);
    assertThat(sas.exposureSeconds()).isEqualTo(750_000_000.0);
  }

  @Test
  void rejectsNegativeAndNonFiniteParts() {
    assertThatThrownBy(() -> new MomentVolume(-1, 5, 15))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("customers must be >= 0 but was -1");
    assertThatThrownBy(() -> new MomentVolume(1, Double.NaN, 15))
        .hasMessage("contactsPerCustomer must be finite and >= 0 but was NaN");
    assertThatThrownBy(() -> new MomentVolume(1, 5, Double.POSITIVE_INFINITY))
        .hasMessage("secondsPerContact must be finite and >= 0 but was Infinity");
  }
}
