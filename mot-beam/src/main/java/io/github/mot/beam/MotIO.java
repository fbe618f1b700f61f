package io.github.mot.beam;

import io.github.mot.core.Encounter;
import io.github.mot.core.RatingScale;
import io.github.mot.core.io.ReadResult;
import io.github.mot.core.io.RowError;
import io.github.mot.scoring.io.EncounterReader;
import io.github.mot.servqual.SurveyData;
import io.github.mot.servqual.gap.GapTally;
import io.github.mot.servqual.gap.SurveyGaps;
import io.github.mot.servqual.io.SurveyReadResult;
import io.github.mot.servqual.io.SurveyReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.util.List;
import java.util.Objects;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithFailures;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Reading encounter files, and SERVQUAL survey files into their gap tally ({@link #readSurveys}), in
 * a pipeline: each file that a pattern matches (a shard of an export,
 * {@code encounters-00000-of-00004.csv}, ...) is read whole by mot-scoring's {@link
 * EncounterReader}, lenient, with the same checks and messages as on one machine; each row it
 * rejects goes to the failures as a {@link Rejection} naming the file and line, with the column,
 * the value and the reason.
 *
 * <pre>{@code
 * WithFailures.Result<PCollection<Encounter>, Rejection> read =
 *     pipeline.apply(MotIO.readEncounters("data/encounters-*.csv"));
 * }</pre>
 *
 * <p>A file is the unit of parallelism: write a large export as shards. Static methods only; the
 * transforms are immutable and serializable.
 *
 * @since 0.4.0
 */
public final class MotIO {

  private MotIO() {}

  /**
   * Reads the encounter files that a pattern matches, on ratings scale 1..7 (the reader's
   * default).
   *
   * @param filepattern a file pattern of any Beam file system, for example {@code
   *     "gs://bucket/encounters-*.csv"} or {@code "/data/encounters-*.csv"}
   * @return the transform
   * @throws NullPointerException if {@code filepattern} is null
   */
  public static ReadEncounters readEncounters(String filepattern) {
    return new ReadEncounters(Objects.requireNonNull(filepattern, "filepattern"), RatingScale.SEVEN_POINT, false);
  }

  /**
   * Reads encounter files: {@link #readEncounters(String)}, configured by copying.
   *
   * <p>Immutable and serializable.
   *
   * @since 0.4.0
   */
  public static final class ReadEncounters
      extends PTransform<PBegin, WithFailures.Result<PCollection<Encounter>, Rejection>> {

    private static final long serialVersionUID = 1L;

    private final String filepattern;
    private final int scaleMin;
    private final int scaleMax;
    private final boolean strict;

    ReadEncounters(String filepattern, RatingScale scale, boolean strict) {
      super("Read encounters");
      this.filepattern = filepattern;
      this.scaleMin = scale.min();
      this.scaleMax = scale.max();
      this.strict = strict;
    }

    /**
     * A copy that reads the ABC ratings on another scale ({@link
     * EncounterReader#withRatingScale(RatingScale)}).
     *
     * @param scale the scale
     * @return the copy
     * @throws NullPointerException if {@code scale} is null
     */
    public ReadEncounters withRatingScale(RatingScale scale) {
      return new ReadEncounters(filepattern, Objects.requireNonNull(scale, "scale"), strict);
    }

    /**
     * A copy that fails the job at the first bad row (the reader's strict mode: a {@code
     * DataFileException} naming the file, line, column and value) instead of sending rows to the
     * failures.
     *
     * @return the copy
     */
    public ReadEncounters strict() {
      return new ReadEncounters(filepattern, RatingScale.of(scaleMin, scaleMax), true);
    }

    /**
     * Matches the files, then reads each.
     *
     * @param begin the pipeline's start
     * @return the encounters and the rejected rows
     */
    @Override
    public WithFailures.Result<PCollection<Encounter>, Rejection> expand(PBegin begin) {
      TupleTag<Encounter> good = new TupleTag<>("encounters");
      TupleTag<Rejection> bad = new TupleTag<>("rejected rows");
      PCollectionTuple read =
          begin
              .apply("Match", FileIO.match().filepattern(filepattern))
              .apply("Open", FileIO.readMatches())
              .apply("Parse", ParDo.of(new ReadFn(scaleMin, scaleMax, strict, bad)).withOutputTags(good, TupleTagList.of(bad)));
      return WithFailures.Result.of(
          read.get(good).setCoder(MotCoders.encounter()), read.get(bad).setCoder(MotCoders.rejection()));
    }
  }

  /** Reads one file with the encounter reader. */
  static final class ReadFn extends DoFn<FileIO.ReadableFile, Encounter> {
    private static final long serialVersionUID = 1L;

    private final int scaleMin;
    private final int scaleMax;
    private final boolean strict;
    private final TupleTag<Rejection> rejected;

    ReadFn(int scaleMin, int scaleMax, boolean strict, TupleTag<Rejection> rejected) {
      this.scaleMin = scaleMin;
      this.scaleMax = scaleMax;
      this.strict = strict;
      this.rejected = rejected;
    }

    @ProcessElement
    public void processElement(ProcessContext c) throws IOException {
      FileIO.ReadableFile file = c.element();
      String source = source(file);
      EncounterReader reader =
          EncounterReader.withDefaults().withRatingScale(RatingScale.of(scaleMin, scaleMax)).withThreads(1);
      reader = strict ? reader.strict() : reader.lenient();
      ReadResult<Encounter> read;
      try (InputStream in = Channels.newInputStream(file.open())) {
        read = reader.read(in, source);
      }
      ROWS.inc(read.rows());
      for (Encounter e : read.values()) {
        c.output(e);
      }
      reject(c, rejected, source, read.errors(), read.errorCount());
    }
  }

  /** The source of a file, for rejections: its name, or its whole resource id. */
  static String source(FileIO.ReadableFile file) {
    String name = file.getMetadata().resourceId().getFilename();
    return name == null ? file.getMetadata().resourceId().toString() : name;
  }

  /** Each row error to the failures as {@code file:line}, and one rejection for those not listed. */
  static void reject(DoFn<?, ?>.ProcessContext c, TupleTag<Rejection> rejected, String source, List<RowError> errors,
      long errorCount) {
    for (RowError error : errors) {
      REJECTED_ROWS.inc();
      c.output(rejected, Rejection.of(source + ":" + error.line(),
          error.column() + " '" + error.value() + "': " + error.reason()));
    }
    long unlisted = errorCount - errors.size();
    if (unlisted > 0) {
      REJECTED_ROWS.inc();
      c.output(rejected, Rejection.of(source,
          unlisted + " more row errors, not listed: the reader keeps the first " + errors.size()));
    }
  }

  private static final Counter ROWS = Metrics.counter(MotIO.class, "rows");
  private static final Counter REJECTED_ROWS = Metrics.counter(MotIO.class, "rejected rows");

  /**
   * Reads the SERVQUAL survey files that a pattern matches and tallies their gap analysis: each file
   * (a shard of respondents) is read whole by mot-servqual's {@link SurveyReader} of the settings'
   * instrument, lenient, and tallied ({@link SurveyGaps#tally(SurveyData)}); the tallies are merged
   * into one {@link GapTally}, whose {@code report()} equals, bit for bit, {@link
   * io.github.mot.servqual.gap.GapAnalysis#analyze(SurveyData)} of all the files' respondents on
   * one machine. Each row the reader rejects goes to the failures, naming the file and line, as for
   * encounters; a file whose data no tally can hold exactly (importance points that are not whole
   * numbers) goes to the failures whole, with the reason, and adds nothing.
   *
   * <pre>{@code
   * SurveyGaps gaps = SurveyGaps.of(GapAnalysis.withDefaults(), Instrument.standard());
   * WithFailures.Result<PCollection<GapTally>, Rejection> survey =
   *     pipeline.apply(MotIO.readSurveys("data/survey-*.csv", gaps));
   * survey.output().apply(MotTransforms.render(Format.JSON, GapTally::report));
   * }</pre>
   *
   * @param filepattern a file pattern of any Beam file system
   * @param gaps the gap analysis and the instrument of every file; they travel to the workers as
   *     their byte form
   * @return the transform
   * @throws NullPointerException if an argument is null
   * @since 0.4.0
   */
  public static PTransform<PBegin, WithFailures.Result<PCollection<GapTally>, Rejection>> readSurveys(
      String filepattern, SurveyGaps gaps) {
    Objects.requireNonNull(filepattern, "filepattern");
    byte[] settings = Objects.requireNonNull(gaps, "gaps").toBytes();
    TallyCombineFn<GapTally, GapTally> merge = MotCombineFns.gaps(gaps);
    return PTransform.compose("Read surveys", (PBegin begin) -> {
      TupleTag<GapTally> good = new TupleTag<>("tallies");
      TupleTag<Rejection> bad = new TupleTag<>("rejected rows");
      PCollectionTuple read = begin
          .apply("Match", FileIO.match().filepattern(filepattern))
          .apply("Open", FileIO.readMatches())
          .apply("Tally", ParDo.of(new ReadSurveyFn(settings, bad)).withOutputTags(good, TupleTagList.of(bad)));
      return WithFailures.Result.of(
          read.get(good).setCoder(merge.coder()).apply("Merge", new MotTransforms.Globally<>(merge)),
          read.get(bad).setCoder(MotCoders.rejection()));
    });
  }

  /** Reads and tallies one survey file; the settings read once per instance ({@link ParsedOnce}). */
  static final class ReadSurveyFn extends DoFn<FileIO.ReadableFile, GapTally> {
    private static final long serialVersionUID = 1L;
    private final ParsedOnce<SurveyGaps> settings;
    private final TupleTag<Rejection> rejected;

    ReadSurveyFn(byte[] settings, TupleTag<Rejection> rejected) {
      this.settings = new ParsedOnce<>(settings, SurveyGaps::fromBytes);
      this.rejected = rejected;
    }

    @ProcessElement
    public void processElement(ProcessContext c) throws IOException {
      SurveyGaps g = settings.get();
      FileIO.ReadableFile file = c.element();
      String source = source(file);
      SurveyReadResult read;
      try (InputStream in = Channels.newInputStream(file.open())) {
        read = SurveyReader.of(g.instrument()).lenient().withThreads(1).read(in);
      }
      ROWS.inc(read.rows());
      reject(c, rejected, source, read.errors(), read.errorCount());
      try {
        c.output(g.tally(read.data()));
      } catch (IllegalArgumentException e) {
        REJECTED_ROWS.inc();
        c.output(rejected, Rejection.of(source, "the file's " + read.goodRows() + " respondents are not tallied: "
            + e.getMessage()));
      }
    }
  }
}
