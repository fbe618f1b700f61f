package io.github.mot.scoring.io;

import io.github.mot.core.Encounter;
import io.github.mot.core.RatingScale;
import io.github.mot.core.internal.ReadErrors;
import io.github.mot.core.io.DataFileException;
import io.github.mot.core.io.ReadLimits;
import io.github.mot.core.io.ReadResult;
import io.github.mot.core.io.RowError;
import io.github.mot.scoring.internal.LogAccess;
import io.github.mot.scoring.log.EncounterLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * Reads an encounter file into an {@link EncounterLog} on the fast path where the file allows it:
 * UTF-8 (the default encoding) without quotes or lone carriage returns, within the limits. The data
 * rows are cut into chunks of whole records at line feeds, scanned by {@link EncounterScan} on up
 * to {@code threads} threads, and merged in file order into one log builder, so the log, the
 * errors and the counts are the same whatever the number of threads, and the same as the reference
 * path's (FastCSV, an {@code Encounter} per row, then the log): the tests compare them on every
 * generated file. Where the fast path cannot be faithful (another encoding, a quoted field, bytes
 * that are not valid UTF-8, a limit passed, a bad row in strict mode, a header it does not read
 * itself) the whole file is read through the reference path, which gives the reader's exact result
 * or exception.
 */
final class LogReading {

  /** Bytes of data a chunk covers (the last record may run past it). */
  static final int CHUNK = 8 << 20;

  private static final int UNMAPPED = -2;

  private LogReading() {}

  /** Reads a file; the reader's configuration applies. */
  static EncounterLogReadResult read(EncounterReader reader, Path file, int threads, int chunkBytes)
      throws IOException {
    @Nullable EncounterLogReadResult fast = fast(reader, file, threads, chunkBytes);
    return fast != null ? fast : reference(reader, file);
  }

  /** The fast path's result, or null where the file needs the reference path. */
  static @Nullable EncounterLogReadResult fast(EncounterReader reader, Path file, int threads, int chunkBytes)
      throws IOException {
    if (!reader.encoding().equals(StandardCharsets.UTF_8)) {
      return null;
    }
    ReadLimits limits = reader.limits();
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = ch.size();
      if (size > limits.maxBytes() || size == 0) {
        return null;
      }
      // the header: the first line, after a byte-order mark
      byte[] head = read(ch, 0, (int) Math.min(size, 1 << 20));
      int hs = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF ? 3 : 0;
      int nl = indexOf(head, (byte) '\n', hs, head.length);
      if (nl < 0 && head.length < size) {
        return null; // a header of more than 1 MiB
      }
      int he = nl < 0 ? head.length : nl;
      int headerEnd = he > hs && head[he - 1] == '\r' ? he - 1 : he;
      if (headerEnd == hs || indexOf(head, (byte) '"', hs, he) >= 0 || indexOf(head, (byte) '\r', hs, headerEnd) >= 0
          || !ByteFields.validUtf8(head, hs, headerEnd)) {
        return null; // an empty first line, quotes, a lone CR or bad bytes
      }
      List<String> names = new ArrayList<>();
      int p = hs;
      for (int i = hs; i <= headerEnd; i++) {
        if (i == headerEnd || head[i] == ',') {
          names.add(ByteFields.text(head, p, i));
          p = i + 1;
        }
      }
      Map<String, Integer> columns;
      try {
        ReadErrors.checkFieldLengths(names, List.of(), 1, limits);
        if (names.stream().allMatch(String::isBlank)) {
          return null;
        }
        columns = CsvFrame.header(1, names, EncounterReader.COLUMNS);
      } catch (DataFileException e) {
        return null; // the reference path throws it, naming the file
      }
      long dataStart = nl < 0 ? size : nl + 1L;
      EncounterScan scan = new EncounterScan(reader::parseForLog, columns, limits, reader.ratingScale(),
          reader.journey().map(j -> (Set<String>) new java.util.HashSet<>(
              j.touchpoints().stream().map(t -> t.id()).toList())).orElse(null));
      return chunks(reader, ch, dataStart, size, scan, threads, chunkBytes);
    }
  }

  /** The reference path: the reader's own read, then the log of its encounters. */
  static EncounterLogReadResult reference(EncounterReader reader, Path file) throws IOException {
    ReadResult<Encounter> r = reader.readForLog(file);
    return new EncounterLogReadResult(EncounterLog.of(r.values()), r.errors(), r.rows(), r.badRows(), r.errorCount());
  }

  /** The fast path over the data rows, or null if the file needs the reference path. */
  private static @Nullable EncounterLogReadResult chunks(EncounterReader reader, FileChannel ch, long dataStart,
      long size, EncounterScan scan, int threads, int chunkBytes) throws IOException {
    long data = size - dataStart;
    int count = (int) Math.max(1, (data + chunkBytes - 1) / chunkBytes);
    int workers = Math.max(1, Math.min(threads, count));
    Merge merge = new Merge(reader.limits(), !reader.isLenient(), reader.ratingScale());
    if (workers == 1) {
      for (int k = 0; k < count; k++) {
        EncounterScan.Chunk c = chunk(ch, scan, dataStart, size, k, count);
        if (!merge.add(c)) {
          return null;
        }
      }
      return merge.result();
    }
    ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
      Thread t = new Thread(r, "mot-encounter-reader");
      t.setDaemon(true);
      return t;
    });
    // at most two chunks a worker are read ahead of the merge: the memory stays a few chunks
    int ahead = 2 * workers;
    AtomicBoolean stop = new AtomicBoolean();
    try {
      java.util.ArrayDeque<Future<EncounterScan.@Nullable Chunk>> pending = new java.util.ArrayDeque<>();
      int next = 0;
      while (next < Math.min(ahead, count)) {
        pending.add(submit(pool, ch, scan, dataStart, size, next++, count, stop));
      }
      for (int k = 0; k < count; k++) {
        EncounterScan.@Nullable Chunk c = java.util.Objects.requireNonNull(pending.poll()).get();
        if (next < count) {
          pending.add(submit(pool, ch, scan, dataStart, size, next++, count, stop));
        }
        if (c == null || !merge.add(c)) {
          stop.set(true);
          return null;
        }
      }
      return merge.result();
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

  private static Future<EncounterScan.@Nullable Chunk> submit(ExecutorService pool, FileChannel ch, EncounterScan scan,
      long dataStart, long size, int k, int count, AtomicBoolean stop) {
    return pool.submit(() -> stop.get() ? null : chunk(ch, scan.copy(), dataStart, size, k, count));
  }

  /** Reads and scans chunk {@code k} of {@code count} of the data bytes. */
  private static EncounterScan.Chunk chunk(FileChannel ch, EncounterScan scan, long dataStart, long size, int k,
      int count) {
    try {
      long data = size - dataStart;
      long ns = dataStart + data * k / count;
      long ne = dataStart + data * (k + 1) / count;
      long bufStart = k == 0 ? ns : ns - 1;
      byte[] b = read(ch, bufStart, (int) (ne - bufStart));
      int len = b.length;
      // extend to the end of the record that holds the last byte of the range
      int search = (int) (ne - 1 - bufStart);
      int end = indexOf(b, (byte) '\n', Math.max(0, search), len);
      while (end < 0 && bufStart + len < size) {
        int more = (int) Math.min(1 << 16, size - bufStart - len);
        byte[] extra = read(ch, bufStart + len, more);
        b = Arrays.copyOf(b, len + extra.length);
        System.arraycopy(extra, 0, b, len, extra.length);
        end = indexOf(b, (byte) '\n', len, len + extra.length);
        len += extra.length;
      }
      end = end < 0 ? len : end + 1;
      int start = 0;
      if (k > 0) {
        int first = indexOf(b, (byte) '\n', 0, len);
        start = first < 0 ? len : first + 1;
        if (start > search) {
          return new EncounterScan.Chunk(); // no record starts in this range
        }
      }
      return scan.scan(b, start, end, 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] read(FileChannel ch, long position, int length) throws IOException {
    ByteBuffer buf = ByteBuffer.allocate(length);
    while (buf.hasRemaining()) {
      int n = ch.read(buf, position + buf.position());
      if (n < 0) {
        break;
      }
    }
    return buf.position() == length ? buf.array() : Arrays.copyOf(buf.array(), buf.position());
  }

  private static int indexOf(byte[] b, byte x, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] == x) {
        return i;
      }
    }
    return -1;
  }

  /** The chunks merged in file order into one log builder. Single-threaded. */
  private static final class Merge {
    private final ReadLimits limits;
    private final boolean strict;
    private final LogAccess access = LogAccess.get();
    private final EncounterLog.Builder log = EncounterLog.builder();
    private final List<RowError> errors = new ArrayList<>();
    private long rows;
    private long bad;
    private long errorCount;
    /** The line of the next chunk's first record: the header is line 1. */
    private long nextLine = 2;
    private int scaleCode = UNMAPPED;
    private final RatingScale scale;

    Merge(ReadLimits limits, boolean strict, RatingScale scale) {
      this.limits = limits;
      this.strict = strict;
      this.scale = scale;
    }

    /** Adds a chunk; false if the file needs the reference path. */
    boolean add(EncounterScan.Chunk c) {
      if (c.giveUp != null) {
        return false;
      }
      rows += c.rows;
      bad += c.bad;
      errorCount += c.errorCount;
      if (rows > limits.maxRows() || (strict && c.bad > 0)) {
        return false; // the reference path throws the reader's exception at the right line
      }
      long shift = nextLine - 1;
      for (RowError e : c.errors) {
        if (errors.size() < limits.maxErrors()) {
          errors.add(new RowError(e.line() + shift, e.column(), e.value(), e.reason()));
        }
      }
      nextLine += c.lines;
      int[] customers = mapping(c.customers.size());
      int[] touchpoints = mapping(c.touchpoints.size());
      int[] staff = mapping(c.staff.size());
      int[] notes = mapping(c.notes.size());
      int object = 0;
      int objects = c.objects.size();
      for (int i = 0; i < c.size; i++) {
        if (object < objects && c.objectRows[object] == i) {
          log.add(c.objects.get(object++));
          continue;
        }
        int cu = customers[c.customer[i]];
        if (cu == UNMAPPED) {
          cu = customers[c.customer[i]] = access.customerCode(log, c.customers.text(c.customer[i]));
        }
        int tp = touchpoints[c.touchpoint[i]];
        if (tp == UNMAPPED) {
          tp = touchpoints[c.touchpoint[i]] = access.touchpointCode(log, c.touchpoints.text(c.touchpoint[i]));
        }
        int st = LogAccess.NO_CODE;
        if (c.staffCode[i] >= 0) {
          st = staff[c.staffCode[i]];
          if (st == UNMAPPED) {
            st = staff[c.staffCode[i]] = access.staffCode(log, c.staff.text(c.staffCode[i]));
          }
        }
        int no = LogAccess.NO_CODE;
        if (c.noteCode[i] >= 0) {
          no = notes[c.noteCode[i]];
          if (no == UNMAPPED) {
            no = notes[c.noteCode[i]] = access.noteCode(log, c.notes.text(c.noteCode[i]));
          }
        }
        int sc = LogAccess.NO_CODE;
        if (!Double.isNaN(c.a[i])) {
          if (scaleCode == UNMAPPED) {
            scaleCode = access.ratingScaleCode(log, scale);
          }
          sc = scaleCode;
        }
        access.append(log, cu, tp, c.nanos[i], st, c.level[i], sc, c.a[i], c.b[i], c.c[i], c.duration[i], no);
      }
      return true;
    }

    private static int[] mapping(int n) {
      int[] m = new int[n];
      Arrays.fill(m, UNMAPPED);
      return m;
    }

    EncounterLogReadResult result() {
      return new EncounterLogReadResult(log.build(), errors, rows, bad, errorCount);
    }
  }
}
