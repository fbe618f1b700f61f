package io.github.mot.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CarlzonExampleTest {

  @Test
  void printsFiftyMillionMoments() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CarlzonExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("moments of truth a year: 50,000,000")
        .contains("exposure: 208,333 hours")
        .contains("scorecard scale: -3..3");
  }
}
