package io.github.mot.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The plain {@code toString()} of every scoring result is unchanged: the text of {@link
 * ResultSamples} is compared with {@code english-tables.txt}, written from the tables as they were
 * before the results learnt other languages. On a difference the actual text is written to {@code
 * target/english-tables.actual.txt} for a diff.
 */
class EnglishTablesTest {

  @Test
  void plainToStringIsUnchanged() throws IOException {
    String expected;
    try (InputStream in = Objects.requireNonNull(
        EnglishTablesTest.class.getResourceAsStream("english-tables.txt"), "english-tables.txt")) {
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String actual = ResultSamples.englishTables();
    if (!actual.equals(expected)) {
      Path target = Path.of("target");
      if (Files.isDirectory(target)) {
        Files.writeString(target.resolve("english-tables.actual.txt"), actual, StandardCharsets.UTF_8);
      }
    }
    assertThat(actual).isEqualTo(expected);
  }
}
