package io.github.mot.scoring.io;

import io.github.mot.core.Encounter;
import io.github.mot.core.RatingScale;
import io.github.mot.core.internal.ByteDictionary;
import io.github.mot.core.internal.ChunkedCsv;
import io.github.mot.core.io.DataFileException;
import io.github.mot.core.io.ReadLimits;
import io.github.mot.core.io.ReadResult;
import io.github.mot.scoring.internal.LogAccess;
import io.github.mot.scoring.log.EncounterLog;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
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
  static final int CHUNK = ChunkedCsv.CHUNK;

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
      ChunkedCsv.@Nullable Header header = ChunkedCsv.header(ch, limits);
      if (header == null) {
        return null;
      }
      Map<String, Integer> columns;
      try {
        columns = CsvFrame.header(1, header.names(), EncounterReader.COLUMNS);
      } catch (DataFileException e) {
        return null; // the reference path throws it, naming the file
      }
      EncounterScan scan = new EncounterScan(reader::parseForLog, columns, limits, reader.ratingScale(),
          reader.journey().map(j -> (Set<String>) new java.util.HashSet<>(
              j.touchpoints().stream().map(t -> t.id()).toList())).orElse(null));
      Merge merge = new Merge(limits, !reader.isLenient(), reader.ratingScale());
      return ChunkedCsv.read(ch, header, scan, merge, threads, chunkBytes, "mot-encounter-reader") ? merge.result() : null;
    }
  }

  /** The reference path: the reader's own read, then the log of its encounters. */
  static EncounterLogReadResult reference(EncounterReader reader, Path file) throws IOException {
    ReadResult<Encounter> r = reader.readForLog(file);
    return new EncounterLogReadResult(EncounterLog.of(r.values()), r.errors(), r.rows(), r.badRows(), r.errorCount());
  }

  /** The chunks merged in file order into one log builder. Single-threaded. */
  private static final class Merge extends ChunkedCsv.Merge<EncounterScan.Chunk> {
    private final LogAccess access = LogAccess.get();
    private final EncounterLog.Builder log = EncounterLog.builder();
    private int scaleCode = UNMAPPED;
    private final RatingScale scale;
    // the ids of the whole file by their bytes, to the log's codes: a chunk's id is looked up by its
    // bytes, and a String is made once per distinct id of the file, not once per chunk
    // (a customer new to the file is new to the log while no row has come through the reference
    // path: it is appended without a look-up)
    private boolean objectsAdded;
    private final Ids customerIds = new Ids(text -> objectsAdded ? access.customerCode(log, text)
        : access.newCustomerCode(log, text));
    private final Ids touchpointIds = new Ids(text -> access.touchpointCode(log, text));
    private final Ids staffIds = new Ids(text -> access.staffCode(log, text));
    private final Ids noteTexts = new Ids(text -> access.noteCode(log, text));

    Merge(ReadLimits limits, boolean strict, RatingScale scale) {
      super(limits, strict);
      this.scale = scale;
    }

    @Override
    protected boolean rows(EncounterScan.Chunk c, long shift) {
      int[] customers = mapping(c.customers.size());
      int[] touchpoints = mapping(c.touchpoints.size());
      int[] staff = mapping(c.staff.size());
      int[] notes = mapping(c.notes.size());
      // the chunk's codes to the log's, in place and in row order (the log's dictionaries keep
      // first-seen order), then runs of rows column by column, the reference path's rows between them
      int start = 0;
      for (int object = 0; object <= c.objects.size(); object++) {
        int end = object < c.objects.size() ? c.objectRows[object] : c.size;
        boolean rated = false;
        for (int i = start; i < end; i++) {
          int cu = customers[c.customer[i]];
          if (cu == UNMAPPED) {
            cu = customers[c.customer[i]] = customerIds.logCode(c.customers, c.customer[i]);
          }
          c.customer[i] = cu;
          int tp = touchpoints[c.touchpoint[i]];
          if (tp == UNMAPPED) {
            tp = touchpoints[c.touchpoint[i]] = touchpointIds.logCode(c.touchpoints, c.touchpoint[i]);
          }
          c.touchpoint[i] = tp;
          if (c.staffCode[i] >= 0) {
            int st = staff[c.staffCode[i]];
            if (st == UNMAPPED) {
              st = staff[c.staffCode[i]] = staffIds.logCode(c.staff, c.staffCode[i]);
            }
            c.staffCode[i] = st;
          }
          if (c.noteCode[i] >= 0) {
            int no = notes[c.noteCode[i]];
            if (no == UNMAPPED) {
              no = notes[c.noteCode[i]] = noteTexts.logCode(c.notes, c.noteCode[i]);
            }
            c.noteCode[i] = no;
          }
          rated |= !Double.isNaN(c.a[i]);
        }
        if (rated && scaleCode == UNMAPPED) {
          scaleCode = access.ratingScaleCode(log, scale);
        }
        access.appendRun(log, c.customer, c.touchpoint, c.nanos, c.staffCode, c.level,
            rated ? scaleCode : LogAccess.NO_CODE, c.a, c.b, c.c, c.duration, c.noteCode, start, end - start);
        if (object < c.objects.size()) {
          log.add(c.objects.get(object));
          objectsAdded = true;
        }
        start = end + 1;
      }
      return true;
    }

    /** The log's code of a chunk dictionary's entry, through a dictionary of the whole file. */
    private static final class Ids {
      private final ByteDictionary file = new ByteDictionary();
      private int[] logCodes = new int[64];
      private final java.util.function.ToIntFunction<String> intern;

      Ids(java.util.function.ToIntFunction<String> intern) {
        this.intern = intern;
      }

      int logCode(ByteDictionary chunk, int code) {
        int f = file.codeOrAdd(chunk, code);
        if (f >= 0) {
          return logCodes[f];
        }
        f = -f - 1;
        if (f == logCodes.length) {
          logCodes = Arrays.copyOf(logCodes, f * 2);
        }
        return logCodes[f] = intern.applyAsInt(file.text(f));
      }
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
