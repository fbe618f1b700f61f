package io.github.mot.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataFileExceptionTest {

  private static final RowError E1 = new RowError(1, "client", "client", "unknown column");
  private static final RowError E3 = new RowError(3, "", "FF", "the bytes FF are not valid UTF-8");

  @Test
  void theMessageIsTheSourceAndTheFirstError() {
    DataFileException one = new DataFileException("enc.csv", List.of(E3));
    assertThat(one).isInstanceOf(IOException.class)
        .hasMessage("enc.csv: line 3, value 'FF': the bytes FF are not valid UTF-8");
    assertThat(one.source()).contains("enc.csv");
    assertThat(one.errors()).containsExactly(E3);
    DataFileException two = new DataFileException(List.of(E1, E3));
    assertThat(two).hasMessage("2 errors, the first: line 1, column client, value 'client': unknown column");
    assertThat(two.source()).isEmpty();
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void anExceptionNeedsAnError() {
    assertThatThrownBy(() -> new DataFileException(List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("errors must not be empty");
    assertThatThrownBy(() -> new DataFileException(null, List.of(E1)))
        .isInstanceOf(NullPointerException.class).hasMessage("source");
    assertThatThrownBy(() -> new DataFileException("f", null))
        .isInstanceOf(NullPointerException.class).hasMessage("errors");
  }

  /** A distributed job ships the exception to its driver with Java serialization. */
  @Test
  void theExceptionAndItsErrorsSerialize() throws Exception {
    DataFileException e = new DataFileException("survey.csv",
        List.of(new RowError(4, "E1", "x", "not an integer"), new RowError(9, "P2", "", "missing")));
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(e);
    }
    Object back;
    try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
        new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      back = in.readObject();
    }
    assertThat(back).isInstanceOf(DataFileException.class);
    DataFileException read = (DataFileException) back;
    assertThat(read).hasMessage(e.getMessage());
    assertThat(read.errors()).isEqualTo(e.errors());
  }
}
