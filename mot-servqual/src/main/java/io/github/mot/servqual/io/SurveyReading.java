package io.github.mot.servqual.io;

import io.github.mot.core.internal.ChunkedCsv;
import io.github.mot.core.io.DataFileException;
import io.github.mot.servqual.Response;
import io.github.mot.servqual.SurveyData;
import io.github.mot.servqual.internal.ModelAccess;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads a survey file into {@link SurveyData} on the fast path where the file allows it: UTF-8
 * (the default encoding) without quotes or lone carriage returns, within the limits, with a
 * respondent column. The data rows are cut into chunks of whole records at line feeds, scanned by
 * {@link SurveyScan} on up to {@code threads} threads, and merged in file order into one data
 * builder, so the data, the errors, the blank respondents and the counts are the same whatever the
 * number of threads, and the same as the reference path's (FastCSV, a {@link Response} per row):
 * the tests compare them on every generated file. Where the fast path cannot be faithful it gives
 * up, and the reader reads the whole file on the reference path.
 */
final class SurveyReading {

  /** Bytes of data a chunk covers (the last record may run past it). */
  static final int CHUNK = ChunkedCsv.CHUNK;

  private static final int UNMAPPED = -2;

  private SurveyReading() {}

  /** The fast path's result, or null where the file needs the reference path. */
  static @Nullable SurveyReadResult fast(SurveyReader reader, Path file, int threads, int chunkBytes)
      throws IOException {
    if (!reader.encoding().equals(StandardCharsets.UTF_8)) {
      return null;
    }
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      ChunkedCsv.@Nullable Header header = ChunkedCsv.header(ch, reader.limits());
      if (header == null) {
        return null;
      }
      String[] names = header.names().toArray(new String[0]);
      SurveyReader.Run run = reader.run();
      try {
        run.header(names, 1);
      } catch (DataFileException e) {
        return null; // the reference path throws it, naming the file
      }
      // ids from line numbers (a mapping without a respondent column) and an attribute named twice
      // stay with the reference path
      if (run.idColumn < 0 || new HashSet<>(run.attributeNames).size() != run.attributeNames.size()) {
        return null;
      }
      SurveyScan scan = new SurveyScan(reader, names, run);
      long data = header.size() - header.dataStart();
      Merge merge = new Merge(reader, run, (int) Math.max(1, (data + chunkBytes - 1) / chunkBytes));
      return ChunkedCsv.read(ch, header, scan, merge, threads, chunkBytes, "mot-survey-reader") ? merge.result() : null;
    }
  }

  /** The chunks merged in file order into the read's data builder. Single-threaded. */
  private static final class Merge extends ChunkedCsv.Merge<SurveyScan.Chunk> {
    private final ModelAccess access = ModelAccess.get();
    private final SurveyData.Builder data;
    private final List<BlankRespondent> blanks = new ArrayList<>();
    private long blankRows;

    /** The chunks of the file; the first one's rows times this is the file's rows, about. */
    private final int chunks;
    private boolean reserved;

    Merge(SurveyReader reader, SurveyReader.Run run, int chunks) {
      super(reader.limits(), !reader.isLenient());
      this.data = run.data;
      this.chunks = chunks;
    }

    @Override
    protected boolean rows(SurveyScan.Chunk c, long shift) {
      if (!reserved) {
        // room for the whole file at once (the first chunk's rows times the chunks, 5% more, at most
        // the row limit), so that the columns do not grow by doubling
        reserved = true;
        long expected = Math.min(limits.maxRows(), (long) Math.ceil(c.size * 1.05 * chunks));
        access.reserve(data, (int) Math.min(Integer.MAX_VALUE - 8L, expected));
      }
      SurveyReader.Run run = c.run;
      blankRows += run.blankRows;
      for (BlankRespondent b : run.blanks) {
        if (blanks.size() < limits.maxErrors()) {
          blanks.add(new BlankRespondent(b.line() + shift, b.respondentId()));
        }
      }
      int[][] maps = new int[c.dictionaries.length][];
      for (int a = 0; a < maps.length; a++) {
        maps[a] = new int[c.dictionaries[a].size()];
        Arrays.fill(maps[a], UNMAPPED);
      }
      // the attribute codes: the chunk's dictionaries' to the data's, in place
      for (int a = 0; a < maps.length; a++) {
        int[] codes = c.attributes[a];
        for (int i = 0; i < c.size; i++) {
          int code = codes[i];
          if (code >= 0) {
            int m = maps[a][code];
            if (m == UNMAPPED) {
              m = maps[a][code] = access.attributeCode(data, a, c.dictionaries[a].text(code));
            }
            codes[i] = m;
          }
        }
      }
      // runs of fast rows column by column, the reference path's responses between them
      int start = 0;
      for (int object = 0; object <= c.objects.size(); object++) {
        int end = object < c.objects.size() ? c.objectRows[object] : c.size;
        if (end > start) {
          access.appendColumns(data, c.answers, start, end - start, c.ids, c.textIds, c.points, c.hasPoints,
              c.attributes);
        }
        if (object < c.objects.size()) {
          try {
            data.add(c.objects.get(object));
          } catch (IllegalArgumentException e) {
            return false; // the reference path reports it as the reader does
          }
        }
        start = end + 1;
      }
      return true;
    }

    SurveyReadResult result() {
      return new SurveyReadResult(data.build(), errors, rows, bad, errorCount, blanks, blankRows);
    }
  }
}
