package io.github.mot.core.testing;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.LongFunction;

/**
 * An {@link InputStream} of valid CSV that is generated row by row as it is read, never held in
 * memory: a header line, then {@code row(0)}, {@code row(1)}, ... until at least {@code
 * targetBytes} bytes have been produced (the last row is always complete). It lets a test feed a
 * reader a file of gigabytes without a file in the repository or on disk.
 *
 * <p>Each line is produced by the row function without the line end; the stream adds {@code \n}.
 * The function should be cheap (a few string concatenations): a 2 GB stream calls it tens of
 * millions of times.
 *
 * <p>Mutable and not thread-safe, like every stream.
 */
public final class LazyCsvInputStream extends InputStream {

  private final LongFunction<String> row;
  private final long targetBytes;
  private byte[] current;
  private int pos;
  private long produced;
  private long rows;
  private boolean done;

  /**
   * A stream of about {@code targetBytes} bytes.
   *
   * @param header the header line, without the line end
   * @param row makes data line {@code i} (from 0), without the line end
   * @param targetBytes stop after the row that reaches this many bytes, {@code >= 0}
   */
  public LazyCsvInputStream(String header, LongFunction<String> row, long targetBytes) {
    this.row = Objects.requireNonNull(row, "row");
    if (targetBytes < 0) {
      throw new IllegalArgumentException("targetBytes must be >= 0 but was " + targetBytes);
    }
    this.targetBytes = targetBytes;
    this.current = (header + "\n").getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The number of data rows produced so far (the header not counted).
   *
   * @return the count
   */
  public long rows() {
    return rows;
  }

  /**
   * The number of bytes produced so far.
   *
   * @return the count
   */
  public long bytes() {
    return produced;
  }

  private boolean fill() {
    while (pos == current.length) {
      if (done || produced >= targetBytes) {
        done = true;
        return false;
      }
      current = (row.apply(rows) + "\n").getBytes(StandardCharsets.UTF_8);
      rows++;
      pos = 0;
    }
    return true;
  }

  @Override
  public int read() {
    if (!fill()) {
      return -1;
    }
    produced++;
    return current[pos++] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) {
    Objects.checkFromIndexSize(off, len, b.length);
    if (len == 0) {
      return 0;
    }
    int total = 0;
    while (total < len && fill()) {
      int n = Math.min(len - total, current.length - pos);
      System.arraycopy(current, pos, b, off + total, n);
      pos += n;
      produced += n;
      total += n;
    }
    return total == 0 ? -1 : total;
  }
}
