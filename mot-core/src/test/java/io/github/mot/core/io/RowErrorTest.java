package io.github.mot.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RowErrorTest {

  @Test
  void textNamesTheLineAndWhatItHasOfColumnAndValue() {
    assertThat(new RowError(4, "P2", "x", "not an integer"))
        .hasToString("line 4, column P2, value 'x': not an integer");
    // a named column keeps its empty value: the cell was there and empty
    assertThat(new RowError(5, "staff", "", "a staff id is required"))
        .hasToString("line 5, column staff, value '': a staff id is required");
    // no particular column: the bytes that could not be decoded
    assertThat(new RowError(3, "", "FF", "the bytes FF are not valid UTF-8"))
        .hasToString("line 3, value 'FF': the bytes FF are not valid UTF-8");
    // about the file, not a cell
    assertThat(new RowError(12, "", "", "the file has more than 10 data rows"))
        .hasToString("line 12: the file has more than 10 data rows");
  }

  @Test
  void longValuesAreAbbreviatedWithTheirLength() {
    RowError e = new RowError(2, "note", "x".repeat(RowError.MAX_VALUE_LENGTH + 1), "too long");
    assertThat(e.value())
        .isEqualTo("x".repeat(RowError.MAX_VALUE_LENGTH) + "... (" + (RowError.MAX_VALUE_LENGTH + 1) + " characters)");
  }
}
