package io.github.mot.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mot.core.io.DataFileException;
import io.github.mot.core.io.ReadLimits;
import io.github.mot.core.io.RowError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadErrorsTest {

  private static final ReadLimits SMALL = ReadLimits.DEFAULT.withMaxRows(10).withMaxFieldLength(3).withMaxBytes(200);

  @Test
  void theLimitsSayTheLineTheLimitAndHowToRaiseIt() {
    assertThat(ReadErrors.tooManyRows(12, SMALL))
        .hasMessage("line 12: the file has more than 10 data rows, the limit; raise it with withMaxRows");
    assertThat(ReadErrors.tooLarge(7, SMALL, false))
        .hasMessage("line 7: the input is larger than the limit of 200 bytes; raise it with withMaxBytes");
    assertThat(ReadErrors.tooLarge(7, SMALL, true)).hasMessageContaining("the limit of 200 characters;");
    assertThatThrownBy(() -> ReadErrors.checkFieldLengths(List.of("ab", "abcd"), List.of("x", "note"), 5, SMALL))
        .isInstanceOf(DataFileException.class)
        .hasMessage("line 5, column note, value 'abcd': the field has 4 characters, more than the limit of 3;"
            + " raise it with withMaxFieldLength");
    assertThatThrownBy(() -> ReadErrors.checkFieldLengths(List.of("abcd"), List.of(), 1, SMALL))
        .hasMessageStartingWith("line 1, column #1, value 'abcd'");
  }

  @Test
  void aProgramReplacesTheLibrarysHintWithItsOwn() {
    RowError rows = ReadErrors.tooManyRows(12, SMALL).errors().get(0);
    assertThat(ReadErrors.withLimitHints(rows, "--max-rows N", "--f", "--b").reason())
        .isEqualTo("the file has more than 10 data rows, the limit; raise it with --max-rows N");
    RowError bytes = ReadErrors.tooLarge(3, SMALL, false).errors().get(0);
    assertThat(ReadErrors.withLimitHints(bytes, "--r", "--f", "--max-bytes N").reason()).endsWith("; raise it with --max-bytes N");
    RowError other = new RowError(2, "level", "9", "not a scorecard level");
    assertThat(ReadErrors.withLimitHints(other, "--r", "--f", "--b")).isSameAs(other);
  }

  @Test
  void anEmptyFileAndMalformedCsv() {
    assertThat(ReadErrors.empty(0)).hasMessage("line 1: the file is empty: a header row is required");
    assertThat(ReadErrors.empty(4).errors().get(0).line()).isEqualTo(4);
    assertThat(ReadErrors.malformedCsv(3, "unclosed quote")).hasMessageEndingWith(": malformed CSV: unclosed quote");
  }

  @Test
  void unwrapGivesTheSourcesExceptionOrTheByteLimit() {
    IOException cause = new IOException("disk");
    assertThat(ReadErrors.unwrap(new UncheckedIOException(cause), 2, SMALL, false)).isSameAs(cause);
    assertThat(ReadErrors.unwrap(new UncheckedIOException(new LimitedInput.Exceeded(200)), 2, SMALL, true))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining("line 2: ").hasMessageContaining("200 characters");
  }

  @Test
  void namedAddsTheSourceOnce() {
    DataFileException e = new DataFileException(List.of(new RowError(3, "c", "v", "bad")));
    DataFileException named = ReadErrors.named(e, "enc.csv");
    assertThat(named).hasMessage("enc.csv: line 3, column c, value 'v': bad").hasCause(e);
    assertThat(named.errors()).isEqualTo(e.errors());
    assertThat(ReadErrors.named(named, "other.csv")).isSameAs(named);
  }
}
