package io.github.mot.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static org.assertj.core.api.Assertions.within;

import io.github.mot.core.testing.Rejections;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ContactVolumeTest {

  @Test
  void carlzonsFiftyMillionContacts() {
    // Carlzon: 10 million passengers x 5 contacts = 50 million contacts; x 15 s = 750 million s.
    ContactVolume sas = new ContactVolume(10_000_000L, 5, 15);
    assertThat(sas.contacts()).isEqualTo(50_000_000.0);
    assertThat(sas.exposureSeconds()).isEqualTo(750_000_000.0);
  }

  @Test
  void rejectsNegativeAndNonFiniteParts() {
    Rejections.assertRejects(
        "customers must be >= 0 but was -1", () -> new ContactVolume(-1, 5, 15));
    assertThatThrownBy(() -> new ContactVolume(1, Double.NaN, 15))
        .hasMessage("contactsPerCustomer must be finite and >= 0 but was NaN");
    assertThatThrownBy(() -> new ContactVolume(1, 5, Double.POSITIVE_INFINITY))
        .hasMessage("secondsPerContact must be finite and >= 0 but was Infinity");
  }

  @Test
  void ofIsTheValidatingConstructor() {
    assertThat(ContactVolume.of(10_000_000L, 5, 15)).isEqualTo(ContactVolume.CARLZON_SAS);
    assertThatThrownBy(() -> ContactVolume.of(-1, 5, 15)).hasMessage("customers must be >= 0 but was -1");
    assertThatThrownBy(() -> ContactVolume.of(1, -0.5, 15))
        .hasMessage("contactsPerCustomer must be finite and >= 0 but was -0.5");
    assertThatThrownBy(() -> ContactVolume.of(1, 5, Double.NaN))
        .hasMessage("secondsPerContact must be finite and >= 0 but was NaN");
  }

  @Test
  void carlzonConstantAndExposure() {
    // 750,000,000 s / 3600 = 208,333.333... h; as a Duration 750,000,000 s.
    assertThat(ContactVolume.CARLZON_SAS).isEqualTo(new ContactVolume(10_000_000L, 5, 15));
    assertThat(ContactVolume.CARLZON_SAS.exposureHours()).isCloseTo(208_333.333333333, within(1e-6));
    assertThat(ContactVolume.CARLZON_SAS.exposure()).isEqualTo(Duration.ofSeconds(750_000_000L));
    assertThat(ContactVolume.of(10_000_000L, 5, Duration.ofSeconds(15)))
        .isEqualTo(ContactVolume.CARLZON_SAS);
    assertThat(ContactVolume.of(2, 1.5, Duration.ofMillis(2500)).exposure())
        .isEqualTo(Duration.ofMillis(7500));
  }

  @Test
  void readableTable() {
    assertThat(ContactVolume.CARLZON_SAS.toString())
        .isEqualTo(
            "ContactVolume\n"
                + "quantity                     value\n"
                + "customers               10,000,000\n"
                + "contacts per customer         5.00\n"
                + "contacts                50,000,000\n"
                + "seconds per contact          15.00\n"
                + "exposure seconds       750,000,000\n"
                + "exposure hours           208,333.3\n");
  }

  @Test
  void expectedNegativeContactsFromAnObservedShare() {
    // 8 negatives in 10 scored encounters: p = 0.8, Wilson 95% [0.490162471536642, 0.943317848545625]
    // (see WilsonIntervalTest). On 50,000,000 contacts: expected 40,000,000,
    // interval [24,508,123.58, 47,165,892.43].
    ContactForecast f = ContactVolume.CARLZON_SAS.negativeContacts(8, 10);
    assertThat(f.expected()).isCloseTo(40_000_000.0, within(1e-6));
    assertThat(f.lower()).isCloseTo(50_000_000 * 0.4901624715366417, within(1e-6));
    assertThat(f.upper()).isCloseTo(50_000_000 * 0.9433178485456246, within(1e-6));
    assertThat(f.share()).isEqualTo(WilsonInterval.of(8, 10));
    assertThat(f.volume()).isEqualTo(ContactVolume.CARLZON_SAS);
    assertThat(f.toString())
        .startsWith("expected negative contacts 40,000,000 [24,508,124, 47,165,892] of 50,000,000");
    assertThat(f).isEqualTo(ContactVolume.CARLZON_SAS.negativeContacts(8, 10, 0.95));
  }

  @Test
  void forecastNeedsObservedEncounters() {
    Rejections.assertRejects(
        "observed encounters must be > 0 to project a negative share but was 0",
        () -> ContactVolume.CARLZON_SAS.negativeContacts(0, 0));
    Rejections.assertRejectsWith(
        "successes", () -> ContactVolume.CARLZON_SAS.negativeContacts(3, 2));
    Rejections.assertRejectsWith(
        "confidence", () -> ContactVolume.CARLZON_SAS.negativeContacts(1, 2, 1.5));
  }

  @Test
  void rejectsNegativeTypicalContact() {
    Rejections.assertRejects(
        "typicalContact must not be negative but was PT-1S",
        () -> ContactVolume.of(1, 1, Duration.ofSeconds(-1)));
  }

  @Test
  void forecastFromAScorecardSummary() {
    // 2 negatives (-3, -1) of 10 levels -> share 0.2; 50,000,000 x 0.2 = 10,000,000
    ScorecardSummary sample = ScorecardSummary.ofCounts(1, 0, 1, 1, 2, 3, 2);
    ContactForecast f = ContactVolume.CARLZON_SAS.negativeContacts(sample);
    assertThat(f.expected()).isCloseTo(10_000_000.0, within(1e-6));
    assertThat(f.share()).isEqualTo(WilsonInterval.of(2, 10));
    Rejections.assertRejectsWith(
        "observed encounters must be > 0",
        () -> ContactVolume.CARLZON_SAS.negativeContacts(ScorecardSummary.EMPTY));
  }
}
