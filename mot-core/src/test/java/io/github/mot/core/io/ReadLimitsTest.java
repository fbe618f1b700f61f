package io.github.mot.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReadLimitsTest {

  @Test
  void theOneDefaultOfEveryReader() {
    ReadLimits d = ReadLimits.DEFAULT;
    assertThat(d.maxRows()).isEqualTo(ReadLimits.DEFAULT_MAX_ROWS).isEqualTo(5_000_000L);
    assertThat(d.maxFieldLength()).isEqualTo(ReadLimits.DEFAULT_MAX_FIELD_LENGTH).isEqualTo(32_768);
    assertThat(d.maxBytes()).isEqualTo(ReadLimits.DEFAULT_MAX_BYTES).isEqualTo(1L << 30);
    assertThat(d.maxErrors()).isEqualTo(ReadLimits.DEFAULT_MAX_ERRORS).isEqualTo(10_000);
    assertThat(d).hasToString(
        "ReadLimits[rows 5,000,000, field 32,768 characters, input 1,073,741,824 bytes, errors kept 10,000]");
  }

  @Test
  void copiesChangeOneLimitEach() {
    ReadLimits l = ReadLimits.DEFAULT.withMaxRows(10).withMaxFieldLength(20).withMaxBytes(30).withMaxErrors(40);
    assertThat(l.maxRows()).isEqualTo(10);
    assertThat(l.maxFieldLength()).isEqualTo(20);
    assertThat(l.maxBytes()).isEqualTo(30);
    assertThat(l.maxErrors()).isEqualTo(40);
    assertThat(ReadLimits.DEFAULT.withMaxRows(7).maxBytes()).isEqualTo(ReadLimits.DEFAULT_MAX_BYTES);
    assertThat(l).isEqualTo(ReadLimits.DEFAULT.withMaxErrors(40).withMaxBytes(30).withMaxFieldLength(20).withMaxRows(10))
        .hasSameHashCodeAs(ReadLimits.DEFAULT.withMaxErrors(40).withMaxBytes(30).withMaxFieldLength(20).withMaxRows(10))
        .isNotEqualTo(l.withMaxRows(11))
        .isNotEqualTo(l.withMaxFieldLength(21))
        .isNotEqualTo(l.withMaxBytes(31))
        .isNotEqualTo(l.withMaxErrors(41))
        .isNotEqualTo("limits");
  }

  @Test
  void everyLimitMustBeAtLeastOne() {
    ReadLimits d = ReadLimits.DEFAULT;
    assertThatThrownBy(() -> d.withMaxRows(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("max rows must be >= 1 but was 0");
    assertThatThrownBy(() -> d.withMaxRows(Long.MIN_VALUE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max rows must be >= 1");
    assertThatThrownBy(() -> d.withMaxFieldLength(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("max field length must be >= 1 but was -1");
    assertThatThrownBy(() -> d.withMaxBytes(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("max bytes must be >= 1 but was 0");
    assertThatThrownBy(() -> d.withMaxErrors(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("max errors must be >= 1 but was 0");
    assertThat(d.withMaxRows(1).withMaxFieldLength(1).withMaxBytes(1).withMaxErrors(1).maxRows()).isEqualTo(1);
  }
}
