package io.github.mot.spark;

import io.github.mot.core.io.DataFileException;
import io.github.mot.core.io.ReadLimits;
import io.github.mot.core.io.RowSource;
import io.github.mot.servqual.gap.GapReport;
import io.github.mot.servqual.gap.GapTally;
import io.github.mot.servqual.gap.SurveyGaps;
import io.github.mot.servqual.io.SurveyReadResult;
import io.github.mot.servqual.io.SurveyReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import scala.Tuple3;

/**
 * The SERVQUAL gap analysis of a survey held as a Spark Dataset: each partition's rows are read by
 * mot-servqual's own {@link SurveyReader} (the same columns, column mapping by header, checks and
 * row errors as a survey file on one machine) and tallied on the executor ({@link
 * SurveyGaps#tally(io.github.mot.servqual.SurveyData)}, a {@link GapTally} of exact integer sums);
 * the partitions' tallies travel to the driver in the library's byte form and are merged there, so
 * the result's {@link
 * GapResult#report()} is {@link io.github.mot.servqual.gap.GapAnalysis#analyze} of all the good
 * rows on one machine, bit for bit, whatever the partitions.
 *
 * <pre>{@code
 * SurveyGaps gaps = SurveyGaps.of(GapAnalysis.withDefaults(), Instrument.standard());
 * MotSurveys.GapResult result = MotSurveys.gaps(spark.read().option("header", "true").csv("survey-*.csv"), gaps);
 * String json = Format.JSON.render(result.report());
 * }</pre>
 *
 * <p><b>The rows</b> are respondents in the columns of a survey file ({@code E1} ... {@code P22},
 * optionally {@code A}, {@code D} and points columns; any other column is read as the reader reads
 * it, an id or an attribute); every column is cast to a string and read as the CSV cell would be,
 * a null as an empty cell.
 *
 * <p><b>Bad input.</b> A row the reader rejects (an answer outside the scale, a value that is not
 * a number) is counted in {@link GapResult#rejectedRows()} and left out, as the lenient reader
 * leaves it out on one machine; {@link #gapsStrict} fails the job at the first one instead, with an
 * {@link IllegalArgumentException} carrying the reader's message (column, value, reason). Importance points that are not whole numbers fail the
 * job in both modes with {@link GapTally}'s message: no exact sum holds them.
 *
 * <p>Thread-safe; stateless. Static methods only.
 *
 * @since 0.4.0
 */
public final class MotSurveys {

  private MotSurveys() {}

  /**
   * The gap analysis of a survey's rows, bad rows counted and left out.
   *
   * @param survey the respondents, one row each
   * @param gaps the gap analysis and the instrument; they travel to the executors as their bytes
   * @return the merged tally and the counts of rows read and rejected
   * @throws IllegalArgumentException if a partition's importance points are not whole numbers
   *     (raised by Spark as the job's failure)
   * @throws NullPointerException if an argument is null
   */
  public static GapResult gaps(Dataset<Row> survey, SurveyGaps gaps) {
    return run(survey, gaps, false);
  }

  /**
   * {@link #gaps} that fails the job at the first row the reader rejects (Spark reports an {@link
   * IllegalArgumentException} with the reader's message: the column, the value and the reason).
   *
   * @param survey the respondents, one row each
   * @param gaps the gap analysis and the instrument
   * @return the merged tally; no row is rejected
   * @throws NullPointerException if an argument is null
   */
  public static GapResult gapsStrict(Dataset<Row> survey, SurveyGaps gaps) {
    return run(survey, gaps, true);
  }

  private static GapResult run(Dataset<Row> survey, SurveyGaps gaps, boolean strict) {
    Objects.requireNonNull(survey, "survey");
    byte[] settings = Objects.requireNonNull(gaps, "gaps").toBytes();
    String[] header = survey.columns();
    Column[] asText = Arrays.stream(header).map(c -> functions.col("`" + c + "`").cast("string")).toArray(Column[]::new);
    // one tally per partition, merged on the driver against the settings the driver already has
    List<Tuple3<byte[], Long, Long>> parts = survey.select(asText).toJavaRDD()
        .mapPartitions((Iterator<Row> rows) -> List.of(tallyPartition(settings, header, rows, strict)).iterator())
        .collect();
    GapTally all = gaps.tally();
    long rows = 0;
    long rejected = 0;
    for (Tuple3<byte[], Long, Long> part : parts) {
      all.merge(gaps.readTally(part._1()));
      rows += part._2();
      rejected += part._3();
    }
    return new GapResult(gaps, new Tuple3<>(all.toBytes(), rows, rejected));
  }

  /** One partition's rows read as a survey file (header first) and tallied: bytes, rows, rejected rows. */
  private static Tuple3<byte[], Long, Long> tallyPartition(byte[] settings, String[] header, Iterator<Row> rows,
      boolean strict) throws IOException {
    SurveyGaps gaps = SurveyGaps.fromBytes(settings);
    RowSource source = new PartitionRows(header, rows);
    SurveyReader reader = SurveyReader.of(gaps.instrument()).withThreads(1);
    SurveyReadResult read;
    try {
      read = (strict ? reader.strict() : reader.lenient()).read(source);
    } catch (DataFileException e) {
      // the strict reader's first row error, passed on as an exception Spark can ship to the driver:
      // a DataFileException holds the reader's row errors, which Java serialization does not take
      throw new IllegalArgumentException("rejected survey row: " + e.getMessage());
    }
    return new Tuple3<>(gaps.tally(read.data()).toBytes(), read.rows(), read.badRows());
  }

  /** A partition's rows as a source: the header as row 1, each row's cells as text, nulls empty. */
  private static final class PartitionRows implements RowSource {
    private final List<String> header;
    private final Iterator<Row> rows;

    PartitionRows(String[] header, Iterator<Row> rows) {
      this.header = List.of(header);
      this.rows = rows;
    }

    @Override
    public String name() {
      return "a partition of the survey";
    }

    @Override
    public void read(ReadLimits limits, RowHandler handler) throws IOException {
      handler.row(1, header);
      List<String> cells = new ArrayList<>(header.size());
      for (long line = 2; rows.hasNext(); line++) {
        Row row = rows.next();
        cells.clear();
        for (int i = 0; i < header.size(); i++) {
          cells.add(row.isNullAt(i) ? "" : row.getString(i));
        }
        handler.row(line, cells);
      }
    }
  }

  /**
   * The gap analysis of a Dataset: the merged tally (kept as its bytes) and the counts of the rows
   * read and rejected. Immutable and thread-safe.
   *
   * @since 0.4.0
   */
  public static final class GapResult {
    private final SurveyGaps gaps;
    /** The merged tally's bytes, the rows read, the rows rejected. */
    private final Tuple3<byte[], Long, Long> folded;

    private GapResult(SurveyGaps gaps, Tuple3<byte[], Long, Long> folded) {
      this.gaps = gaps;
      this.folded = folded;
    }

    /**
     * The merged tally, a new copy read from its bytes on each call (a tally is mutable).
     *
     * @return the tally of every good row
     */
    public GapTally tally() {
      return gaps.readTally(folded._1());
    }

    /**
     * The gap analysis of every good row: what {@code gaps.analysis().analyze(data)} gives on one
     * machine.
     *
     * @return the report
     */
    public GapReport report() {
      return tally().report();
    }

    /**
     * The number of data rows read (header rows not counted), good and rejected.
     *
     * @return {@code >= 0}
     */
    public long rows() {
      return folded._2();
    }

    /**
     * The number of rows the reader rejected and left out.
     *
     * @return in {@code [0, rows()]}
     */
    public long rejectedRows() {
      return folded._3();
    }

    /** For example {@code "GapResult[1000 rows, 3 rejected]"}. */
    @Override
    public String toString() {
      return "GapResult[" + rows() + " rows, " + rejectedRows() + " rejected]";
    }
  }
}
