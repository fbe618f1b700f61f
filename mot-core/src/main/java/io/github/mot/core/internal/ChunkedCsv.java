package io.github.mot.core.internal;

import io.github.mot.core.io.DataFileException;
import io.github.mot.core.io.ReadLimits;
import io.github.mot.core.io.RowError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * The fast path the library's CSV readers share (the encounter reader's log, the survey reader):
 * a UTF-8 file without quotes or lone carriage returns, within the limits, is cut into chunks of
 * whole records at line feeds; a {@link Scanner} parses each chunk's bytes straight into a reader's
 * columns, on up to {@code threads} threads, and a {@link Merge} takes the chunks in file order, so
 * that the result, the errors and their lines are the same whatever the number of threads. Where
 * the fast path cannot be faithful (a quote, a lone carriage return, bytes that are not valid
 * UTF-8, a limit passed, a bad row in strict mode, a header the reader refuses) it gives up, and
 * the reader reads the whole file on its reference path, which gives the exact result or exception.
 * Not API.
 */
public final class ChunkedCsv {

  /** Bytes of data a chunk covers by default (the last record may run past it). */
  public static final int CHUNK = 8 << 20;

  /** The most bytes of a header line the fast path reads. */
  private static final int MAX_HEADER = 1 << 20;

  /** Eight bytes of a byte array as a long, the first byte lowest. */
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private static final long LOW_BITS = 0x7F7F7F7F7F7F7F7FL;
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long COMMAS = 0x2C2C2C2C2C2C2C2CL;
  private static final long LINE_FEEDS = 0x0A0A0A0A0A0A0A0AL;
  private static final long QUOTES = 0x2222222222222222L;
  private static final long RETURNS = 0x0D0D0D0D0D0D0D0DL;

  /** The high bit of every byte of {@code word} equal to the byte repeated in {@code pattern}, and no other bit. */
  private static long equal(long word, long pattern) {
    long x = word ^ pattern;
    return ~(((x & LOW_BITS) + LOW_BITS) | x | LOW_BITS);
  }

  private ChunkedCsv() {}

  /**
   * The first line of a file the fast path may read.
   *
   * @param names the header's cells as text, not stripped (the reader strips them as it does)
   * @param dataStart the offset of the first data byte, after the header's line feed
   * @param size the file's size in bytes
   */
  public record Header(List<String> names, long dataStart, long size) {
    /**
     * Copies the names.
     *
     * @param names the header's cells
     * @param dataStart the offset of the first data byte
     * @param size the file's size
     */
    public Header {
      names = List.copyOf(names);
    }
  }

  /**
   * The header of a file, after a UTF-8 byte-order mark, or null if the fast path cannot read the
   * file: empty or over {@link ReadLimits#maxBytes()}, a header over 1 MiB, an empty first line, a
   * quote, a lone carriage return or bytes that are not valid UTF-8 in it, a name over {@link
   * ReadLimits#maxFieldLength()} or only blank names.
   *
   * @param ch the file, open for reading
   * @param limits the limits of the read
   * @return the header, or null
   * @throws IOException if the file cannot be read
   */
  public static @Nullable Header header(FileChannel ch, ReadLimits limits) throws IOException {
    long size = ch.size();
    if (size > limits.maxBytes() || size == 0) {
      return null;
    }
    byte[] head = read(ch, 0, (int) Math.min(size, MAX_HEADER));
    int hs = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF ? 3 : 0;
    int nl = indexOf(head, (byte) '\n', hs, head.length);
    if (nl < 0 && head.length < size) {
      return null;
    }
    int he = nl < 0 ? head.length : nl;
    int headerEnd = he > hs && head[he - 1] == '\r' ? he - 1 : he;
    if (headerEnd == hs || indexOf(head, (byte) '"', hs, he) >= 0 || indexOf(head, (byte) '\r', hs, headerEnd) >= 0
        || !ByteFields.validUtf8(head, hs, headerEnd)) {
      return null;
    }
    List<String> names = texts(head, hs, headerEnd);
    try {
      ReadErrors.checkFieldLengths(names, List.of(), 1, limits);
    } catch (DataFileException e) {
      return null;
    }
    if (names.stream().allMatch(String::isBlank)) {
      return null;
    }
    return new Header(names, nl < 0 ? size : nl + 1L, size);
  }

  /**
   * The comma-separated fields of valid UTF-8 bytes without quotes, as text.
   *
   * @param b the bytes
   * @param from the first byte of the record
   * @param to the end of the record (before its line end)
   * @return the fields, at least one
   */
  public static List<String> texts(byte[] b, int from, int to) {
    List<String> fields = new ArrayList<>();
    int p = from;
    for (int i = from; i <= to; i++) {
      if (i == to || b[i] == ',') {
        fields.add(ByteFields.text(b, p, i));
        p = i + 1;
      }
    }
    return fields;
  }

  /**
   * What a scan found in its chunk: a reader's subclass adds its columns. Lines are the chunk's own
   * (its first record is line 1) until {@link Merge} shifts them. Mutable, single-threaded.
   */
  public abstract static class Chunk {
    /** Data rows (not blank), bad rows, errors found. */
    public long rows;

    /** Bad rows. */
    public long bad;

    /** Errors found, kept or not. */
    public long errorCount;

    /** Line feeds in the chunk: its records' lines. */
    public long lines;

    /** The errors kept, with the chunk's lines. */
    public final List<RowError> errors = new ArrayList<>();

    /** Why the chunk cannot be read on the fast path, or null. */
    public @Nullable String giveUp;

    /**
     * The rows, ascending, that the reader's reference path read (a subclass keeps their objects in
     * the same order); the first {@link #objectCount} are set.
     */
    public int[] objectRows = new int[16];

    /** The rows in {@link #objectRows}. */
    public int objectCount;

    /** For subclasses. */
    protected Chunk() {}

    /**
     * Empties the chunk for the next scan, keeping its storage (arrays, dictionaries): a reader's
     * subclass empties its own parts too and calls this.
     */
    protected void reset() {
      rows = 0;
      bad = 0;
      errorCount = 0;
      lines = 0;
      errors.clear();
      giveUp = null;
      objectCount = 0;
    }

    /**
     * Records that a row was read by the reference path.
     *
     * @param row the row, after every row recorded before
     */
    public final void objectRow(int row) {
      if (objectCount == objectRows.length) {
        objectRows = Arrays.copyOf(objectRows, objectCount * 2);
      }
      objectRows[objectCount++] = row;
    }

    /**
     * Counts a bad row and keeps its errors up to the limit.
     *
     * @param rowErrors the row's errors
     * @param maxErrors the most errors to keep
     */
    public final void badRow(List<RowError> rowErrors, int maxErrors) {
      bad++;
      errorCount += rowErrors.size();
      for (RowError e : rowErrors) {
        if (errors.size() < maxErrors) {
          errors.add(e);
        }
      }
    }
  }

  /**
   * Splits whole records of UTF-8 bytes into fields and hands each record to a reader's {@link
   * #record}. A scanner keeps per-row state: one per thread ({@link #copy()}). Mutable,
   * single-threaded.
   *
   * @param <C> the reader's chunk
   */
  public abstract static class Scanner<C extends Chunk> {
    /** The header's number of columns. */
    protected final int width;

    private final int[] starts;
    private final int[] ends;

    /**
     * A scanner for records of {@code width} fields.
     *
     * @param width the header's number of columns, at least 1
     */
    protected Scanner(int width) {
      this.width = width;
      this.starts = new int[width + 1];
      this.ends = new int[width + 1];
    }

    /**
     * A new empty chunk.
     *
     * @return the chunk
     */
    protected abstract C chunk();

    /**
     * An empty chunk for a new scan: a chunk already merged, {@linkplain Chunk#reset() emptied} so
     * that its storage (column arrays, dictionaries) serves again and a read allocates a few
     * chunks' columns instead of one set per chunk. The spare is not used again by anyone else.
     *
     * @param spare a merged chunk whose storage is free
     * @return the spare, empty
     */
    protected C chunk(C spare) {
      spare.reset();
      return spare;
    }

    /**
     * A scanner of the same configuration, for another thread.
     *
     * @return the copy
     */
    public abstract Scanner<C> copy();

    /**
     * One record of valid UTF-8 without quotes: its fields are {@code b[starts[f], ends[f])} for
     * {@code f < min(fields, width + 1)}.
     *
     * @param out the chunk
     * @param b the bytes
     * @param recordStart the record's first byte
     * @param recordEnd the record's end, before its line end
     * @param starts the fields' starts
     * @param ends the fields' ends
     * @param fields the number of fields (may differ from the width)
     * @param longest the length in bytes of the record's longest field
     * @param line the record's line in the chunk, 1-based
     * @return false if the chunk gives up (with {@link Chunk#giveUp} set)
     */
    protected abstract boolean record(C out, byte[] b, int recordStart, int recordEnd, int[] starts, int[] ends,
        int fields, int longest, long line);

    /**
     * Scans the whole records in {@code bytes[from, to)}: {@code from} is the start of a record,
     * {@code to} the end of the last one (after its line feed, or the end of the file). An empty
     * line is skipped, as FastCSV skips it.
     *
     * @param bytes the bytes
     * @param from the first byte
     * @param to the end
     * @return the chunk, with {@link Chunk#giveUp} set if the fast path cannot read it faithfully
     */
    public final C scan(byte[] bytes, int from, int to) {
      return scan(bytes, from, to, chunk());
    }

    private C scan(byte[] bytes, int from, int to, C out) {
      int p = from; // the record's start
      long line = 1;
      int fields = 0;
      int fieldStart = p;
      int longest = 0;
      boolean high = false;
      int i = p;
      while (true) {
        // the next comma, line feed, quote or carriage return: eight bytes at a time where there are eight
        int special = -1;
        while (i < to) {
          if (i + 8 <= to) {
            long w = (long) LONGS.get(bytes, i);
            if ((w & HIGH_BITS) != 0) {
              high = true; // maybe a byte of a later record: it only costs that record a UTF-8 check
            }
            long commas = equal(w, COMMAS);
            long others = equal(w, LINE_FEEDS) | equal(w, QUOTES) | equal(w, RETURNS);
            if (others != 0) {
              commas &= (1L << (Long.numberOfTrailingZeros(others) & ~7)) - 1; // the commas before it
            }
            while (commas != 0) {
              int at = i + (Long.numberOfTrailingZeros(commas) >>> 3);
              if (fields < starts.length) {
                starts[fields] = fieldStart;
                ends[fields] = at;
              }
              fields++;
              longest = Math.max(longest, at - fieldStart);
              fieldStart = at + 1;
              commas &= commas - 1;
            }
            if (others == 0) {
              i += 8;
              continue;
            }
            special = i + (Long.numberOfTrailingZeros(others) >>> 3);
            break;
          }
          byte x = bytes[i];
          if (x < 0) {
            high = true;
          }
          if (x == ',' || x == '\n' || x == '"' || x == '\r') {
            special = i;
            break;
          }
          i++;
        }
        int eol;
        if (special < 0) {
          if (p >= to) {
            break;
          }
          eol = to; // the last record, without a line feed
        } else {
          byte x = bytes[special];
          i = special + 1;
          if (x == ',') {
            if (fields < starts.length) {
              starts[fields] = fieldStart;
              ends[fields] = special;
            }
            fields++;
            longest = Math.max(longest, special - fieldStart);
            fieldStart = i;
            continue;
          }
          if (x == '"') {
            out.giveUp = "a quoted field at line " + line;
            return out;
          }
          if (x == '\r') {
            if (!(special + 1 < to && bytes[special + 1] == '\n') && special + 1 != to) {
              out.giveUp = "a carriage return without a line feed at line " + line;
              return out;
            }
            continue;
          }
          eol = special;
        }
        int end = eol > p && bytes[eol - 1] == '\r' ? eol - 1 : eol;
        if (end > p) {
          if (fields < starts.length) {
            starts[fields] = fieldStart;
            ends[fields] = Math.max(fieldStart, end);
          }
          fields++;
          if (high && !ByteFields.validUtf8(bytes, p, end)) {
            out.giveUp = "bytes that are not valid UTF-8 at line " + line;
            return out;
          }
          longest = Math.max(longest, end - fieldStart);
          if (!record(out, bytes, p, end, starts, ends, fields, longest, line)) {
            return out;
          }
        }
        if (eol >= to) {
          break;
        }
        out.lines++;
        line++;
        p = eol + 1;
        i = p;
        fields = 0;
        fieldStart = p;
        longest = 0;
        high = false;
      }
      finish(out);
      return out;
    }

    /**
     * Completes a chunk that has been scanned to its end, for a reader that keeps some of its
     * counts elsewhere while scanning; nothing by default.
     *
     * @param out the chunk
     */
    protected void finish(C out) {}
  }

  /**
   * Takes the chunks in file order into a reader's result: counts the rows, stops at the row limit
   * and at a bad row in strict mode (the reference path then throws the reader's exception at the
   * right line), keeps the errors up to the limit with their file lines. Mutable, single-threaded.
   *
   * @param <C> the reader's chunk
   */
  public abstract static class Merge<C extends Chunk> {
    /** The limits of the read. */
    protected final ReadLimits limits;

    private final boolean strict;

    /** The errors kept, with file lines. */
    protected final List<RowError> errors = new ArrayList<>();

    /** Data rows so far. */
    protected long rows;

    /** Bad rows so far. */
    protected long bad;

    /** Errors found so far. */
    protected long errorCount;

    /** The line of the next chunk's first record: the header is line 1. */
    private long nextLine = 2;

    /**
     * A merge for a read.
     *
     * @param limits the limits of the read
     * @param strict whether a bad row fails the read
     */
    protected Merge(ReadLimits limits, boolean strict) {
      this.limits = limits;
      this.strict = strict;
    }

    /**
     * Adds the next chunk.
     *
     * @param c the chunk
     * @return false if the file needs the reference path
     */
    public final boolean add(C c) {
      if (c.giveUp != null) {
        return false;
      }
      rows += c.rows;
      bad += c.bad;
      errorCount += c.errorCount;
      if (rows > limits.maxRows() || (strict && c.bad > 0)) {
        return false;
      }
      long shift = nextLine - 1;
      for (RowError e : c.errors) {
        if (errors.size() < limits.maxErrors()) {
          errors.add(shifted(e, shift));
        }
      }
      nextLine += c.lines;
      return rows(c, shift);
    }

    /**
     * An error moved from a chunk's line to the file's.
     *
     * @param e the error
     * @param shift the lines before the chunk's first record
     * @return the error at its file line
     */
    protected static RowError shifted(RowError e, long shift) {
      return new RowError(e.line() + shift, e.column(), e.value(), e.reason());
    }

    /**
     * Adds a chunk's rows to the result, in order.
     *
     * @param c the chunk
     * @param shift the lines before the chunk's first record: a chunk line plus it is a file line
     * @return false if the file needs the reference path
     */
    protected abstract boolean rows(C c, long shift);
  }

  /**
   * Reads the data rows of a file on the fast path: chunk {@code k} of the data covers bytes
   * {@code [k * data / count, (k + 1) * data / count)} and the records that start there; chunks are
   * scanned on up to {@code threads} threads (at most two per thread ahead of the merge, so the
   * memory stays a few chunks) and merged in order.
   *
   * @param ch the file
   * @param header its header
   * @param scanner the reader's scanner (copied for every chunk)
   * @param merge the reader's merge
   * @param threads the most threads, at least 1
   * @param chunkBytes the data bytes of a chunk, at least 1
   * @param threadName the name of the worker threads
   * @return false if the file needs the reference path
   * @throws IOException if the file cannot be read
   */
  public static <C extends Chunk> boolean read(FileChannel ch, Header header, Scanner<C> scanner, Merge<C> merge,
      int threads, int chunkBytes, String threadName) throws IOException {
    long dataStart = header.dataStart();
    long size = header.size();
    long data = size - dataStart;
    int count = (int) Math.max(1, (data + chunkBytes - 1) / chunkBytes);
    int workers = Math.max(1, Math.min(threads, count));
    Buffers buffers = new Buffers();
    Spares<C> spares = new Spares<>(2 * workers + 1);
    if (workers == 1) {
      for (int k = 0; k < count; k++) {
        C c = chunk(ch, scanner, dataStart, size, k, count, buffers, spares);
        if (!merge.add(c)) {
          return false;
        }
        spares.give(c);
      }
      return true;
    }
    ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
      Thread t = new Thread(r, threadName);
      t.setDaemon(true);
      return t;
    });
    int ahead = 2 * workers;
    AtomicBoolean stop = new AtomicBoolean();
    try {
      ArrayDeque<Future<@Nullable C>> pending = new ArrayDeque<>();
      int next = 0;
      while (next < Math.min(ahead, count)) {
        pending.add(submit(pool, ch, scanner, dataStart, size, next++, count, stop, buffers, spares));
      }
      for (int k = 0; k < count; k++) {
        @Nullable C c = Objects.requireNonNull(pending.poll()).get();
        if (c == null || !merge.add(c)) {
          stop.set(true);
          return false;
        }
        spares.give(c);
        if (next < count) {
          pending.add(submit(pool, ch, scanner, dataStart, size, next++, count, stop, buffers, spares));
        }
      }
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while reading", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof UncheckedIOException u) {
        throw u.getCause();
      }
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IOException(cause);
    } finally {
      stop.set(true);
      pool.shutdownNow();
    }
  }

  private static <C extends Chunk> Future<@Nullable C> submit(ExecutorService pool, FileChannel ch,
      Scanner<C> scanner, long dataStart, long size, int k, int count, AtomicBoolean stop, Buffers buffers,
      Spares<C> spares) {
    return pool.submit(() -> stop.get() ? null : chunk(ch, scanner.copy(), dataStart, size, k, count, buffers, spares));
  }

  /**
   * Merged chunks whose storage a new chunk may take over ({@link Scanner#chunk(Chunk)}): a read
   * keeps at most a few. Thread-safe.
   */
  private static final class Spares<C extends Chunk> {
    private final ArrayDeque<C> free = new ArrayDeque<>();
    private final int most;

    Spares(int most) {
      this.most = most;
    }

    /** A new chunk of the scanner's, on a spare's storage if there is one. */
    C chunk(Scanner<C> scanner) {
      @Nullable C spare;
      synchronized (this) {
        spare = free.poll();
      }
      return spare == null ? scanner.chunk() : scanner.chunk(spare);
    }

    /** Gives a merged chunk's storage back. */
    synchronized void give(C c) {
      if (free.size() < most) {
        free.push(c);
      }
    }
  }

  /**
   * The byte buffers of a read's chunks, reused: a chunk's bytes are free once it is scanned (a
   * scan copies what it keeps), so a read allocates a few buffers instead of one per chunk.
   * Thread-safe.
   */
  private static final class Buffers {
    private final ArrayDeque<byte[]> free = new ArrayDeque<>();

    /** A buffer of at least {@code length} bytes. */
    synchronized byte[] take(int length) {
      byte[] b = free.poll();
      return b != null && b.length >= length ? b : new byte[length];
    }

    /** Gives a buffer back. */
    synchronized void give(byte[] b) {
      if (free.size() < 4) {
        free.push(b);
      }
    }
  }

  /** Reads and scans chunk {@code k} of {@code count} of the data bytes. */
  private static <C extends Chunk> C chunk(FileChannel ch, Scanner<C> scanner, long dataStart, long size, int k,
      int count, Buffers buffers, Spares<C> spares) {
    try {
      long data = size - dataStart;
      long ns = dataStart + data * k / count;
      long ne = dataStart + data * (k + 1) / count;
      long bufStart = k == 0 ? ns : ns - 1;
      byte[] b = buffers.take((int) (ne - bufStart));
      try {
        int len = read(ch, bufStart, b, 0, (int) (ne - bufStart));
        // extend to the end of the record that holds the last byte of the range
        int search = (int) (ne - 1 - bufStart);
        int end = indexOf(b, (byte) '\n', Math.max(0, search), len);
        while (end < 0 && bufStart + len < size) {
          int more = (int) Math.min(1 << 16, size - bufStart - len);
          if (len + more > b.length) {
            b = Arrays.copyOf(b, len + more);
          }
          int n = read(ch, bufStart + len, b, len, more);
          end = indexOf(b, (byte) '\n', len, len + n);
          len += n;
          if (n == 0) {
            break;
          }
        }
        end = end < 0 ? len : end + 1;
        int start = 0;
        if (k > 0) {
          int first = indexOf(b, (byte) '\n', 0, len);
          start = first < 0 ? len : first + 1;
          if (start > search) {
            return scanner.chunk(); // no record starts in this range
          }
        }
        return scanner.scan(b, start, end, spares.chunk(scanner));
      } finally {
        buffers.give(b);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] read(FileChannel ch, long position, int length) throws IOException {
    byte[] b = new byte[length];
    int n = read(ch, position, b, 0, length);
    return n == length ? b : Arrays.copyOf(b, n);
  }

  /** Reads up to {@code length} bytes at {@code position} into {@code b} from {@code offset}; returns the bytes read. */
  private static int read(FileChannel ch, long position, byte[] b, int offset, int length) throws IOException {
    ByteBuffer buf = ByteBuffer.wrap(b, offset, length);
    while (buf.hasRemaining()) {
      int n = ch.read(buf, position + buf.position() - offset);
      if (n < 0) {
        break;
      }
    }
    return buf.position() - offset;
  }

  private static int indexOf(byte[] b, byte x, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] == x) {
        return i;
      }
    }
    return -1;
  }
}
