package io.github.mot.servqual;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServqualDimensionTest {

  @Test
  void fiveDimensionsInOrderOfImportance() {
    assertThat(ServqualDimension.values())
        .containsExactly(
            ServqualDimension.RELIABILITY,
            ServqualDimension.RESPONSIVENESS,
            ServqualDimension.ASSURANCE,
            ServqualDimension.EMPATHY,
            ServqualDimension.TANGIBLES);
  }
}
