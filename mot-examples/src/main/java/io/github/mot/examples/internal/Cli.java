package io.github.mot.examples.internal;

import io.github.mot.core.CustomerJourney;
import io.github.mot.core.JourneyTemplate;
import io.github.mot.core.RatingScale;
import io.github.mot.core.SupervisionChecklist;
import io.github.mot.core.internal.ReadErrors;
import io.github.mot.core.internal.StrictDecodingReader;
import io.github.mot.core.io.DataFileException;
import io.github.mot.core.io.ReadLimits;
import io.github.mot.core.io.ReadOutcome;
import io.github.mot.core.io.ReadResult;
import io.github.mot.core.io.RowSource;
import io.github.mot.core.table.Format;
import io.github.mot.core.table.Tables;
import io.github.mot.core.table.Tabular;
import io.github.mot.examples.SampleData;
import io.github.mot.scoring.Audit;
import io.github.mot.scoring.AuditOverview;
import io.github.mot.scoring.JourneyModel;
import io.github.mot.scoring.ContactVolume;
import io.github.mot.scoring.io.AuditReader;
import io.github.mot.scoring.io.EncounterLogReadResult;
import io.github.mot.scoring.io.EncounterReader;
import io.github.mot.servqual.Instrument;
import io.github.mot.servqual.MissingPolicy;
import io.github.mot.servqual.io.SurveyReadResult;
import io.github.mot.servqual.io.SurveyReader;
import io.github.mot.xlsx.XlsxSource;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The picocli commands of {@code mot}: thin shells that check their options, read files and hand
 * over to {@link Analyses}. Exit codes: {@value #OK} success, {@value #USAGE} usage error, {@value
 * #DATA_ERRORS} the data had errors (listed with line numbers on standard error; in the default
 * lenient mode the good rows are still analysed), {@value #FAILURE} anything else (an output file
 * that cannot be written).
 */
public final class Cli {

  /** Success. */
  public static final int OK = 0;
  /** An unexpected failure, such as an output directory that cannot be written. */
  public static final int FAILURE = 1;
  /** A usage error: unknown option, bad value, missing file. */
  public static final int USAGE = 2;
  /** The data had errors. */
  public static final int DATA_ERRORS = 3;

  private Cli() {}

  /**
   * Runs {@code mot} with the arguments, printing to the given streams (UTF-8).
   *
   * @param args the command line arguments
   * @param out standard output
   * @param err standard error
   * @return the exit code
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    PrintWriter o = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter e = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    try {
      return commandLine(o, e).execute(args);
    } finally {
      o.flush();
      e.flush();
    }
  }

  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new MotCommand());
    AutoComplete.GenerateCompletion gen = new AutoComplete.GenerateCompletion();
    CommandLine genCl = new CommandLine(gen);
    genCl.getCommandSpec().usageMessage().hidden(false)
        .description("Print a bash/zsh completion script for mot: source <(mot generate-completion)");
    cl.addSubcommand("generate-completion", genCl);
    // after adding every sub-command: the streams are passed down to them
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler(
        (ex, line, parsed) -> {
          if (ex instanceof DataFileException dfe) {
            Analyses.listErrors(line.getErr(), dfe.source().orElse("error"), dfe.errors(), dfe.errors().size());
            return DATA_ERRORS;
          }
          if (ex instanceof DataProblem dp) {
            line.getErr().println("mot: " + dp.getMessage());
            return DATA_ERRORS;
          }
          line.getErr().println("mot: " + describe(ex));
          return FAILURE;
        });
    return cl;
  }

  /**
   * What went wrong, in words without Java's class names for the failures a user can cause (a file
   * that cannot be written or read); other exceptions (bugs) as they are.
   */
  static String describe(Exception ex) {
    if (ex instanceof java.nio.file.AccessDeniedException a) {
      return "permission denied: " + a.getFile();
    }
    if (ex instanceof java.nio.file.NoSuchFileException n) {
      return "no such file or directory: " + n.getFile();
    }
    if (ex instanceof java.nio.file.FileAlreadyExistsException f) {
      return "already exists: " + f.getFile();
    }
    if (ex.getMessage() != null) {
      return String.valueOf(ex.getMessage());
    }
    // a failure without a message (a bug): what happened, without Java's class or method names
    return "an unexpected failure (" + (ex instanceof IOException ? "input or output" : "internal error")
        + "): please report it with the command line that caused it";
  }

  /**
   * A read's error of bytes that are not valid in the file's encoding, or of a limit passed, with
   * the command line's hint instead of the library's method: the option that gives the file's
   * encoding and its usual values, or the option that raises the limit.
   *
   * @param e the error of a read
   * @param file the file as the user named it
   * @param option the option that sets the encoding of that file, such as {@code --encoding}
   * @return the exception to report, naming the file
   */
  static DataFileException encodingHint(DataFileException e, String file, String option) {
    boolean decoding = e.errors().stream().anyMatch(StrictDecodingReader::isDecodingError);
    boolean limits = e.errors().stream().anyMatch(r -> ReadErrors.withLimitHints(r, "", "", "") != r);
    if (!decoding && !limits) {
      return e;
    }
    String hint = " (give its encoding with " + option + " CHARSET: " + ENCODINGS + ")";
    DataFileException hinted = new DataFileException(e.source().orElse(file), e.errors().stream()
        .map(r -> StrictDecodingReader.withHint(r, hint))
        .map(r -> ReadErrors.withLimitHints(r, "--max-rows N", "--max-field-length N", "--max-bytes N"))
        .toList());
    hinted.initCause(e);
    return hinted;
  }

  /** The usual values of the encoding options, for their help and messages. */
  static final String ENCODINGS = "UTF-8 (default), GB18030 or GBK (Chinese Windows), cp949 or EUC-KR (Korean), "
      + "Shift_JIS (Japanese), windows-1252 (Western Europe), or any Java charset name";

  /** A definition file (instrument, journey map, checklist) whose content is wrong. */
  static final class DataProblem extends IOException {
    private static final long serialVersionUID = 1L;

    DataProblem(String message, @Nullable Throwable cause) {
      super(message, cause);
    }
  }

  /** The version line. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Cli.class.getPackage().getImplementationVersion();
      return new String[] {"mot " + (v == null ? "0.1.0-SNAPSHOT" : v) + " (MOT for Java)"};
    }
  }

  /** Candidate values of --template. */
  static final class Templates implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return JourneyTemplate.keys().iterator();
    }
  }

  /** Candidate values of --model. */
  static final class Models implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return List.of("mean", "weighted", "peak-end", "weakest-link").iterator();
    }
  }

  /** Candidate values of --format. */
  static final class Formats implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return List.of("text", "csv", "json").iterator();
    }
  }

  /**
   * {@code --format}, shared by the analysis commands: what standard output gets. Text is the
   * report language's tables ({@code --locale}); CSV and JSON are the results' columns in mot-core's
   * one CSV and JSON renderers (labels in {@code --locale}'s language when one is given).
   */
  static final class FormatOption {
    @Option(names = "--format", paramLabel = "text|csv|json", defaultValue = "text", completionCandidates = Formats.class,
        description = "What to print: text tables (default), CSV or JSON of the results.")
    String format = "text";

    /** The chosen format; a usage error naming --format for any other value. */
    Format format(CommandSpec spec) {
      return Format.parse(choice(spec, "--format", format, new Formats()));
    }
  }

  /**
   * Prints a result in a format: text in the report language, CSV and JSON with their labels in
   * the export language; always ending with a line break. CSV and JSON are streamed to {@code out}
   * as they are rendered, never held whole: an export of every customer's journey score runs to
   * hundreds of megabytes.
   *
   * @throws IOException if writing fails
   */
  static void print(PrintWriter out, Format format, Tabular result, LocaleOption locale) throws IOException {
    if (format == Format.TEXT) {
      String text = Format.TEXT.render(result, locale.locale());
      out.print(text);
      if (!text.endsWith("\n")) {
        out.println();
      }
      return;
    }
    ExportWriter w = new ExportWriter(out);
    Optional<Locale> export = locale.exportLocale();
    if (export.isPresent()) {
      format.write(result, w, export.get());
    } else {
      format.write(result, w);
    }
    w.flush();
    if (!w.endsWithNewline()) {
      out.println();
    }
  }

  /**
   * The writer of an export: buffers the renderer's many small writes without a lock per write (a
   * {@link java.io.BufferedWriter} takes one) and remembers whether the text ended with a line
   * break. Single-threaded; {@link #flush()} passes the buffer on, {@link #close()} does not close
   * the target.
   */
  static final class ExportWriter extends java.io.Writer {
    private final java.io.Writer target;
    private final char[] buffer = new char[1 << 16];
    private int used;
    private int last = -1;

    ExportWriter(java.io.Writer target) {
      this.target = target;
    }

    /** Whether the last character written was a line feed. */
    boolean endsWithNewline() {
      return last == '\n';
    }

    @Override
    public void write(int c) throws IOException {
      if (used == buffer.length) {
        drain();
      }
      buffer[used++] = (char) c;
      last = (char) c;
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
      if (len <= 0) {
        return;
      }
      if (len > buffer.length - used) {
        drain();
        if (len > buffer.length) {
          target.write(s, off, len);
          last = s.charAt(off + len - 1);
          return;
        }
      }
      s.getChars(off, off + len, buffer, used);
      used += len;
      last = s.charAt(off + len - 1);
    }

    @Override
    public void write(String s) throws IOException {
      write(s, 0, s.length());
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
      if (len <= 0) {
        return;
      }
      if (len > buffer.length - used) {
        drain();
        if (len > buffer.length) {
          target.write(cbuf, off, len);
          last = cbuf[off + len - 1];
          return;
        }
      }
      System.arraycopy(cbuf, off, buffer, used, len);
      used += len;
      last = cbuf[off + len - 1];
    }

    private void drain() throws IOException {
      if (used > 0) {
        target.write(buffer, 0, used);
        used = 0;
      }
    }

    @Override
    public void flush() throws IOException {
      drain();
      target.flush();
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }

  /** {@code --encoding}, shared by the commands that read a CSV file. */
  static final class EncodingOption {
    @Option(names = "--encoding", paramLabel = "CHARSET", defaultValue = "UTF-8",
        description = "Encoding of a CSV file: UTF-8 (default, with or without BOM), GB18030, GBK, "
            + "cp949, windows-1252, ... A byte sequence that is not valid in it is reported with its line.")
    String encoding = "UTF-8";

    /** The charset; a usage error naming --encoding for an unknown name. */
    java.nio.charset.Charset charset(CommandSpec spec) {
      return charset(spec, "--encoding", encoding);
    }

    /** The charset of an encoding option's value; a usage error naming the option and the usual values. */
    static java.nio.charset.Charset charset(CommandSpec spec, String option, String name) {
      try {
        return SurveyReader.encoding(name);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), option + ": " + e.getMessage() + "; usual values: " + ENCODINGS);
      }
    }
  }

  /** {@code --threads}, of the commands whose work runs on several cores. */
  static final class ThreadsOption {
    @Option(names = "--threads", paramLabel = "N",
        description = "Use at most N threads (default: the machine's processors). The results are the same whatever N.")
    @Nullable Integer threads;

    /** The threads asked for, or the machine's processors; a usage error naming --threads below 1. */
    int threads(CommandSpec spec) {
      if (threads == null) {
        return Runtime.getRuntime().availableProcessors();
      }
      if (threads < 1) {
        throw new ParameterException(spec.commandLine(), "--threads must be at least 1 but was " + threads);
      }
      return threads;
    }
  }

  /** Candidate values of --missing. */
  static final class Missing implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return List.of("listwise", "pairwise").iterator();
    }
  }

  /** Whether a file is an .xlsx (or .xlsm) workbook by its name. */
  static boolean isWorkbook(Path file) {
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    return name.endsWith(".xlsx") || name.endsWith(".xlsm");
  }

  static Path requireFile(CommandSpec spec, Path file) {
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new ParameterException(spec.commandLine(), "cannot read the file '" + file + "'");
    }
    return file;
  }

  static String choice(CommandSpec spec, String option, String value, Iterable<String> allowed) {
    String v = value.toLowerCase(Locale.ROOT);
    List<String> all = new ArrayList<>();
    allowed.forEach(all::add);
    if (!all.contains(v)) {
      throw new ParameterException(spec.commandLine(),
          option + " must be one of " + String.join(", ", all) + " but was '" + value + "'");
    }
    return v;
  }

  static JourneyModel model(CommandSpec spec, String value) {
    return switch (choice(spec, "--model", value, new Models())) {
      case "weighted" -> JourneyModel.WEIGHTED_MEAN;
      case "peak-end" -> JourneyModel.PEAK_END;
      case "weakest-link" -> JourneyModel.WEAKEST_LINK;
      default -> JourneyModel.MEAN;
    };
  }

  static RatingScale scale(CommandSpec spec, String option, String value) {
    try {
      return RatingScale.parse(value);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), option + ": " + e.getMessage());
    }
  }

  /** Writes the HTML report and tells where everything went. */
  static void finish(PrintWriter out, Path dir, HtmlReport html, List<Path> written, Locale locale)
      throws IOException {
    written.add(Analyses.writeText(dir, "report.html", html.render()));
    out.println(Charts.words(locale).fill("text.wrote", Integer.toString(written.size()), dir.toString(),
        dir.resolve("report.html").toString()));
  }

  /** A read of a command's file, from a path or from a source. */
  @FunctionalInterface
  interface FileRead<S, T> {
    T read(S source) throws IOException;
  }

  /** Writes a result's chart and data files into the output directory and adds them to the report. */
  @FunctionalInterface
  interface ReportFiles<R> {
    List<Path> write(R result, Charts charts, Path dir, HtmlReport html) throws IOException;
  }

  /**
   * The one path of every command that analyses a file read by a library reader: lists the row
   * errors, analyses the good rows, prints the result (in text after a read summary; CSV and JSON
   * print its {@linkplain Analyses.CommandResult#exported() export}), prints its warnings to
   * standard error and, with --out, writes the result's files and the HTML report titled by {@code
   * titleKey}.
   *
   * @return {@link #OK}, or {@link #DATA_ERRORS} if a row was bad or none was good
   */
  static <R extends Analyses.CommandResult> int analyse(
      CommandSpec spec,
      Path file,
      ReadOutcome read,
      Supplier<R> analysis,
      Format fmt,
      LocaleOption localeOption,
      Common common,
      String titleKey,
      ReportFiles<R> files)
      throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Locale locale = localeOption.locale();
    String name = common.sourceName(file);
    Analyses.listErrors(err, name, read.errors(), read.errorCount());
    if (read.goodRows() == 0) {
      err.println(name + ": no good rows to analyse");
      return DATA_ERRORS;
    }
    R result = analysis.get();
    Analyses.ReadAccount account = new Analyses.ReadAccount(name, read);
    if (fmt == Format.TEXT) {
      print(out, fmt, account, localeOption);
      out.println();
      print(out, fmt, result, localeOption);
    } else if (fmt == Format.JSON) {
      // the account of the read, then the result's fields
      print(out, fmt, () -> Tables.builder(Charts::words).child("read", account).include(result.exported()).build(),
          localeOption);
    } else {
      print(out, fmt, result.exported(), localeOption);
    }
    result.warnings().forEach(err::println);
    if (common.out != null) {
      HtmlReport html = new HtmlReport(
          Charts.words(locale).fill(titleKey, String.valueOf(file.getFileName())), locale);
      html.result(new Analyses.ReadAccount(String.valueOf(file.getFileName()), read), locale);
      Charts charts = Charts.of(locale);
      List<Path> written = new ArrayList<>(files.write(result, charts, common.out, html));
      // issue 17, point 6: a label that no installed font can draw is a warning, not silent boxes
      charts.glyphWarnings().forEach(w -> err.println("warning: " + w.message()));
      written.add(Analyses.writeText(common.out, "read-summary.csv",
          Analyses.export(Format.CSV, account, localeOption.exportLocale())));
      finish(fmt == Format.TEXT ? out : err, common.out, html, written, locale);
    }
    return read.isClean() ? OK : DATA_ERRORS;
  }

  // ---------------------------------------------------------------- commands

  /** The top command. */
  @Command(
      name = "mot",
      mixinStandardHelpOptions = true,
      versionProvider = Version.class,
      description = {
        "Moments of Truth service quality: SERVQUAL gap analysis, moment scorecards, journey "
            + "scores, behaviour audits and moment volume.",
        "Start with: mot demo"
      },
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {
        "0:success",
        "1:failure (e.g. an output file could not be written)",
        "2:usage error",
        "3:the data had errors (listed with line numbers on standard error)"
      },
      subcommands = {
        DemoCommand.class,
        ServqualCommand.class,
        JourneyCommand.class,
        PathsCommand.class,
        AuditCommand.class,
        VolumeCommand.class,
        SampleDataCommand.class
      })
  static final class MotCommand implements Callable<Integer> {
    @Spec CommandSpec spec = CommandSpec.create();

    @CommandLine.Mixin LocaleOption localeOption = new LocaleOption();

    @Override
    public Integer call() {
      throw new ParameterException(spec.commandLine(), "a sub-command is required (try: mot demo)");
    }
  }

  /** The {@code --locale} option of every sub-command. */
  static final class LocaleOption {
    @Option(names = "--locale", paramLabel = "TAG",
        description = "Language of the reports, charts and report.html as a BCP 47 tag: en, zh-CN "
            + "(default: the JVM's locale if there are labels in its language, else English); "
            + "given, it also sets the language of the labels in CSV and JSON files.")
    @Nullable String tag;

    /** The locale asked for, or the default. */
    Locale locale() {
      return tag == null ? defaultLocale() : Locale.forLanguageTag(tag);
    }

    /**
     * The locale of the labels in CSV and JSON files: only one asked for with {@code --locale}, so
     * that machine formats never depend on the JVM's default locale.
     */
    Optional<Locale> exportLocale() {
      return tag == null ? Optional.empty() : Optional.of(Locale.forLanguageTag(tag));
    }
  }

  /** The JVM's default locale if its language is English or Chinese, else English. */
  static Locale defaultLocale() {
    Locale def = Locale.getDefault();
    return def.getLanguage().equals("zh") || def.getLanguage().equals("en") ? def : Locale.ENGLISH;
  }

  /** Options shared by the file commands. */
  static final class Common {
    @Option(names = "--out", paramLabel = "DIR", description = "Also write CSV/JSON, charts (SVG and PNG) and report.html to DIR.")
    @Nullable Path out;

    @Option(names = "--strict", description = "Stop at the first bad row (default: report every bad row and analyse the good ones).")
    boolean strict;

    @Option(names = "--max-rows", paramLabel = "N",
        description = "Refuse a file with more than N data rows (default: 5,000,000).")
    @Nullable Long maxRows;

    @Option(names = "--max-bytes", paramLabel = "N",
        description = "Refuse a file larger than N bytes (default: 1 GiB).")
    @Nullable Long maxBytes;

    @Option(names = "--max-field-length", paramLabel = "N",
        description = "Refuse a cell longer than N characters (default: 32,768).")
    @Nullable Integer maxFieldLength;

    @Option(names = "--sheet", paramLabel = "NAME",
        description = "The sheet of an .xlsx workbook to read (default: the first sheet). Title rows above the header are skipped.")
    @Nullable String sheet;

    /**
     * Reads the command's file: with --sheet, that sheet of an .xlsx workbook; otherwise the file
     * as the library's readers choose by its extension (CSV, or an .xlsx workbook's first sheet).
     * A --sheet that the file does not have, or given for a file that is not a workbook, is a usage
     * error naming the option and the sheets there are.
     */
    <T> T read(CommandSpec spec, Path file, FileRead<Path, T> byPath, FileRead<RowSource, T> bySource)
        throws IOException {
      try {
        if (sheet == null && isWorkbook(file)) {
          return firstSheet(spec, file, bySource);
        }
        return read(spec, file, sheet, byPath, bySource);
      } catch (DataFileException e) {
        throw encodingHint(e, file.toString(), "--encoding");
      } catch (DataProblem e) {
        throw e;
      } catch (IOException e) {
        // a workbook that is not one, or a spreadsheet no module reads: the data, exit 3
        throw new DataProblem(describe(e), e);
      }
    }

    private <T> T read(CommandSpec spec, Path file, @Nullable String s, FileRead<Path, T> byPath,
        FileRead<RowSource, T> bySource) throws IOException {
      if (s == null) {
        return byPath.read(file);
      }
      if (!isWorkbook(file)) {
        throw new ParameterException(spec.commandLine(),
            "--sheet applies to .xlsx workbooks, but " + file + " is not one: leave --sheet out for a CSV file");
      }
      XlsxSource source = XlsxSource.of(file);
      List<String> sheets = source.sheets();
      if (!sheets.contains(s)) {
        throw new ParameterException(spec.commandLine(),
            "--sheet must be one of the sheets of " + file + ", " + sheets + ", but was '" + s + "'");
      }
      readName = source.withSheet(s).name();
      return bySource.read(source.withSheet(s));
    }

    /**
     * Without --sheet, a workbook's first sheet, named in every error. When the reader refuses it
     * (a sheet of notes before the answers: the header does not have the columns) and the workbook
     * has other sheets, its errors are followed by a line that lists the sheets and names --sheet.
     */
    private <T> T firstSheet(CommandSpec spec, Path file, FileRead<RowSource, T> bySource) throws IOException {
      XlsxSource source = XlsxSource.of(file);
      List<String> sheets = source.sheets();
      if (sheets.isEmpty()) {
        return bySource.read(source);
      }
      XlsxSource first = source.withSheet(sheets.get(0));
      readName = first.name();
      try {
        return bySource.read(first);
      } catch (DataFileException e) {
        if (sheets.size() == 1) {
          throw e;
        }
        Analyses.listErrors(spec.commandLine().getErr(), e.source().orElse(first.name()), e.errors(), e.errors().size());
        throw new DataProblem(file + ": the first sheet, '" + sheets.get(0) + "', was read; the workbook's sheets are "
            + sheets + ": choose the one with the data with --sheet NAME", e);
      }
    }

    /** The name of the sheet read by {@link #read}, with its workbook; null for a CSV file. */
    private @Nullable String readName;

    /** The name errors give the command's file after {@link #read}: with the sheet read, for a workbook. */
    String sourceName(Path file) {
      String name = readName;
      return name != null ? name : file.toString();
    }

    /** Checks the limits given; a usage error names the option and the value. */
    void checkLimits(CommandSpec spec) {
      if (maxRows != null && maxRows < 1) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--max-rows must be at least 1 but was " + maxRows);
      }
      if (maxBytes != null && maxBytes < 1) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--max-bytes must be at least 1 but was " + maxBytes);
      }
      if (maxFieldLength != null && maxFieldLength < 1) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "--max-field-length must be at least 1 but was " + maxFieldLength);
      }
    }

    /** The limits of every reader: the library's defaults but for those given. */
    ReadLimits limits() {
      ReadLimits l = ReadLimits.DEFAULT;
      if (maxRows != null) {
        l = l.withMaxRows(maxRows);
      }
      if (maxBytes != null) {
        l = l.withMaxBytes(maxBytes);
      }
      if (maxFieldLength != null) {
        l = l.withMaxFieldLength(maxFieldLength);
      }
      return l;
    }
  }

  /** {@code mot demo}. */
  @Command(
      name = "demo",
      mixinStandardHelpOptions = true,
      description = "Run every analysis on the embedded sample data, print the reports and write charts and report.html.")
  static final class DemoCommand implements Callable<Integer> {
    @Spec CommandSpec spec = CommandSpec.create();

    @CommandLine.Mixin LocaleOption localeOption = new LocaleOption();

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "mot-report", description = "Where to write the charts and report.html (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("mot-report");

    @Override
    public Integer call() throws IOException {
      return Demo.run(spec.commandLine().getOut(), out, localeOption.locale(), localeOption.exportLocale());
    }
  }

  /** {@code mot servqual}. */
  @Command(
      name = "servqual",
      mixinStandardHelpOptions = true,
      description = {
        "SERVQUAL analysis of a survey file: CSV, or an .xlsx workbook.",
        "Gaps per item and dimension with t tests, Cronbach's alpha, weighted and unweighted "
            + "SERVQUAL, SERVPERF, zones of tolerance (with A and D columns) and "
            + "importance-performance grids (with W_ points and E answers).",
        "Columns: respondent, E1..En, P1..Pn, optional A1..An, D1..Dn, W_<DIMENSION>; any other "
            + "column is an attribute. A file without E columns gets the SERVPERF analysis (see --model).",
        "The first lines account for every row: good + bad + blank = rows, with the blank respondents' lines."
      })
  static final class ServqualCommand implements Callable<Integer> {
    @Spec CommandSpec spec = CommandSpec.create();

    @CommandLine.Mixin LocaleOption localeOption = new LocaleOption();

    @Parameters(paramLabel = "FILE", description = "The survey: CSV (UTF-8 unless --encoding says otherwise) or an .xlsx workbook (see --sheet).")
    Path file = Path.of("");

    @Option(names = "--instrument", paramLabel = "standard22|FILE", defaultValue = "standard22",
        description = "The questionnaire: standard22 (default) or a definition file: JSON, CSV or .xlsx (first sheet).")
    String instrument = "standard22";

    @Option(names = "--scale", paramLabel = "MIN..MAX", defaultValue = "1..7",
        description = "The answer scale of an instrument file or of a --mapping's questionnaire (default: ${DEFAULT-VALUE}).")
    String scale = "1..7";

    @Option(names = "--missing", paramLabel = "listwise|pairwise", defaultValue = "pairwise", completionCandidates = Missing.class,
        description = "Missing answers: drop the respondent (listwise) or use what each statistic can (pairwise, default).")
    String missing = "pairwise";

    @CommandLine.Mixin FormatOption formatOption = new FormatOption();

    @CommandLine.Mixin EncodingOption encodingOption = new EncodingOption();

    @CommandLine.Mixin ThreadsOption threadsOption = new ThreadsOption();

    @Option(names = "--mapping", paramLabel = "FILE",
        description = "A column mapping, CSV or .xlsx (source,role,item,dimension,label,reverse), that reads a survey "
            + "tool's export as it is; without --instrument, the instrument comes from the mapping.")
    @Nullable Path mapping;

    @Option(names = "--mapping-encoding", paramLabel = "CHARSET", defaultValue = "UTF-8",
        description = "Encoding of a CSV --mapping file (default: UTF-8): GB18030, cp949, ... as for --encoding.")
    String mappingEncoding = "UTF-8";

    @Option(names = "--instrument-encoding", paramLabel = "CHARSET", defaultValue = "UTF-8",
        description = "Encoding of a CSV --instrument file (default: UTF-8): GB18030, cp949, ... as for --encoding.")
    String instrumentEncoding = "UTF-8";

    @Option(names = "--instrument-name", paramLabel = "NAME",
        description = "The questionnaire's name in every report (default: the instrument's, or the --mapping "
            + "file's name without its extension).")
    @Nullable String instrumentName;

    @Option(names = "--model", paramLabel = "auto|servqual|servperf", defaultValue = "auto", completionCandidates = SurveyModels.class,
        description = "The analysis: servqual (gaps P - E; needs E columns), servperf (perceptions only, "
            + "Cronin and Taylor 1992) or auto (default: servperf when the file has no E columns).")
    String model = "auto";

    @CommandLine.Mixin Common common = new Common();

    @Override
    public Integer call() throws IOException {
      Format fmt = formatOption.format(spec);
      MissingPolicy policy =
          choice(spec, "--missing", missing, new Missing()).equals("listwise") ? MissingPolicy.LISTWISE : MissingPolicy.PAIRWISE;
      String analysis = choice(spec, "--model", model, new SurveyModels());
      RatingScale sc = scale(spec, "--scale", scale);
      requireFile(spec, file);
      java.nio.charset.Charset charset = encodingOption.charset(spec);
      java.nio.charset.Charset mappingCharset = EncodingOption.charset(spec, "--mapping-encoding", mappingEncoding);
      java.nio.charset.Charset instrumentCharset = EncodingOption.charset(spec, "--instrument-encoding", instrumentEncoding);
      if (instrumentName != null && instrumentName.isBlank()) {
        throw new ParameterException(spec.commandLine(), "--instrument-name must not be blank");
      }
      boolean standard = instrument.equalsIgnoreCase("standard22") || instrument.equalsIgnoreCase("standard");
      Instrument ins;
      if (!standard) {
        requireFile(spec, Path.of(instrument));
      }
      try {
        ins = Analyses.instrument(instrument, sc, instrumentCharset); // a bad definition file: exit 3
      } catch (DataFileException e) {
        throw encodingHint(e, instrument, "--instrument-encoding");
      }
      io.github.mot.servqual.io.ColumnMapping columns = null;
      if (mapping != null) {
        requireFile(spec, mapping);
        try {
          columns = io.github.mot.servqual.io.ColumnMappingReader.withDefaults().withEncoding(mappingCharset).read(mapping);
        } catch (DataFileException e) {
          throw encodingHint(e, mapping.toString(), "--mapping-encoding");
        }
        if (standard) {
          try {
            ins = columns.instrument(Analyses.fileStem(mapping), sc);
          } catch (IllegalArgumentException e) {
            // a mapping that does not define the instrument: configuration, not data
            throw new ParameterException(spec.commandLine(), "--mapping " + mapping + " does not define the "
                + "questionnaire: " + e.getMessage() + "; give every item a dimension in the mapping, or give --instrument FILE");
          }
        }
      }
      if (instrumentName != null) {
        ins = Instrument.of(instrumentName.strip(), ins.scale(), ins.items());
      }
      SurveyReader reader = SurveyReader.of(ins);
      if (columns != null) {
        try {
          reader = reader.withMapping(columns);
        } catch (IllegalArgumentException e) {
          throw new ParameterException(spec.commandLine(), "--mapping " + mapping + " and --instrument " + instrument
              + " disagree: " + e.getMessage());
        }
      }
      common.checkLimits(spec);
      int threads = threadsOption.threads(spec);
      reader = (common.strict ? reader.strict() : reader.lenient()).withEncoding(charset).withLimits(common.limits())
          .withThreads(threads);
      SurveyReader configured = reader;
      // a UTF-8 CSV file is parsed in chunks on the threads, straight into the data's columns
      SurveyReadResult read = common.read(spec, file, configured::read, configured::read);
      boolean perceptionsOnly = !read.data().has(io.github.mot.servqual.AnswerKind.EXPECTATION);
      if (analysis.equals("servqual") && perceptionsOnly) {
        throw new ParameterException(spec.commandLine(), "--model servqual needs expectation (E) answers, but "
            + common.sourceName(file) + " has none: use --model servperf (or auto) for perceptions only");
      }
      if (analysis.equals("servperf") || (analysis.equals("auto") && perceptionsOnly)) {
        return analyse(spec, file, read, () -> Analyses.servperf(read.data(), policy), fmt, localeOption, common,
            "html.title.servperf",
            (s, charts, dir, html) -> Analyses.writeServperf(s, charts, dir, html, localeOption.exportLocale(),
                read.data().instrument().scale()));
      }
      return analyse(spec, file, read, () -> Analyses.servqual(read.data(), policy, threads), fmt, localeOption, common,
          "html.title.servqual",
          (s, charts, dir, html) -> Analyses.writeServqual(s, charts, dir, html, localeOption.exportLocale()));
    }
  }

  /** Candidate values of servqual's --model. */
  static final class SurveyModels implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return List.of("auto", "servqual", "servperf").iterator();
    }
  }

  /** {@code mot journey}. */
  @Command(
      name = "journey",
      mixinStandardHelpOptions = true,
      description = {
        "Moment scorecards and journey scores of an encounter log.",
        "Columns: customer, touchpoint, time (required); staff, appearance, behaviour, "
            + "communication, level (-3..+3), seconds, note (optional)."
      })
  static final class JourneyCommand implements Callable<Integer> {
    @Spec CommandSpec spec = CommandSpec.create();

    @CommandLine.Mixin LocaleOption localeOption = new LocaleOption();

    @Parameters(paramLabel = "ENCOUNTERS", description = "The encounter log: CSV (UTF-8 unless --encoding says otherwise) or an .xlsx workbook (see --sheet).")
    Path file = Path.of("");

    @CommandLine.Mixin MapOptions mapOptions = new MapOptions();

    @CommandLine.Mixin ModelOption modelOption = new ModelOption();

    @Option(names = "--ratings-scale", paramLabel = "MIN..MAX", defaultValue = "1..7",
        description = "The scale of the ABC ratings (default: ${DEFAULT-VALUE}).")
    String ratingsScale = "1..7";

    @CommandLine.Mixin ThreadsOption threadsOption = new ThreadsOption();

    @CommandLine.Mixin FormatOption formatOption = new FormatOption();

    @CommandLine.Mixin EncodingOption encodingOption = new EncodingOption();

    @CommandLine.Mixin Common common = new Common();

    @Override
    public Integer call() throws IOException {
      Locale locale = localeOption.locale();
      JourneyModel m = modelOption.model(spec);
      RatingScale sc = scale(spec, "--ratings-scale", ratingsScale);
      Format fmt = formatOption.format(spec);
      java.nio.charset.Charset charset = encodingOption.charset(spec);
      mapOptions.check(spec);
      requireFile(spec, file);
      CustomerJourney journey = mapOptions.journey(spec, locale);
      common.checkLimits(spec);
      int threads = threadsOption.threads(spec);
      EncounterLogReadResult read = readLog(spec, file, journey, sc, charset, threads, common);
      return analyse(spec, file, read, () -> Analyses.journey(journey, read.log(), m, sc, threads), fmt,
          localeOption, common, "html.title.journey", Analyses::writeJourney);
    }
  }

  /** {@code --model MODEL}: the journey score model of {@code journey} and {@code paths}. */
  static final class ModelOption {
    @Option(names = "--model", paramLabel = "MODEL", defaultValue = "mean", completionCandidates = Models.class,
        description = "Journey score model: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    String model = "mean";

    JourneyModel model(CommandSpec spec) {
      return Cli.model(spec, model);
    }
  }

  /** {@code --map FILE.json} or {@code --template NAME}: the journey map of the encounter commands. */
  static final class MapOptions {
    @Option(names = "--map", paramLabel = "FILE.json", description = "A journey map in mot-core's JSON.")
    @Nullable Path map;

    @Option(names = "--template", paramLabel = "NAME", completionCandidates = Templates.class,
        description = "A built-in journey map: ${COMPLETION-CANDIDATES} (default: retail).")
    @Nullable String template;

    /** A usage error when both are given. */
    void check(CommandSpec spec) {
      if (map != null && template != null) {
        throw new ParameterException(spec.commandLine(), "give --map or --template, not both");
      }
    }

    /** The map of --map, or of --template (retail by default) with its names in the language. */
    CustomerJourney journey(CommandSpec spec, Locale locale) throws IOException {
      Path m = map;
      if (m != null) {
        requireFile(spec, m);
        try {
          return new com.fasterxml.jackson.databind.ObjectMapper().readValue(m.toFile(), CustomerJourney.class);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
          throw new DataProblem(m + ": not a journey map: " + Analyses.jsonProblem(e), e);
        }
      }
      String key = choice(spec, "--template", template == null ? "retail" : template, new Templates());
      return JourneyTemplate.parse(key, locale).journey(locale); // the same ids, names in the language
    }
  }

  /** An encounter file into the columnar log: no object per encounter, parsed in chunks on the machine's cores. */
  static EncounterLogReadResult readLog(CommandSpec spec, Path file, CustomerJourney journey, RatingScale sc,
      java.nio.charset.Charset charset, int threads, Common common) throws IOException {
    EncounterReader reader = EncounterReader.withDefaults().withJourney(journey).withRatingScale(sc)
        .withLimits(common.limits()).withEncoding(charset).withThreads(threads);
    EncounterReader configured = common.strict ? reader.strict() : reader.lenient();
    return common.read(spec, file, configured::readLog, configured::readLog);
  }

  /** {@code mot paths}. */
  @Command(
      name = "paths",
      mixinStandardHelpOptions = true,
      description = {
        "The paths customers really take: each customer's encounters cut into episodes, the "
            + "directly-follows graph of the touchpoints with the quality of each step, the episodes' "
            + "conformance to the journey map and what each frequent deviation costs in journey score, "
            + "the funnel, what precedes damaging moments and the recovery after them.",
        "Columns as for journey: customer, touchpoint, time (required); staff, appearance, behaviour, "
            + "communication, level (-3..+3), seconds, note (optional)."
      })
  static final class PathsCommand implements Callable<Integer> {
    @Spec CommandSpec spec = CommandSpec.create();

    @CommandLine.Mixin LocaleOption localeOption = new LocaleOption();

    @Parameters(paramLabel = "ENCOUNTERS", description = "The encounter log: CSV (UTF-8 unless --encoding says otherwise) or an .xlsx workbook (see --sheet).")
    Path file = Path.of("");

    @CommandLine.Mixin MapOptions mapOptions = new MapOptions();

    @Option(names = "--gap", paramLabel = "MINUTES", defaultValue = "30",
        description = "A pause longer than this starts a new episode (default: ${DEFAULT-VALUE}).")
    long gapMinutes = 30;

    @Option(names = "--start", paramLabel = "TOUCHPOINT", split = ",",
        description = "Touchpoint ids that start a new episode whenever they come (comma-separated).")
    List<String> starts = new ArrayList<>();

    @Option(names = "--min-share", paramLabel = "SHARE", defaultValue = "0",
        description = "Show only the steps with at least this share of all transitions, in [0, 1] "
            + "(default: ${DEFAULT-VALUE}, every step); the rest is counted in the headline.")
    double minShare;

    @Option(names = "--top", paramLabel = "N", defaultValue = "20",
        description = "Show the N most frequent deviations from the map and their cost (default: "
            + "${DEFAULT-VALUE}); the others are counted.")
    int top = 20;

    @CommandLine.Mixin ModelOption modelOption = new ModelOption();

    @Option(names = "--funnel", paramLabel = "stages|TOUCHPOINT,...", defaultValue = "stages",
        description = "The steps of the funnel: the map's stages, or touchpoint ids in order, comma-separated "
            + "(default: ${DEFAULT-VALUE}).")
    String funnel = "stages";

    @Option(names = "--group-by", paramLabel = "channel|staff|COLUMN",
        description = "Also the funnel of each group of episodes: by the channel of the first touchpoint, the "
            + "staff member or the value of a column of the log at the first encounter that has one.")
    @Nullable String groupBy;

    @Option(names = "--damage", paramLabel = "LEVEL", defaultValue = "-2",
        description = "A moment at this level or lower (-3..-1) is damaging: what precedes it, and whether the "
            + "episode recovers after it (default: ${DEFAULT-VALUE}).")
    int damage = -2;

    @Option(names = "--recovered", paramLabel = "LEVEL", defaultValue = "1",
        description = "A later moment at this level or higher recovers a damaged episode, above --damage "
            + "(default: ${DEFAULT-VALUE}).")
    int recovered = 1;

    @Option(names = "--min-support", paramLabel = "N", defaultValue = "5",
        description = "Show a preceding touchpoint or path only when it comes before at least N scored "
            + "moments (default: ${DEFAULT-VALUE}); the others are counted.")
    long minSupport = 5;

    @Option(names = "--ratings-scale", paramLabel = "MIN..MAX", defaultValue = "1..7",
        description = "The scale of the ABC ratings (default: ${DEFAULT-VALUE}).")
    String ratingsScale = "1..7";

    @CommandLine.Mixin ThreadsOption threadsOption = new ThreadsOption();

    @CommandLine.Mixin FormatOption formatOption = new FormatOption();

    @CommandLine.Mixin EncodingOption encodingOption = new EncodingOption();

    @CommandLine.Mixin Common common = new Common();

    /** The funnel of {@code --funnel} and {@code --group-by}, its touchpoints checked against the map. */
    private io.github.mot.scoring.Funnel funnel(CustomerJourney journey) {
      io.github.mot.scoring.Funnel f;
      if (funnel.strip().equalsIgnoreCase("stages")) {
        f = io.github.mot.scoring.Funnel.ofStages(journey);
      } else {
        List<String> ids = java.util.Arrays.stream(funnel.split(",", -1)).map(String::strip).toList();
        for (String id : ids) {
          if (journey.touchpoint(id).isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--funnel " + (id.isEmpty() ? "has an empty step" : id
                + " is not a touchpoint of the map '" + journey.name() + "'") + "; its touchpoints are "
                + journey.touchpoints().stream().map(t -> t.id()).toList() + ", or use --funnel stages");
          }
        }
        if (new java.util.HashSet<>(ids).size() < ids.size()) {
          throw new ParameterException(spec.commandLine(), "--funnel names a touchpoint twice: " + funnel);
        }
        f = io.github.mot.scoring.Funnel.of(ids);
      }
      String g = groupBy == null ? "" : groupBy.strip();
      if (groupBy != null && g.isEmpty()) {
        throw new ParameterException(spec.commandLine(), "--group-by must be channel, staff or a column of the log");
      }
      return g.isEmpty() ? f : f.withGroupBy(g.equalsIgnoreCase("channel") ? io.github.mot.scoring.EpisodeGrouping.channel()
          : g.equalsIgnoreCase("staff") ? io.github.mot.scoring.EpisodeGrouping.staff()
          : io.github.mot.scoring.EpisodeGrouping.attribute(g));
    }

    @Override
    public Integer call() throws IOException {
      Locale locale = localeOption.locale();
      JourneyModel m = modelOption.model(spec);
      if (damage < -3 || damage > -1) {
        throw new ParameterException(spec.commandLine(), "--damage must be a level from -3 to -1 but was " + damage);
      }
      if (recovered <= damage || recovered > 3) {
        throw new ParameterException(spec.commandLine(), "--recovered must be a level above --damage " + damage
            + " and at most +3 but was " + recovered);
      }
      if (minSupport < 1) {
        throw new ParameterException(spec.commandLine(), "--min-support must be at least 1 but was " + minSupport);
      }
      if (top < 1) {
        throw new ParameterException(spec.commandLine(), "--top must be at least 1 but was " + top);
      }
      RatingScale sc = scale(spec, "--ratings-scale", ratingsScale);
      Format fmt = formatOption.format(spec);
      java.nio.charset.Charset charset = encodingOption.charset(spec);
      mapOptions.check(spec);
      if (gapMinutes < 1) {
        throw new ParameterException(spec.commandLine(), "--gap must be at least 1 minute but was " + gapMinutes);
      }
      if (!(minShare >= 0 && minShare <= 1)) {
        throw new ParameterException(spec.commandLine(), "--min-share must be in [0, 1] but was " + minShare);
      }
      requireFile(spec, file);
      CustomerJourney journey = mapOptions.journey(spec, locale);
      for (String id : starts) {
        if (journey.touchpoint(id.strip()).isEmpty()) {
          throw new ParameterException(spec.commandLine(), "--start " + id + " is not a touchpoint of the map '"
              + journey.name() + "'; its touchpoints are " + journey.touchpoints().stream().map(t -> t.id()).toList());
        }
      }
      common.checkLimits(spec);
      int threads = threadsOption.threads(spec);
      EncounterLogReadResult read = readLog(spec, file, journey, sc, charset, threads, common);
      io.github.mot.scoring.ObservedJourneys observed = io.github.mot.scoring.ObservedJourneys.withDefaults()
          .withJourney(journey).withGap(java.time.Duration.ofMinutes(gapMinutes))
          .withStartTouchpoints(starts.stream().map(String::strip).toList());
      io.github.mot.scoring.Funnel steps = funnel(journey);
      if (groupBy != null && !List.of("channel", "staff").contains(groupBy.strip().toLowerCase(Locale.ROOT))
          && !read.log().attributes().stream().map(a -> a.name()).toList().contains(groupBy.strip())) {
        throw new ParameterException(spec.commandLine(), "--group-by " + groupBy.strip() + " is not channel, staff or "
            + "a column of " + file + "; its columns beyond the encounter's are "
            + read.log().attributes().stream().map(a -> a.name()).toList());
      }
      Analyses.PathSettings settings = new Analyses.PathSettings(minShare, top, m, steps,
          io.github.mot.scoring.Precursors.withDefaults().withThreshold(damage).withMinSupport(minSupport),
          io.github.mot.scoring.Recovery.withDefaults().withDamageThreshold(damage).withRecoveryThreshold(recovered)
              .withModel(m), threads);
      return analyse(spec, file, read, () -> Analyses.paths(observed.observe(read.log()), settings), fmt,
          localeOption, common, "html.title.paths", Analyses::writePaths);
    }
  }

  /** {@code mot audit}. */
  @Command(
      name = "audit",
      mixinStandardHelpOptions = true,
      description = {
        "Behaviour audit summaries: per staff member, behaviour step and touchpoint, with the trend.",
        "Columns: audit, staff, time (required), touchpoint (optional), then one column per "
            + "checklist item id holding pass, fail or n/a."
      })
  static final class AuditCommand implements Callable<Integer> {
    @Spec CommandSpec spec = CommandSpec.create();

    @CommandLine.Mixin LocaleOption localeOption = new LocaleOption();

    @Parameters(paramLabel = "AUDITS", description = "The filled-in audit forms: CSV (UTF-8 unless --encoding says otherwise) or an .xlsx workbook (see --sheet).")
    Path file = Path.of("");

    @Option(names = "--checklist", paramLabel = "FILE", required = true,
        description = "The supervision checklist: JSON (mot-core's), or CSV or .xlsx (id,text,step[,touchpoint][,weight][,critical]).")
    Path checklist = Path.of("");

    @Option(names = "--template", paramLabel = "NAME", completionCandidates = Templates.class,
        description = "Show touchpoints by their names in this built-in journey map: ${COMPLETION-CANDIDATES} "
            + "(default: their ids).")
    @Nullable String template;

    @CommandLine.Mixin FormatOption formatOption = new FormatOption();

    @CommandLine.Mixin EncodingOption encodingOption = new EncodingOption();

    @CommandLine.Mixin Common common = new Common();

    @Override
    public Integer call() throws IOException {
      Locale locale = localeOption.locale();
      Format fmt = formatOption.format(spec);
      java.nio.charset.Charset charset = encodingOption.charset(spec);
      requireFile(spec, file);
      requireFile(spec, checklist);
      common.checkLimits(spec);
      Optional<CustomerJourney> names = template == null ? Optional.empty()
          : Optional.of(JourneyTemplate.parse(choice(spec, "--template", template, new Templates()), locale).journey(locale));
      SupervisionChecklist list = Analyses.checklist(checklist, common.limits());
      AuditReader reader = AuditReader.of(list).withLimits(common.limits()).withEncoding(charset);
      AuditReader configured = common.strict ? reader.strict() : reader.lenient();
      ReadResult<Audit> read = common.read(spec, file, configured::read, configured::read);
      return analyse(spec, file, read, () -> new Analyses.Audits(list, Analyses.audits(read.values()), names), fmt,
          localeOption, common, "html.title.audits", Analyses::writeAudits);
    }
  }

  /** {@code mot volume}. */
  @Command(
      name = "volume",
      mixinStandardHelpOptions = true,
      description = "Carlzon's arithmetic: contacts = customers x contacts per customer; exposure = contacts x seconds.")
  static final class VolumeCommand implements Callable<Integer> {
    @Spec CommandSpec spec = CommandSpec.create();

    @CommandLine.Mixin LocaleOption localeOption = new LocaleOption();

    @Option(names = "--customers", paramLabel = "N", required = true, description = "Customers in the period, >= 0.")
    long customers;

    @Option(names = "--contacts", paramLabel = "K", required = true, description = "Front-line contacts per customer, >= 0.")
    double contacts;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "15", description = "Seconds per contact (default: ${DEFAULT-VALUE}, Carlzon's figure).")
    double seconds = 15;

    @Option(names = "--negative-share", paramLabel = "X", description = "Share of negative contacts in [0, 1], to project their number.")
    @Nullable Double negativeShare;

    @CommandLine.Mixin FormatOption formatOption = new FormatOption();

    @Override
    public Integer call() throws IOException {
      ContactVolume v;
      try {
        v = new ContactVolume(customers, contacts, seconds);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), String.valueOf(e.getMessage()));
      }
      OptionalDouble share = OptionalDouble.empty();
      if (negativeShare != null) {
        double x = negativeShare;
        if (!(x >= 0 && x <= 1)) {
          throw new ParameterException(spec.commandLine(), "--negative-share must be in [0, 1] but was " + x);
        }
        share = OptionalDouble.of(x);
      }
      print(spec.commandLine().getOut(), formatOption.format(spec), new Analyses.Volume(v, share), localeOption);
      return OK;
    }
  }

  /** {@code mot sample-data}. */
  @Command(
      name = "sample-data",
      mixinStandardHelpOptions = true,
      description = "Write sample data (the generator of the embedded files): survey, encounters, audits, checklist.")
  static final class SampleDataCommand implements Callable<Integer> {
    @Spec CommandSpec spec = CommandSpec.create();

    @CommandLine.Mixin LocaleOption localeOption = new LocaleOption();

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "mot-sample", description = "Directory (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("mot-sample");

    @Option(names = "--seed", defaultValue = "" + SampleData.DEFAULT_SEED, description = "Random seed (default: ${DEFAULT-VALUE}: the embedded files).")
    long seed = SampleData.DEFAULT_SEED;

    @Option(names = "--respondents", defaultValue = "" + SampleData.DEFAULT_RESPONDENTS, description = "Survey respondents (default: ${DEFAULT-VALUE}).")
    int respondents = SampleData.DEFAULT_RESPONDENTS;

    @Option(names = "--encounters", defaultValue = "" + SampleData.DEFAULT_ENCOUNTERS, description = "Encounters (default: ${DEFAULT-VALUE}).")
    int encounters = SampleData.DEFAULT_ENCOUNTERS;

    @Option(names = "--shards", defaultValue = "1", paramLabel = "N",
        description = "Write the encounters as N files encounters-00000-of-0000N.csv, ... with a header each, for Beam or Spark (default: one file, ${DEFAULT-VALUE}).")
    int shards = 1;

    @Override
    public Integer call() throws IOException {
      SampleData data;
      try {
        data = SampleData.withDefaults().withSeed(seed).withRespondents(respondents).withEncounters(encounters);
        if (shards < 1 || shards > 10_000) {
          throw new IllegalArgumentException("--shards must be in [1, 10000] but was " + shards);
        }
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), String.valueOf(e.getMessage()));
      }
      for (Path p : data.writeTo(out, shards)) {
        spec.commandLine().getOut().println(p);
      }
      return OK;
    }
  }

  /** Reads an embedded sample file. */
  static Reader embedded(String name) {
    return new InputStreamReader(SampleData.openEmbedded(name), StandardCharsets.UTF_8);
  }
}
