package io.github.mot.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mot.core.BehaviourStep;
import io.github.mot.core.ChecklistItem;
import io.github.mot.core.CustomerJourney;
import io.github.mot.core.JourneyTemplate;
import io.github.mot.core.SupervisionChecklist;
import io.github.mot.core.Touchpoint;
import io.github.mot.servqual.Dimension;
import io.github.mot.servqual.Instrument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * The sample data of the {@code mot} command line and its generator: a bank-branch SERVQUAL survey,
 * a retail store's encounter log over the ten moments of {@link JourneyTemplate#RETAIL_COUNTER},
 * and supervision audits of the store's staff with their checklist. The files shipped in the
 * module (and used by {@code mot demo}) are exactly what {@code SampleData.withDefaults()} writes;
 * a test checks this byte for byte. Make more or bigger files with another seed or size:
 *
 * <pre>{@code
 * SampleData.withDefaults().withSeed(7).withRespondents(3_000).withEncounters(50_000)
 *     .writeTo(Path.of("my-sample"));
 * }</pre>
 *
 * <p>or from the command line: {@code java -jar mot-examples/target/mot.jar sample-data --out
 * my-sample --seed 7 --respondents 3000 --encounters 50000}.
 *
 * <h2>How the data are made</h2>
 *
 * <p>Everything is drawn from one {@link SplittableRandom} seeded with {@link #seed()}, so the
 * same settings give the same bytes on every machine and JDK.
 *
 * <ul>
 *   <li><b>Survey</b> ({@value #SURVEY}): the 22-item standard instrument on 1..7; four branches
 *       (north, south, east, central), each with its own quality per dimension; each respondent has
 *       a personal expectation and perception level. Every item is asked four times: adequate
 *       service A, desired service D (PZB 1994 three-column format), expectation E and perception P
 *       (answers drawn around the dimension's level plus the respondent's and item noise, rounded
 *       and clipped to 1..7, with {@code A <= D}); importance points over the five dimensions sum to
 *       100 (around 32/22/19/15/12 for reliability, responsiveness, assurance, empathy and
 *       tangibles, as PZB 1991 report). About 0.2 % of the answers are left blank (missing).
 *   <li><b>Encounters</b> ({@value #ENCOUNTERS}): customers visit the retail counter on opening
 *       days (Monday to Saturday, 09:00-20:00 UTC) from 2 March 2026 for 26 weeks and walk the
 *       map in order with known rates (the constants below, which the tests find again in the
 *       log): a customer who has come so far leaves the store before a touchpoint with the
 *       probability {@link #LEAVES} gives (a drop-off: no later encounter, not even the farewell),
 *       and otherwise meets it with the probability {@link #MEETS} gives (a skipped moment of
 *       truth when not); packing only follows paying; after handling objections {@link #LOOP} of
 *       the customers go back to presenting goods once (a loop); after-sales service comes 2 to 21
 *       days later (an episode of its own). Ten staff members
 *       serve them by role, each with a skill level; touchpoints differ in difficulty (objections and
 *       the pay desk are the weak spots). The ABC ratings on 1..7 follow the staff member's skill and
 *       the customer's mood; the scorecard level (-3..+3) follows the first impression and the
 *       touchpoint's difficulty. A few encounters have no ratings or no level.
 *   <li><b>Audits</b> ({@value #AUDITS}, checklist {@value #CHECKLIST}): every staff member is audited
 *       twice a month for six months against a 13-item checklist over the four behaviour steps
 *       (Explore, Offer, Act, Confirm), two items critical. Each item is passed with a probability
 *       that grows with the staff member's skill and, for most of them, with training over the
 *       months; items that did not arise are not applicable.
 * </ul>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class SampleData {

  /** The file name of the survey: {@value}. */
  public static final String SURVEY = "bank-survey.csv";

  /** The file name of the encounter log: {@value}. */
  public static final String ENCOUNTERS = "retail-encounters.csv";

  /** The file name of the audits: {@value}. */
  public static final String AUDITS = "retail-audits.csv";

  /** The file name of the audit checklist (JSON): {@value}. */
  public static final String CHECKLIST = "retail-checklist.json";

  /** The default seed: {@value}. */
  public static final long DEFAULT_SEED = 20_261_124L;

  /** The default number of survey respondents: {@value}. */
  public static final int DEFAULT_RESPONDENTS = 300;

  /** The default number of encounters: {@value}. */
  public static final int DEFAULT_ENCOUNTERS = 5_000;

  private static final String RESOURCES = "/io/github/mot/examples/sample/";
  private static final String[] BRANCHES = {"north", "south", "east", "central"};
  private static final Instant START = Instant.parse("2026-03-02T00:00:00Z");
  private static final int WEEKS = 26;
  private static final int AUDIT_MONTHS = 6;

  private final long seed;
  private final int respondents;
  private final int encounters;

  private SampleData(long seed, int respondents, int encounters) {
    this.seed = seed;
    this.respondents = respondents;
    this.encounters = encounters;
  }

  /**
   * The settings of the shipped files: seed {@value #DEFAULT_SEED}, {@value #DEFAULT_RESPONDENTS}
   * respondents, {@value #DEFAULT_ENCOUNTERS} encounters.
   *
   * @return the default generator
   */
  public static SampleData withDefaults() {
    return new SampleData(DEFAULT_SEED, DEFAULT_RESPONDENTS, DEFAULT_ENCOUNTERS);
  }

  /**
   * A copy with another seed.
   *
   * @param seed any long
   * @return the changed copy
   */
  public SampleData withSeed(long seed) {
    return new SampleData(seed, respondents, encounters);
  }

  /**
   * A copy with another number of survey respondents.
   *
   * @param respondents from 1 to 10,000,000
   * @return the changed copy
   * @throws IllegalArgumentException if {@code respondents} is out of range
   */
  public SampleData withRespondents(int respondents) {
    if (respondents < 1 || respondents > 10_000_000) {
      throw new IllegalArgumentException(
          "respondents must be in [1, 10000000] but was " + respondents);
    }
    return new SampleData(seed, respondents, encounters);
  }

  /**
   * A copy with another number of encounters.
   *
   * @param encounters from 1 to 100,000,000
   * @return the changed copy
   * @throws IllegalArgumentException if {@code encounters} is out of range
   */
  public SampleData withEncounters(int encounters) {
    if (encounters < 1 || encounters > 100_000_000) {
      throw new IllegalArgumentException(
          "encounters must be in [1, 100000000] but was " + encounters);
    }
    return new SampleData(seed, respondents, encounters);
  }

  /**
   * The seed of the random draws.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * The number of survey respondents.
   *
   * @return at least 1
   */
  public int respondents() {
    return respondents;
  }

  /**
   * The number of encounters in the log.
   *
   * @return at least 1
   */
  public int encounters() {
    return encounters;
  }

  /**
   * Writes the four files ({@value #SURVEY}, {@value #ENCOUNTERS}, {@value #AUDITS}, {@value
   * #CHECKLIST}) into {@code dir}, UTF-8 with {@code \n} line ends, replacing files of those names.
   *
   * @param dir the directory, created if missing
   * @return the paths written, in that order
   * @throws IOException if a file cannot be written
   */
  public List<Path> writeTo(Path dir) throws IOException {
    Files.createDirectories(dir);
    List<Path> written = new ArrayList<>();
    written.add(Files.writeString(dir.resolve(SURVEY), surveyCsv(), StandardCharsets.UTF_8));
    written.add(
        Files.writeString(dir.resolve(ENCOUNTERS), encountersCsv(), StandardCharsets.UTF_8));
    written.add(Files.writeString(dir.resolve(AUDITS), auditsCsv(), StandardCharsets.UTF_8));
    written.add(Files.writeString(dir.resolve(CHECKLIST), checklistJson(), StandardCharsets.UTF_8));
    return written;
  }

  /**
   * Writes the four files as {@link #writeTo(Path)} does, the encounter log cut into {@code
   * shards} files for an engine that reads shards in parallel (Apache Beam, Spark):
   * {@code encounters-00000-of-00004.csv} to {@code encounters-00003-of-00004.csv} for 4 shards
   * (Beam's shard naming), each with the header, the rows in time order in contiguous runs of
   * equal size (the first shards one row longer when the rows do not divide evenly), together the
   * rows of {@value #ENCOUNTERS}. With one shard, the same files as {@link #writeTo(Path)}.
   *
   * @param dir the directory, created if missing
   * @param shards the number of encounter files, from 1 to 10,000
   * @return the paths written: survey, the encounter shards in order, audits, checklist
   * @throws IllegalArgumentException if {@code shards} is out of range
   * @throws IOException if a file cannot be written
   * @since 0.4.0
   */
  public List<Path> writeTo(Path dir, int shards) throws IOException {
    if (shards < 1 || shards > 10_000) {
      throw new IllegalArgumentException("shards must be in [1, 10000] but was " + shards);
    }
    if (shards == 1) {
      return writeTo(dir);
    }
    Files.createDirectories(dir);
    List<Path> written = new ArrayList<>();
    written.add(Files.writeString(dir.resolve(SURVEY), surveyCsv(), StandardCharsets.UTF_8));
    List<String> lines = encountersCsv().lines().toList();
    String header = lines.get(0);
    int rows = lines.size() - 1;
    int from = 1;
    for (int k = 0; k < shards; k++) {
      int size = rows / shards + (k < rows % shards ? 1 : 0);
      StringBuilder text = new StringBuilder(header).append('\n');
      for (String line : lines.subList(from, from + size)) {
        text.append(line).append('\n');
      }
      from += size;
      String name = String.format(java.util.Locale.ROOT, "encounters-%05d-of-%05d.csv", k, shards);
      written.add(Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8));
    }
    written.add(Files.writeString(dir.resolve(AUDITS), auditsCsv(), StandardCharsets.UTF_8));
    written.add(Files.writeString(dir.resolve(CHECKLIST), checklistJson(), StandardCharsets.UTF_8));
    return written;
  }

  /**
   * Opens one of the files shipped in the module (made with the default settings).
   *
   * @param name {@value #SURVEY}, {@value #ENCOUNTERS}, {@value #AUDITS} or {@value #CHECKLIST}
   * @return the file's bytes; the caller closes the stream
   * @throws IllegalArgumentException if there is no such file
   */
  public static InputStream openEmbedded(String name) {
    Objects.requireNonNull(name, "name");
    if (!List.of(SURVEY, ENCOUNTERS, AUDITS, CHECKLIST).contains(name)) {
      throw new IllegalArgumentException(
          "sample file must be one of " + SURVEY + ", " + ENCOUNTERS + ", " + AUDITS + ", "
              + CHECKLIST + " but was '" + name + "'");
    }
    InputStream in = SampleData.class.getResourceAsStream(RESOURCES + name);
    if (in == null) {
      throw new IllegalStateException("sample file " + name + " is missing from the module");
    }
    return in;
  }

  /**
   * The text of one of the shipped files.
   *
   * @param name {@value #SURVEY}, {@value #ENCOUNTERS}, {@value #AUDITS} or {@value #CHECKLIST}
   * @return the UTF-8 text
   * @throws IllegalArgumentException if there is no such file
   */
  public static String embedded(String name) {
    try (InputStream in = openEmbedded(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the shipped files into {@code dir}: a quick way to get the sample to look at or edit.
   *
   * @param dir the directory, created if missing
   * @return the paths written
   * @throws IOException if a file cannot be written
   */
  public static List<Path> copyEmbedded(Path dir) throws IOException {
    Files.createDirectories(dir);
    List<Path> written = new ArrayList<>();
    for (String name : List.of(SURVEY, ENCOUNTERS, AUDITS, CHECKLIST)) {
      written.add(Files.writeString(dir.resolve(name), embedded(name), StandardCharsets.UTF_8));
    }
    return written;
  }

  // ---------------------------------------------------------------- survey

  /**
   * The survey as CSV text, in the format {@code SurveyReader} reads: {@code
   * respondent,branch,E1..E22,P1..P22,A1..A22,D1..D22,W_TANGIBLES,...,W_EMPATHY}.
   *
   * @return the CSV text
   */
  public String surveyCsv() {
    SplittableRandom r = new SplittableRandom(seed);
    Instrument ins = Instrument.standard();
    List<Dimension> dims = ins.dimensions(); // tangibles, reliability, responsiveness, assurance, empathy
    // Expectation (and desired level) per dimension, and each branch's delivered quality.
    double[] expect = {5.6, 6.4, 6.1, 6.2, 5.7};
    double[][] perform = {
      {5.6, 5.4, 5.2, 5.7, 5.1}, // north
      {4.9, 4.6, 4.3, 5.3, 4.8}, // south
      {6.0, 5.8, 5.6, 6.0, 5.5}, // east
      {5.3, 5.0, 4.4, 5.5, 4.5}, // central
    };
    double[] points = {12, 32, 22, 19, 15};
    StringBuilder sb = new StringBuilder("respondent,branch");
    for (String kind : List.of("E", "P", "A", "D")) {
      for (int i = 1; i <= ins.size(); i++) {
        sb.append(',').append(kind).append(i);
      }
    }
    for (Dimension d : dims) {
      sb.append(",W_").append(d.name());
    }
    sb.append('\n');
    for (int resp = 1; resp <= respondents; resp++) {
      int branch = r.nextInt(BRANCHES.length);
      double eShift = 0.45 * r.nextGaussian();
      double pShift = 0.55 * r.nextGaussian();
      int n = ins.size();
      int[] e = new int[n];
      int[] p = new int[n];
      int[] a = new int[n];
      int[] dd = new int[n];
      for (int i = 0; i < n; i++) {
        int d = dims.indexOf(ins.items().get(i).dimension());
        e[i] = clip(expect[d] + eShift + 0.6 * r.nextGaussian(), 1, 7);
        p[i] = clip(perform[branch][d] + pShift + 0.85 * r.nextGaussian(), 1, 7);
        dd[i] = clip(expect[d] + 0.2 + eShift + 0.5 * r.nextGaussian(), 1, 7);
        a[i] = Math.min(dd[i], clip(expect[d] - 1.6 + eShift + 0.7 * r.nextGaussian(), 1, 7));
      }
      sb.append(resp).append(',').append(BRANCHES[branch]);
      for (int[] kind : List.of(e, p, a, dd)) {
        for (int v : kind) {
          sb.append(',');
          if (r.nextInt(1000) >= 2) { // 0.2 % missing answers
            sb.append(v);
          }
        }
      }
      for (int w : importancePoints(r, points)) {
        sb.append(',').append(w);
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  /** Integer points summing to 100 around the given shares. */
  private static int[] importancePoints(SplittableRandom r, double[] base) {
    double[] raw = new double[base.length];
    double sum = 0;
    for (int i = 0; i < base.length; i++) {
      raw[i] = Math.max(1, base[i] * (1 + 0.35 * r.nextGaussian()));
      sum += raw[i];
    }
    int[] pts = new int[base.length];
    int total = 0;
    for (int i = 0; i < base.length; i++) {
      pts[i] = (int) Math.round(100 * raw[i] / sum);
      total += pts[i];
    }
    // Put the rounding remainder on the largest share, so the row sums to exactly 100.
    int largest = 0;
    for (int i = 1; i < pts.length; i++) {
      if (pts[i] > pts[largest]) {
        largest = i;
      }
    }
    pts[largest] += 100 - total;
    return pts;
  }

  private static int clip(double x, int lo, int hi) {
    return (int) Math.max(lo, Math.min(hi, Math.round(x)));
  }

  // ---------------------------------------------------------------- encounters

  /** A staff member of the sample store. */
  private record Staff(String id, String role, double skill, double appearance, double trend) {}

  private static final List<Staff> STAFF =
      List.of(
          new Staff("s01", "store staff", 0.3, 0.4, 0.00),
          new Staff("s02", "store staff", -0.2, 0.0, 0.05),
          new Staff("s03", "sales assistant", 0.6, 0.5, 0.00),
          new Staff("s04", "sales assistant", 0.1, 0.2, 0.08),
          new Staff("s05", "sales assistant", -0.6, -0.3, 0.12),
          new Staff("s06", "sales assistant", 0.3, -0.1, 0.02),
          new Staff("s07", "cashier", -0.3, 0.1, 0.04),
          new Staff("s08", "cashier", 0.2, 0.3, 0.00),
          new Staff("s09", "customer service", 0.0, 0.0, 0.06),
          new Staff("s10", "customer service", -0.4, -0.2, 0.10));

  /** Difficulty of each retail touchpoint, in journey order: higher is easier to get right. */
  private static final double[] EASE = {0.4, 0.6, 0.0, 0.3, 0.2, -1.0, -0.7, 0.1, 0.4, -0.5};

  /**
   * The chance that a customer who has not left meets each retail touchpoint, in journey order
   * (entering, greeting, exploring needs, presenting goods, trying, handling objections, paying,
   * packing, farewell, after-sales): 1, 0.97, 0.9, 0.85, 0.6, 0.4, 0.75, 1 (after paying), 0.95,
   * 0.12. A copy is returned.
   */
  static double[] meets() {
    return MEETS.clone();
  }

  private static final double[] MEETS = {1, 0.97, 0.9, 0.85, 0.6, 0.4, 0.75, 1, 0.95, 0.12};

  /**
   * The chance that a customer still in the store leaves before each retail touchpoint, in
   * journey order: 5 % before exploring needs, 4 % before presenting goods, 10 % before paying,
   * 0 elsewhere. A copy is returned.
   */
  static double[] leaves() {
    return LEAVES.clone();
  }

  private static final double[] LEAVES = {0, 0, 0.05, 0.04, 0, 0, 0.10, 0, 0, 0};

  /** The chance that a customer who met handling objections goes back to presenting goods once: {@value}. */
  static final double LOOP = 0.2;

  /** The journey position of presenting goods and of handling objections on the retail map. */
  private static final int PRESENTING = 3;

  private static final int OBJECTIONS = 5;

  /**
   * The encounter log as CSV text, in the format of {@code mot journey}: {@code
   * customer,touchpoint,time,staff,appearance,behaviour,communication,level,seconds}, sorted by
   * time. Ratings are on 1..7, levels -3..+3.
   *
   * @return the CSV text
   */
  public String encountersCsv() {
    SplittableRandom r = new SplittableRandom(seed ^ 0x5EED_0E0CL);
    CustomerJourney journey = JourneyTemplate.RETAIL_COUNTER.journey();
    List<Touchpoint> tps = journey.touchpoints();
    List<String> rows = new ArrayList<>();
    long openSeconds = 11 * 3600L;
    int customer = 0;
    int made = 0;
    while (made < encounters) {
      customer++;
      LocalDate day = openDay(r);
      Instant t =
          day.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(9 * 3600L + r.nextLong(openSeconds));
      double mood = 0.5 * r.nextGaussian();
      double months = Duration.between(START, t).toDays() / 30.0;
      boolean paid = false;
      boolean looped = false;
      for (int step = 0; step < tps.size() && made < encounters; step++) {
        int i = step;
        if (looped) {
          i = PRESENTING; // back to presenting goods once, then on to paying
          step = OBJECTIONS;
          looped = false;
        } else {
          if (LEAVES[step] > 0 && r.nextDouble() < LEAVES[step]) {
            break;
          }
          if (r.nextDouble() >= MEETS[i] || (tps.get(i).id().equals("packing") && !paid)) {
            continue;
          }
          looped = i == OBJECTIONS && r.nextDouble() < LOOP;
        }
        Touchpoint tp = tps.get(i);
        paid |= tp.id().equals("paying");
        Staff s = staffFor(r, tp);
        double skill = s.skill() + s.trend() * months;
        t = t.plusSeconds(30 + r.nextInt(240));
        Instant when = tp.id().equals("after-sales") ? t.plus(Duration.ofDays(2 + r.nextInt(20))) : t;
        int a = clip(5.3 + s.appearance() + 0.3 * mood + 0.8 * r.nextGaussian(), 1, 7);
        int b = clip(4.9 + skill + EASE[i] + mood + 0.9 * r.nextGaussian(), 1, 7);
        int c = clip(4.8 + skill + 0.5 * EASE[i] + mood + 0.9 * r.nextGaussian(), 1, 7);
        double impression = 0.52 * a + 0.33 * b + 0.15 * c; // ABC weights
        int level = clip((impression - 4.9) * 1.1 + EASE[i] + 0.6 * mood + 0.9 * r.nextGaussian(), -3, 3);
        boolean rated = r.nextInt(100) >= 4;
        boolean scored = r.nextInt(100) >= 2;
        int seconds = 8 + r.nextInt(12) + (tp.id().equals("paying") ? 40 : 0);
        rows.add(
            String.format(
                Locale.ROOT,
                "%s,c%05d,%s,%s,%s,%s,%s,%s,%d",
                when,
                customer,
                tp.id(),
                s.id(),
                rated ? Integer.toString(a) : "",
                rated ? Integer.toString(b) : "",
                rated ? Integer.toString(c) : "",
                scored ? (level > 0 ? "+" + level : Integer.toString(level)) : "",
                seconds));
        made++;
      }
    }
    rows.sort(null); // ISO instants of one width sort by time; ties by customer, then touchpoint
    StringBuilder sb =
        new StringBuilder(
            "customer,touchpoint,time,staff,appearance,behaviour,communication,level,seconds\n");
    for (String row : rows) {
      // stored as time,rest: move the time to the third column
      int comma = row.indexOf(',');
      String time = row.substring(0, comma);
      String[] rest = row.substring(comma + 1).split(",", 3);
      sb.append(rest[0]).append(',').append(rest[1]).append(',').append(time).append(',')
          .append(rest[2]).append('\n');
    }
    return sb.toString();
  }

  private static LocalDate openDay(SplittableRandom r) {
    while (true) {
      LocalDate d = LocalDate.ofInstant(START, ZoneOffset.UTC).plusDays(r.nextInt(WEEKS * 7));
      if (d.getDayOfWeek() != DayOfWeek.SUNDAY) {
        return d;
      }
    }
  }

  private static Staff staffFor(SplittableRandom r, Touchpoint tp) {
    String role = tp.role().orElse("sales assistant");
    List<Staff> able = new ArrayList<>();
    for (Staff s : STAFF) {
      if (s.role().equals(role)) {
        able.add(s);
      }
    }
    return able.get(r.nextInt(able.size()));
  }

  // ---------------------------------------------------------------- audits

  /**
   * The supervision checklist of the store: 13 observable behaviours over the four steps, tied to
   * the retail touchpoints where they are observed; "charges the right amount" and "keeps the
   * promise" are critical.
   *
   * @return the checklist named {@code "Retail counter audit"}
   */
  public static SupervisionChecklist checklist() {
    return SupervisionChecklist.of(
        "Retail counter audit",
        List.of(
            item("greet-10s", "Greets the customer within 10 seconds", BehaviourStep.EXPLORE, "greeting", 1, false),
            item("eye-contact", "Makes eye contact and smiles", BehaviourStep.EXPLORE, "greeting", 1, false),
            item("open-questions", "Asks open questions about the need", BehaviourStep.EXPLORE, "exploring-needs", 2, false),
            item("listens", "Listens without interrupting", BehaviourStep.EXPLORE, "exploring-needs", 1, false),
            item("shows-options", "Presents two or more suitable options", BehaviourStep.OFFER, "presenting-goods", 2, false),
            item("explains-benefits", "Explains benefits in the customer's terms", BehaviourStep.OFFER, "presenting-goods", 1, false),
            item("handles-objection", "Acknowledges an objection before answering it", BehaviourStep.OFFER, "handling-objections", 1, false),
            item("right-amount", "Charges the right amount and gives a receipt", BehaviourStep.ACT, "paying", 1, true),
            item("keeps-promise", "Does what was promised, when it was promised", BehaviourStep.ACT, null, 2, true),
            item("packs-with-care", "Packs the goods with care", BehaviourStep.ACT, "packing", 1, false),
            item("confirms-need", "Checks that the customer has what they came for", BehaviourStep.CONFIRM, "farewell", 2, false),
            item("thanks", "Thanks the customer and invites them back", BehaviourStep.CONFIRM, "farewell", 1, false),
            item("after-sales", "Offers after-sales contact", BehaviourStep.CONFIRM, "after-sales", 1, false)));
  }

  private static ChecklistItem item(
      String id, String text, BehaviourStep step, @org.jspecify.annotations.Nullable String tp,
      double weight, boolean critical) {
    ChecklistItem.Builder b = ChecklistItem.builder();
    b.id(id).text(text).step(step).weight(weight).critical(critical);
    if (tp != null) {
      b.touchpointId(tp);
    }
    return b.build();
  }

  /** Base pass rate per checklist item, in checklist order. */
  private static final double[] PASS = {0.9, 0.85, 0.7, 0.75, 0.72, 0.62, 0.55, 0.97, 0.93, 0.88, 0.66, 0.9, 0.6};

  /** Chance that each item arises in an audited visit, in checklist order. */
  private static final double[] ARISES = {1, 1, 1, 1, 1, 1, 0.5, 0.9, 1, 0.85, 1, 1, 0.45};

  /**
   * The audits as CSV text, in the format of {@code mot audit}: {@code
   * audit,staff,touchpoint,time,<one column per checklist item>} with {@code pass}, {@code fail}
   * or {@code n/a}; the touchpoint column is blank (each audit covers a whole visit).
   *
   * @return the CSV text
   */
  public String auditsCsv() {
    SplittableRandom r = new SplittableRandom(seed ^ 0xA0D17L);
    SupervisionChecklist list = checklist();
    StringBuilder sb = new StringBuilder("audit,staff,touchpoint,time");
    for (ChecklistItem it : list.items()) {
      sb.append(',').append(it.id());
    }
    sb.append('\n');
    int id = 0;
    ZonedDateTime start = START.atZone(ZoneOffset.UTC);
    for (int month = 0; month < AUDIT_MONTHS; month++) {
      for (int half = 0; half < 2; half++) {
        for (Staff s : STAFF) {
          id++;
          ZonedDateTime when =
              start.plusMonths(month).plusDays(half * 14L + r.nextInt(12))
                  .plusHours(10 + r.nextInt(8)).plusMinutes(r.nextInt(60));
          double skill = s.skill() + 2 * s.trend() * month;
          sb.append(String.format(Locale.ROOT, "A%04d,%s,,%s", id, s.id(), when.toInstant()));
          for (int i = 0; i < PASS.length; i++) {
            String cell;
            if (r.nextDouble() >= ARISES[i]) {
              cell = "n/a";
            } else {
              double pass = Math.max(0.02, Math.min(0.995, PASS[i] + 0.15 * skill));
              cell = r.nextDouble() < pass ? "pass" : "fail";
            }
            sb.append(',').append(cell);
          }
          sb.append('\n');
        }
      }
    }
    return sb.toString();
  }

  /**
   * The checklist as JSON (mot-core's binding, two-space indentation, {@code \n} line ends).
   *
   * @return the JSON text
   */
  public String checklistJson() {
    try {
      return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(checklist())
              .replace("\r\n", "\n")
          + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the sample checklist cannot be written as JSON", e);
    }
  }

  /**
   * Writes the sample files with the default settings, or with those given: {@code [DIR [SEED
   * [RESPONDENTS [ENCOUNTERS]]]]}; DIR defaults to {@code mot-sample}.
   *
   * @param args the optional directory, seed, respondents and encounters
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    SampleData data = withDefaults();
    Path dir = Path.of(args.length > 0 ? args[0] : "mot-sample");
    if (args.length > 1) {
      data = data.withSeed(Long.parseLong(args[1]));
    }
    if (args.length > 2) {
      data = data.withRespondents(Integer.parseInt(args[2]));
    }
    if (args.length > 3) {
      data = data.withEncounters(Integer.parseInt(args[3]));
    }
    for (Path p : data.writeTo(dir)) {
      System.out.println(p);
    }
  }

  /**
   * For example {@code SampleData[seed=20261124, respondents=300, encounters=5000]}.
   *
   * @return the settings
   */
  @Override
  public String toString() {
    return "SampleData[seed=" + seed + ", respondents=" + respondents + ", encounters=" + encounters + "]";
  }
}
