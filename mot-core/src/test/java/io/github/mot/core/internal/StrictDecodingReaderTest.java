package io.github.mot.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mot.core.io.DataFileException;
import io.github.mot.core.io.RowError;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StrictDecodingReaderTest {

  private static String read(byte[] bytes, Charset charset) throws IOException {
    StringWriter out = new StringWriter();
    try (Reader r = new StrictDecodingReader(new ByteArrayInputStream(bytes), charset)) {
      r.transferTo(out);
    }
    return out.toString();
  }

  @Test
  void decodesValidTextAndDropsALeadingByteOrderMark() throws IOException {
    byte[] utf8 = "\uFEFFa,b\r\n多语言,café\n".getBytes(StandardCharsets.UTF_8);
    assertThat(read(utf8, StandardCharsets.UTF_8)).isEqualTo("a,b\r\n多语言,café\n");
    assertThat(read("x\uFEFF".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo("x\uFEFF");
    assertThat(read(new byte[0], StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void anInvalidByteIsAnErrorWithItsLineCountingCrLfCrAndLf() {
    // lines: 1 "a" CRLF, 2 "b" CR, 3 "c" LF, 4 "d<FF>"
    byte[] bytes = {'a', '\r', '\n', 'b', '\r', 'c', '\n', 'd', (byte) 0xFF, '\n'};
    assertThatThrownBy(() -> read(bytes, StandardCharsets.UTF_8))
        .isInstanceOf(DataFileException.class)
        .satisfies(e -> assertThat(((DataFileException) e).errors()).extracting(RowError::line, RowError::value)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(4L, "FF")))
        .hasMessageContaining("the bytes FF are not valid UTF-8")
        .hasMessageContaining("withEncoding");
  }

  @Test
  void theLineIsRightBeyondTheFirstBuffer() {
    // 10,000 lines of 9 characters: the bad byte is far beyond the first 8 KiB chunk
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 10_000; i++) {
      b.append("c1,x,y,z\n");
    }
    byte[] good = b.toString().getBytes(StandardCharsets.US_ASCII);
    byte[] bytes = new byte[good.length + 3];
    System.arraycopy(good, 0, bytes, 0, good.length);
    bytes[good.length] = 'q';
    bytes[good.length + 1] = (byte) 0xC3; // a lead byte without its continuation
    bytes[good.length + 2] = '\n';
    assertThatThrownBy(() -> read(bytes, StandardCharsets.UTF_8))
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith("line 10001, value 'C3': ");
  }

  @Test
  void aTruncatedSequenceAtTheEndIsAnError() {
    byte[] bytes = {'a', '\n', (byte) 0xE4, (byte) 0xB8};
    assertThatThrownBy(() -> read(bytes, StandardCharsets.UTF_8))
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith("line 2, ");
  }
}
