package io.github.mot.examples.internal;

import io.github.mot.core.BehaviourStep;
import io.github.mot.core.CustomerJourney;
import io.github.mot.core.Labels;
import io.github.mot.core.internal.TextWidth;
import io.github.mot.core.Touchpoint;
import io.github.mot.scoring.AuditOverview;
import io.github.mot.scoring.AuditSummary;
import io.github.mot.scoring.GroupedSummary;
import io.github.mot.scoring.ScorecardSummary;
import io.github.mot.servqual.gap.GapReport;
import io.github.mot.servqual.perception.ImportancePerformanceReport;
import io.github.mot.servqual.perception.PerceptionReport;
import io.github.mot.servqual.gap.ZoneReport;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The charts of the command line, drawn with XChart, headless. Each method takes a result of the
 * library and returns an XChart chart; {@link #write} saves one as SVG and PNG, {@link #svg} gives
 * its SVG text for the HTML report. Labels come from the {@code ChartLabels} resource bundle of
 * the {@link Locale} given to {@link #of(Locale)}, looked up with mot-core's {@link Labels} (so a
 * missing language or key falls back to English); English now, add {@code
 * ChartLabels_zh.properties} for Chinese. Numbers on the axes are locale-independent.
 *
 * <p>Each chart gets a font that can draw its texts, the data's labels included, where one is
 * installed (Noto Sans CJK and the other {@link #CJK_FAMILIES} first); a text that no installed
 * font can draw is a {@link GlyphWarning} ({@link #glyphWarnings()}), logged and printed by the
 * command line.
 *
 * <p>Instances are immutable but for the glyph warnings they collect (thread-safe); XChart charts
 * are not thread-safe, so each call builds a new one.
 */
final class Charts {

  static {
    // Charts need no display: render off-screen, also when the JVM was started without the flag.
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  /** Below expectations, below the zone, failing: a warning red. */
  static final Color WARNING = new Color(0xC0, 0x39, 0x2B);
  /** Meets or exceeds: a calm green. */
  static final Color GOOD = new Color(0x2E, 0x86, 0x59);
  /** Neutral series: a blue. */
  static final Color BLUE = new Color(0x1F, 0x5F, 0x99);
  /** The zone of tolerance band. */
  static final Color BAND = new Color(0x9E, 0xC5, 0xE8);
  /** The shaded negative region. */
  static final Color NEGATIVE_REGION = new Color(0xC0, 0x39, 0x2B, 0x2A);

  /** Font families tried, in order, for text that the logical "SansSerif" font cannot show. */
  static final List<String> CJK_FAMILIES = List.of("Noto Sans CJK SC", "Noto Sans CJK KR", "Noto Sans CJK JP",
      "Noto Sans CJK TC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Noto Sans SC", "Source Han Sans SC",
      "Microsoft YaHei", "Malgun Gothic", "Yu Gothic", "SimHei", "PingFang SC", "Apple SD Gothic Neo",
      "Hiragino Sans", "Droid Sans Fallback", "AR PL UMing CN");

  /** The base name of the chart labels: {@value}. */
  static final String BUNDLE = "io.github.mot.examples.internal.ChartLabels";

  private static final System.Logger LOG = System.getLogger("io.github.mot.examples.charts");

  private final Labels labels;
  private final String labelText;
  private final Font base;
  /** The glyph warnings of the charts made so far (the one mutable part: see {@link #glyphWarnings()}). */
  private final List<GlyphWarning> warnings = java.util.Collections.synchronizedList(new ArrayList<>());

  private Charts(Labels labels) {
    this.labels = labels;
    StringBuilder all = new StringBuilder();
    for (String key : labels.keys()) {
      all.append(labels.get(key));
    }
    this.labelText = all.toString();
    this.base = font(labelText);
  }

  /**
   * A text of a chart that no installed font can draw whole: the chart shows boxes in its place.
   *
   * @param chart the chart's title
   * @param text the text
   * @param codePoint the first character that cannot be drawn
   * @param fontFamily the font family the chart uses
   */
  record GlyphWarning(String chart, String text, int codePoint, String fontFamily) {

    /**
     * The warning for people, such as {@code chart "Gap per dimension": no installed font can draw
     * "친절" (U+CE5C) ...}.
     *
     * @return the message
     */
    String message() {
      return String.format(Locale.ROOT, "chart \"%s\": no installed font can draw \"%s\" (U+%04X, drawn as a box"
          + " in %s); install a font that covers Chinese, Japanese and Korean, such as Noto Sans CJK"
          + " (Debian: apt-get install fonts-noto-cjk)", chart, text, codePoint, fontFamily);
    }
  }

  /**
   * The glyph warnings of the charts these charts made, in order: texts (labels of the data or of
   * the language) that no installed font can draw, each also logged at {@code WARNING} to the
   * {@code System.Logger} {@code io.github.mot.examples.charts}. The command line prints them as
   * warning lines.
   *
   * @return the warnings so far
   */
  List<GlyphWarning> glyphWarnings() {
    synchronized (warnings) {
      return List.copyOf(warnings);
    }
  }

  /**
   * Gives a chart a font that can draw all its texts (its title, series names and the given texts:
   * the data's labels on the axes and in the plot) where one is installed, and records a {@link GlyphWarning} for each text that
   * no installed font can draw.
   */
  private <C extends Chart<?, ?>> C fit(C chart, List<String> dataTexts) {
    List<String> texts = new ArrayList<>(dataTexts);
    texts.add(chart.getTitle());
    for (org.knowm.xchart.internal.series.Series s : chart.getSeriesCollection()) {
      texts.add(s.getName());
    }
    texts.removeIf(t -> t == null || t.isEmpty());
    String all = String.join("", texts);
    Font font = base;
    if (base.canDisplayUpTo(all) != -1) {
      font = font(labelText + all);
      if (chart.getStyler() instanceof AxesChartStyler s) {
        fonts(s, font);
      }
    }
    for (String text : texts) {
      int at = font.canDisplayUpTo(text);
      if (at >= 0) {
        GlyphWarning w = new GlyphWarning(chart.getTitle(), text, text.codePointAt(at), font.getFamily(Locale.ROOT));
        warnings.add(w);
        LOG.log(System.Logger.Level.WARNING, w.message());
      }
    }
    return chart;
  }

  private static void fonts(AxesChartStyler s, Font font) {
    s.setChartTitleFont(font.deriveFont(Font.BOLD, 15f));
    s.setLegendFont(font);
    s.setAxisTitleFont(font.deriveFont(Font.BOLD));
    s.setAxisTickLabelsFont(font);
    s.setAnnotationTextFont(font.deriveFont(Font.BOLD, 12f));
  }

  /**
   * A 12-point plain font that can display {@code text}: the logical "SansSerif" if it can, else
   * the first installed family of {@link #CJK_FAMILIES} (or any installed family) that can, else
   * "SansSerif" (whose missing glyphs then show as boxes; install a CJK font such as Debian's
   * {@code fonts-noto-cjk}, which covers Chinese, Japanese and Korean).
   */
  static Font font(String text) {
    Font sans = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    if (sans.canDisplayUpTo(text) == -1) {
      return sans;
    }
    java.util.Set<String> installed = new java.util.LinkedHashSet<>(List.of(
        java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT)));
    List<String> candidates = new ArrayList<>();
    for (String f : CJK_FAMILIES) {
      if (installed.contains(f)) {
        candidates.add(f);
      }
    }
    candidates.addAll(installed);
    for (String family : candidates) {
      Font f = new Font(family, Font.PLAIN, 12);
      if (f.canDisplayUpTo(text) == -1) {
        return f;
      }
    }
    return sans;
  }

  /** The font family the charts use. */
  String fontFamily() {
    return base.getFamily(Locale.ROOT);
  }

  /** A dimension's name on a chart: the translated label where the labels are translated, else lower case. */
  private String dim(io.github.mot.servqual.Dimension d) {
    return labels.bundleLocale().getLanguage().isEmpty() ? d.name().toLowerCase(Locale.ROOT) : d.label(labels.locale());
  }

  /** The locale of the labels. */
  Locale locale() {
    return labels.locale();
  }

  /** A text of the labels by key (also the HTML report's headings). */
  String text(String key) {
    return labels.get(key);
  }

  /**
   * Charts with labels in the given locale (falling back to English).
   *
   * @param locale the language of titles, axes and legends
   * @return the charts
   */
  static Charts of(Locale locale) {
    return new Charts(words(locale));
  }

  /**
   * The texts of the chart bundle in a language (also the words of the text reports), without
   * choosing a font.
   *
   * @param locale the language
   * @return the labels, falling back to English
   */
  static Labels words(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    // mot-core's Labels: the same lookup and English fallback as every label of the library.
    return Labels.forBundle(BUNDLE, locale, Charts.class.getModule());
  }

  private String t(String key) {
    return labels.get(key);
  }

  /** An XY chart in the house style, with its title and axis titles. */
  private XYChart xyChart(int width, int height, String title, String xAxis, String yAxis) {
    XYChart c = new XYChart(width, height);
    c.setTitle(title);
    c.setXAxisTitle(xAxis);
    c.setYAxisTitle(yAxis);
    style(c.getStyler());
    return c;
  }

  private void style(AxesChartStyler s) {
    Font base = this.base;
    s.setChartBackgroundColor(Color.WHITE);
    s.setPlotBackgroundColor(Color.WHITE);
    s.setPlotBorderColor(Color.GRAY);
    fonts(s, base);
    s.setLegendPosition(Styler.LegendPosition.OutsideS);
    s.setLegendLayout(Styler.LegendLayout.Horizontal);
    s.setLegendBorderColor(Color.WHITE);
    s.setChartPadding(12);
    s.setPlotGridLinesColor(new Color(0xDD, 0xDD, 0xDD));
  }

  /**
   * The gap per dimension: one bar each, red below zero, green at or above.
   *
   * @param report the gap report
   * @return the chart
   */
  CategoryChart gapByDimension(GapReport report) {
    CategoryChart c = new CategoryChart(800, 480);
    c.setTitle(t("gap.dimension.title"));
    c.setXAxisTitle(t("dimension.axis"));
    c.setYAxisTitle(t("gap.axis"));
    List<String> names = new ArrayList<>();
    List<Double> gaps = new ArrayList<>();
    for (GapReport.DimensionGap d : report.dimensions()) {
      names.add(dim(d.dimension()));
      gaps.add(d.meanGap());
    }
    gapBars(c, names, gaps);
    return fit(c, names);
  }

  /**
   * Styles a gap chart and adds its bars: one per name, red below zero, green at or above; an
   * undefined gap (NaN) draws no bar. The value axis leaves room around the bars and zero.
   */
  private void gapBars(CategoryChart c, List<String> names, List<Double> gaps) {
    style(c.getStyler());
    c.getStyler().setOverlapped(true);
    c.getStyler().setYAxisDecimalPattern("0.0");
    c.getStyler().setLabelsVisible(false);
    List<Double> below = new ArrayList<>();
    List<Double> above = new ArrayList<>();
    for (double gap : gaps) {
      double g = Double.isFinite(gap) ? gap : 0.0;
      below.add(g < 0 ? g : 0.0);
      above.add(g >= 0 ? g : 0.0);
    }
    c.addSeries(t("gap.shortfall"), names, below).setFillColor(WARNING);
    c.addSeries(t("gap.surplus"), names, above).setFillColor(GOOD);
    c.getStyler().setYAxisMax(Math.max(0.5, maxOf(above) + 0.25));
    c.getStyler().setYAxisMin(Math.min(-0.5, minOf(below) - 0.25));
  }

  /**
   * The gap per item: one bar per item, numbered, red below zero, green at or above; the axis title
   * says which items form each dimension (the labels are in the tables).
   *
   * @param report the gap report
   * @return the chart
   */
  CategoryChart gapByItem(GapReport report) {
    int n = report.items().size();
    CategoryChart c = new CategoryChart(Math.max(800, Math.min(1800, 160 + 36 * n)), 500);
    c.setTitle(t("gap.item.title"));
    c.getStyler().setXAxisMaxLabelCount(n + 1);
    c.setYAxisTitle(t("gap.axis"));
    List<String> names = new ArrayList<>();
    List<Double> gaps = new ArrayList<>();
    StringBuilder groups = new StringBuilder();
    String dimension = "";
    int from = 0;
    for (GapReport.ItemGap it : report.items()) {
      names.add(Integer.toString(it.id()));
      gaps.add(it.meanGap());
      String d = dim(it.dimension());
      if (!d.equals(dimension)) {
        appendGroup(groups, dimension, from, it.id() - 1);
        dimension = d;
        from = it.id();
      }
    }
    appendGroup(groups, dimension, from, n);
    c.setXAxisTitle(t("item.axis") + ": " + groups);
    gapBars(c, names, gaps);
    return fit(c, List.of(t("item.axis") + ": " + groups));
  }

  /**
   * The mean perception per dimension of a perception-only (SERVPERF) analysis: one bar per
   * dimension on the answer scale, an undefined mean (NaN) drawing no bar.
   *
   * @param report the perception report
   * @param scale the answer scale, the value axis's range
   * @return the chart
   */
  CategoryChart perceptionByDimension(PerceptionReport report, io.github.mot.core.RatingScale scale) {
    CategoryChart c = new CategoryChart(800, 480);
    c.setTitle(t("perception.dimension.title"));
    c.setXAxisTitle(t("dimension.axis"));
    c.setYAxisTitle(t("perception.axis"));
    style(c.getStyler());
    c.getStyler().setYAxisDecimalPattern("0.0");
    c.getStyler().setLabelsVisible(false);
    c.getStyler().setLegendVisible(false);
    List<String> names = new ArrayList<>();
    List<Double> means = new ArrayList<>();
    for (PerceptionReport.DimensionPerception d : report.dimensions()) {
      names.add(dim(d.dimension()));
      double m = d.perception().mean();
      means.add(Double.isFinite(m) ? m : scale.min());
    }
    c.addSeries(t("perception.axis"), names, means).setFillColor(GOOD);
    c.getStyler().setYAxisMin((double) scale.min());
    c.getStyler().setYAxisMax((double) scale.max());
    return c;
  }

  private static void appendGroup(StringBuilder sb, String dimension, int from, int to) {
    if (dimension.isEmpty()) {
      return;
    }
    if (sb.length() > 0) {
      sb.append(", ");
    }
    sb.append(from == to ? Integer.toString(from) : from + "-" + to).append(' ').append(dimension);
  }

  /**
   * The zones of tolerance per dimension: a vertical band from the mean adequate to the mean
   * desired level, and a marker at the mean perception (red below the band).
   *
   * @param report the zone report
   * @return the chart
   */
  XYChart zones(ZoneReport report) {
    XYChart c = xyChart(800, 480, t("zones.title"), t("dimension.axis"), t("zones.axis"));
    List<ZoneReport.Zone> dims = report.dimensions();
    int n = dims.size();
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    boolean first = true;
    List<String> names = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ZoneReport.Zone z = dims.get(i);
      names.add(dim(z.dimension()));
      bar(c, first ? t("zones.band") : "zone " + i, i + 1, z.meanAdequate(), i + 1, z.meanDesired(),
          BAND, 34f, first);
      first = false;
      lo = Math.min(lo, Math.min(z.meanAdequate(), z.meanPerceived()));
      hi = Math.max(hi, Math.max(z.meanDesired(), z.meanPerceived()));
    }
    List<Double> xs = new ArrayList<>();
    List<Double> ys = new ArrayList<>();
    List<Double> xBelow = new ArrayList<>();
    List<Double> yBelow = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ZoneReport.Zone z = dims.get(i);
      boolean below = z.meanPerceived() < z.meanAdequate();
      (below ? xBelow : xs).add(i + 1.0);
      (below ? yBelow : ys).add(z.meanPerceived());
    }
    if (!xs.isEmpty()) {
      markers(c.addSeries(t("zones.perceived"), xs, ys), SeriesMarkers.DIAMOND, BLUE);
    }
    if (!xBelow.isEmpty()) {
      markers(c.addSeries(t("zones.perceived") + " < adequate", xBelow, yBelow), SeriesMarkers.DIAMOND, WARNING);
    }
    c.getStyler().setMarkerSize(14);
    categoryAxis(c.getStyler(), names, 660);
    c.getStyler().setYAxisMin(Math.floor(lo - 0.3));
    c.getStyler().setYAxisMax(Math.ceil(hi + 0.3));
    c.getStyler().setYAxisDecimalPattern("0.0");
    return fit(c, names);
  }

  /**
   * An x axis from 0.5 to n + 0.5 with the names at 1..n. XChart picks the finest tick step whose
   * labels do not overlap, no finer than the spacing hint: a hint of most of one category's width
   * makes the step 1.
   */
  private static void categoryAxis(AxesChartStyler s, List<String> names, int plotWidth) {
    s.setXAxisMin(0.5);
    s.setXAxisMax(names.size() + 0.5);
    s.setXAxisTickMarkSpacingHint(Math.max(30, (int) (0.7 * plotWidth / Math.max(1, names.size()))));
    s.setxAxisTickLabelsFormattingFunction(x -> nameAt(names, x));
  }

  private static String nameAt(List<String> names, double x) {
    double r = Math.rint(x);
    int i = (int) r - 1;
    if (Math.abs(x - r) < 1e-6 && i >= 0 && i < names.size()) {
      return names.get(i);
    }
    // Between names: blank, but the two ends of the axis must differ (XChart gives up on an axis
    // whose end labels are equal), and stay short (XChart sizes ticks by the longest label).
    return x < (names.size() + 1) / 2.0 ? " " : "  ";
  }

  /** A series drawn as markers only (no line), each {@code marker} in {@code color}. */
  private static void markers(XYSeries series, Marker marker, Color color) {
    series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    series.setMarker(marker);
    series.setMarkerColor(color);
  }

  /**
   * A legend entry with a square swatch of {@code color}: a one-point series far outside the
   * axes, so it is clipped from the plot.
   */
  private static void swatch(XYChart c, String name, Color color) {
    markers(c.addSeries(name, new double[] {-1e6}, new double[] {-1e6}), SeriesMarkers.SQUARE, color);
  }

  /** A bar drawn as a thick line from {@code (x0, y0)} to {@code (x1, y1)}. */
  private static XYSeries bar(XYChart c, String name, double x0, double y0, double x1, double y1,
      Color color, float thickness, boolean inLegend) {
    XYSeries b = c.addSeries(name, new double[] {x0, x1}, new double[] {y0, y1});
    b.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
    b.setMarker(SeriesMarkers.NONE);
    b.setLineColor(color);
    b.setLineStyle(new BasicStroke(thickness, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
    b.setShowInLegend(inLegend);
    return b;
  }

  /**
   * The importance-performance grid: each point labelled, the cuts drawn as lines, the four
   * quadrants named in their corners.
   *
   * @param report the IPA report
   * @param importanceLabel what the importance axis measures
   * @return the chart
   */
  XYChart importancePerformance(ImportancePerformanceReport report, String importanceLabel) {
    XYChart c = xyChart(820, 620, t("ipa.title"), t("ipa.performance"), t("ipa.importance") + " (" + importanceLabel + ")");
    c.getStyler().setLegendVisible(false);
    List<ImportancePerformanceReport.Point> pts = new ArrayList<>();
    for (ImportancePerformanceReport.Point p : report.points()) {
      if (Double.isFinite(p.importance()) && Double.isFinite(p.performance())) {
        pts.add(p);
      }
    }
    double[] x = new double[pts.size()];
    double[] y = new double[pts.size()];
    for (int i = 0; i < pts.size(); i++) {
      x[i] = pts.get(i).performance();
      y[i] = pts.get(i).importance();
    }
    double xlo = Math.min(minOf(x), report.performanceCut());
    double xhi = Math.max(maxOf(x), report.performanceCut());
    double ylo = Math.min(minOf(y), report.importanceCut());
    double yhi = Math.max(maxOf(y), report.importanceCut());
    double xpad = Math.max(0.1, (xhi - xlo) * 0.12);
    double ypad = Math.max(0.1, (yhi - ylo) * 0.12);
    xlo -= xpad;
    xhi += xpad;
    ylo -= ypad;
    yhi += ypad;
    markers(c.addSeries(t("ipa.points"), x, y), SeriesMarkers.CIRCLE, BLUE);
    c.getStyler().setMarkerSize(9);
    c.getStyler().setXAxisMin(xlo).setXAxisMax(xhi).setYAxisMin(ylo).setYAxisMax(yhi);
    c.getStyler().setXAxisDecimalPattern("0.0").setYAxisDecimalPattern("0.0");
    c.getStyler().setAnnotationLineColor(Color.DARK_GRAY);
    c.getStyler().setAnnotationLineStroke(
        new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
    c.addAnnotation(new AnnotationLine(report.performanceCut(), true, false));
    c.addAnnotation(new AnnotationLine(report.importanceCut(), false, false));
    // ImportancePerformanceReport.Quadrant names in the corners (x = performance, y = importance).
    double dx = (xhi - xlo) * 0.2;
    double dy = (yhi - ylo) * 0.035;
    c.addAnnotation(new AnnotationText(t("ipa.concentrate"), xlo + dx, yhi - dy, false));
    c.addAnnotation(new AnnotationText(t("ipa.keep"), xhi - dx, yhi - dy, false));
    c.addAnnotation(new AnnotationText(t("ipa.low"), xlo + dx, ylo + dy, false));
    c.addAnnotation(new AnnotationText(t("ipa.overkill"), xhi - dx, ylo + dy, false));
    // Point labels just above each point; nudge a label up when it would sit on an earlier one.
    List<double[]> placed = new ArrayList<>();
    List<String> pointLabels = new ArrayList<>();
    double lineH = (yhi - ylo) * 0.03;
    double charW = (xhi - xlo) / 110.0;
    for (ImportancePerformanceReport.Point p : pts) {
      String label = pointLabel(p);
      pointLabels.add(label);
      double lx = p.performance();
      double ly = p.importance() + lineH * 0.9;
      double w = charW * TextWidth.of(label); // Chinese characters are about two Latin ones wide
      boolean moved = true;
      for (int guard = 0; moved && guard < 12; guard++) {
        moved = false;
        for (double[] r : placed) {
          if (Math.abs(r[0] - lx) < (r[2] + w) / 2 && Math.abs(r[1] - ly) < lineH) {
            ly = r[1] + lineH;
            moved = true;
          }
        }
      }
      placed.add(new double[] {lx, ly, w});
      c.addAnnotation(new AnnotationText(label, lx, ly, false));
    }
    return fit(c, pointLabels);
  }

  /** A point's label: the item number, or the dimension's name (translated where the labels are). */
  private String pointLabel(ImportancePerformanceReport.Point p) {
    if (p.itemId().isPresent()) {
      return Integer.toString(p.itemId().getAsInt());
    }
    return labels.bundleLocale().getLanguage().isEmpty()
        ? p.label().toLowerCase(Locale.ROOT)
        : p.dimension().label(labels.locale());
  }

  /**
   * The journey curve: the mean scorecard level per touchpoint in journey order, moments of truth
   * marked with a larger diamond, the negative region (below 0) shaded.
   *
   * @param journey the journey map (gives the order and which touchpoints are moments of truth)
   * @param byTouchpoint the scorecard summaries per touchpoint id
   * @return the chart
   */
  XYChart journeyCurve(CustomerJourney journey, GroupedSummary<String, ScorecardSummary> byTouchpoint) {
    XYChart c = xyChart(1100, 580, t("journey.title") + ": " + journey.name(), t("journey.touchpoint"), t("journey.axis"));
    List<Touchpoint> tps = journey.touchpoints();
    List<String> names = new ArrayList<>();
    List<Double> xs = new ArrayList<>();
    List<Double> ys = new ArrayList<>();
    List<Double> motX = new ArrayList<>();
    List<Double> motY = new ArrayList<>();
    List<Double> otherX = new ArrayList<>();
    List<Double> otherY = new ArrayList<>();
    for (int i = 0; i < tps.size(); i++) {
      Touchpoint tp = tps.get(i);
      names.add(shorten(tp.name(), 22));
      double mean = byTouchpoint.get(tp.id()).map(ScorecardSummary::mean).orElse(Double.NaN);
      if (!Double.isNaN(mean)) {
        xs.add(i + 1.0);
        ys.add(mean);
        (tp.momentOfTruth() ? motX : otherX).add(i + 1.0);
        (tp.momentOfTruth() ? motY : otherY).add(mean);
      }
    }
    XYSeries neg =
        c.addSeries(t("journey.negative"), new double[] {0.5, tps.size() + 0.5}, new double[] {-3, -3});
    neg.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Area);
    neg.setMarker(SeriesMarkers.NONE);
    neg.setFillColor(NEGATIVE_REGION);
    neg.setLineColor(new Color(0, 0, 0, 0));
    neg.setShowInLegend(false);
    if (!xs.isEmpty()) {
      XYSeries line = c.addSeries(t("journey.curve"), xs, ys);
      line.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
      line.setMarker(SeriesMarkers.NONE);
      line.setLineColor(BLUE);
      line.setLineStyle(new BasicStroke(2.5f));
    }
    if (!motX.isEmpty()) {
      markers(c.addSeries(t("journey.moments"), motX, motY), SeriesMarkers.DIAMOND, WARNING);
    }
    if (!otherX.isEmpty()) {
      markers(c.addSeries(t("journey.other"), otherX, otherY), SeriesMarkers.CIRCLE, BLUE);
    }
    c.addAnnotation(new AnnotationText(t("journey.negative"), 0.6 + 0.06 * tps.size(), -2.75, false));
    c.getStyler().setMarkerSize(12);
    c.getStyler().setYAxisMin(-3.0).setYAxisMax(3.0);
    c.getStyler().setyAxisTickLabelsFormattingFunction(
        y -> Math.abs(y - Math.rint(y)) > 1e-9 ? String.format(Locale.ROOT, "%+.1f", y)
            : Math.rint(y) == 0 ? "0" : String.format(Locale.ROOT, "%+d", (long) Math.rint(y)));
    // Rotated so that every name fits under its point; steeper for long journeys.
    c.getStyler().setXAxisLabelRotation(tps.size() <= 12 ? 60 : 90);
    categoryAxis(c.getStyler(), names, 960);
    return fit(c, names);
  }

  /**
   * The pooled compliance per behaviour step, in step order, red below 80 %, each bar labelled with
   * its percentage.
   *
   * @param report the audit report
   * @return the chart
   */
  XYChart auditCompliance(AuditOverview report) {
    XYChart c = xyChart(800, 460, t("audit.title"), t("audit.step"), t("audit.axis"));
    List<String> names = new ArrayList<>();
    for (BehaviourStep step : BehaviourStep.values()) {
      double comp = report.byStep().get(step).map(AuditSummary::compliance).orElse(Double.NaN);
      if (Double.isNaN(comp)) {
        continue;
      }
      names.add(step.label(labels.locale()));
      double pct = 100 * comp;
      int x = names.size();
      bar(c, step.label(), x, 0, x, pct, pct < 80 ? WARNING : GOOD, 90f, false);
      c.addAnnotation(new AnnotationText(String.format(Locale.ROOT, "%.0f %%", pct), x, pct + 4, false));
    }
    if (names.isEmpty()) {
      names.add("-");
    }
    swatch(c, t("audit.low"), WARNING);
    swatch(c, t("audit.ok"), GOOD);
    c.getStyler().setMarkerSize(12);
    c.getStyler().setYAxisMin(0.0).setYAxisMax(105.0);
    c.getStyler().setYAxisDecimalPattern("0");
    categoryAxis(c.getStyler(), names, 680);
    return fit(c, names);
  }

  /** The colours of a node by its mean level: -3..-1, -1..-0.25, -0.25..+0.25, +0.25..+1, +1..+3. */
  private static final Color[] LEVEL_COLOURS = {
    WARNING, new Color(0xE6, 0x9F, 0x95), new Color(0xB0, 0xB0, 0xB0), new Color(0x8F, 0xC9, 0xA8), GOOD
  };

  /** The label keys of {@link #LEVEL_COLOURS}. */
  private static final String[] LEVEL_KEYS = {
    "paths.level.damaging", "paths.level.negative", "paths.level.neutral", "paths.level.positive",
    "paths.level.delighting"
  };

  private static int levelBin(double mean) {
    return mean < -1 ? 0 : mean < -0.25 ? 1 : mean <= 0.25 ? 2 : mean <= 1 ? 3 : 4;
  }

  /**
   * The directly-follows graph as an arc diagram: the touchpoints on one line in journey order (by
   * id without a map) between START and END, each coloured by the mean level of the moments that
   * lead into it (over every edge, shown or not); an edge forward arcs above the line, an edge
   * back (a loop) below it, a repeat of one touchpoint is a small ring above it; an edge's width
   * and opacity grow with its transitions, and the busiest edges carry their count. A layered
   * layout in the manner of Graphviz's {@code dot} on one rank, drawn without native code.
   *
   * @param graph the graph (its edges as filtered)
   * @param names the display name of a touchpoint id
   * @param order the touchpoint ids in the order to draw them (others follow by id)
   * @return the chart
   */
  XYChart pathsGraph(io.github.mot.scoring.DirectlyFollowsGraph graph, java.util.function.Function<String, String> names,
      List<String> order) {
    XYChart c = new XYChart(1200, 640);
    c.setTitle(t("paths.title"));
    style(c.getStyler());
    c.getStyler().setXAxisTicksVisible(false).setYAxisTicksVisible(false).setAxisTitlesVisible(false)
        .setPlotGridLinesVisible(false).setPlotBorderVisible(false);
    c.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideSE);
    String start = io.github.mot.scoring.DirectlyFollowsGraph.START;
    String end = io.github.mot.scoring.DirectlyFollowsGraph.END;
    // the nodes: START, the touchpoints met (in the given order, then by id), END
    java.util.Map<String, ScorecardSummary> into = new java.util.TreeMap<>();
    for (io.github.mot.scoring.DirectlyFollowsGraph.Edge e : graph.allEdges()) {
      if (!e.toEnd()) {
        into.merge(e.to(), e.levels(), ScorecardSummary::merge);
      }
    }
    List<String> nodes = new ArrayList<>();
    nodes.add(start);
    for (String id : order) {
      if (into.containsKey(id)) {
        nodes.add(id);
      }
    }
    for (String id : into.keySet()) {
      if (!nodes.contains(id)) {
        nodes.add(id);
      }
    }
    nodes.add(end);
    long max = 1;
    for (io.github.mot.scoring.DirectlyFollowsGraph.Edge e : graph.edges()) {
      max = Math.max(max, e.transitions());
    }
    List<io.github.mot.scoring.DirectlyFollowsGraph.Edge> edges = new ArrayList<>(graph.edges());
    edges.sort(java.util.Comparator.comparingLong(io.github.mot.scoring.DirectlyFollowsGraph.Edge::transitions));
    int labelled = 0;
    double above = 0.3;
    double below = 0;
    for (int k = edges.size() - 1; k >= 0; k--) {
      io.github.mot.scoring.DirectlyFollowsGraph.Edge e = edges.get(k);
      int from = nodes.indexOf(e.from());
      int to = nodes.indexOf(e.to());
      double volume = Math.sqrt((double) e.transitions() / max);
      // opaque (a translucent polyline darkens where its segments overlap): the colour mixed with white
      Color colour = towardsWhite(to > from ? BLUE : new Color(0xD3, 0x54, 0x00), 0.3 + 0.7 * volume);
      double[][] arc = arc(from, to);
      above = Math.max(above, arc[1][arc[1].length / 2]);
      below = Math.min(below, arc[1][arc[1].length / 2]);
      XYSeries s = c.addSeries(e.from() + " > " + e.to(), arc[0], arc[1]);
      s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
      s.setMarker(SeriesMarkers.NONE);
      s.setLineColor(colour);
      s.setLineStyle(new BasicStroke((float) (1 + 11 * volume), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      s.setShowInLegend(false);
      if (labelled < 12) { // the busiest twelve
        int apex = arc[0].length / 2;
        c.addAnnotation(new AnnotationText(String.format(labels.locale(), "%,d", e.transitions()), arc[0][apex],
            arc[1][apex] + (to > from ? 0.09 : -0.09), false));
        labelled++;
      }
    }
    // the nodes, one series per colour, then the names under them
    List<String> texts = new ArrayList<>();
    for (int bin = 0; bin < LEVEL_COLOURS.length; bin++) {
      List<Double> xs = new ArrayList<>();
      for (String id : into.keySet()) {
        if (into.getOrDefault(id, ScorecardSummary.EMPTY).count() > 0 && levelBin(into.getOrDefault(id, ScorecardSummary.EMPTY).mean()) == bin) {
          xs.add((double) nodes.indexOf(id));
        }
      }
      markers(c.addSeries(t(LEVEL_KEYS[bin]), xs.isEmpty() ? List.of(-1e6) : xs,
          xs.isEmpty() ? List.of(-1e6) : java.util.Collections.nCopies(xs.size(), 0.0)), SeriesMarkers.CIRCLE, LEVEL_COLOURS[bin]);
    }
    List<Double> plain = new ArrayList<>();
    for (String id : nodes) {
      if (into.getOrDefault(id, ScorecardSummary.EMPTY).count() == 0) {
        plain.add((double) nodes.indexOf(id));
      }
    }
    markers(c.addSeries(t("paths.unscored"), plain, java.util.Collections.nCopies(plain.size(), 0.0)), SeriesMarkers.SQUARE, Color.DARK_GRAY);
    // the names and means under the line, in lines of text of 1/22 of the height
    double yMax = above + 0.12;
    double yMin = below - 0.1;
    double line = (yMax - yMin) / 22;
    yMin = Math.min(yMin, -3.6 * line);
    line = (yMax - yMin) / 22;
    for (String id : nodes) {
      int i = nodes.indexOf(id);
      String name = id.equals(start) || id.equals(end) ? id : shorten(names.apply(id), 18);
      texts.add(name);
      // names alternate between two rows so that neighbours do not overlap
      double y = (i % 2 == 0 ? -1.1 : -2.3) * line;
      c.addAnnotation(new AnnotationText(name, i, y, false));
      ScorecardSummary levels = into.getOrDefault(id, ScorecardSummary.EMPTY);
      if (levels.count() > 0) {
        c.addAnnotation(new AnnotationText(String.format(Locale.ROOT, "%+.2f", levels.mean()), i, y - 0.8 * line,
            false));
      }
    }
    c.getStyler().setMarkerSize(18);
    double span = Math.max(1, nodes.size() - 1);
    c.getStyler().setXAxisMin(-0.6).setXAxisMax(span + 0.6);
    c.getStyler().setYAxisMin(yMin).setYAxisMax(yMax);
    return fit(c, texts);
  }

  /** {@code colour} mixed with white: all of it at {@code share} 1, white at 0. */
  private static Color towardsWhite(Color colour, double share) {
    return new Color(
        (int) Math.round(255 - (255 - colour.getRed()) * share),
        (int) Math.round(255 - (255 - colour.getGreen()) * share),
        (int) Math.round(255 - (255 - colour.getBlue()) * share));
  }

  /**
   * The points of an edge's arc from node {@code from} to node {@code to} on the line y = 0: a
   * half ellipse above for a step forward, below for a step back, as high as the step is long
   * (with a floor, so that a step to the neighbour is still a curve); a small ring for a repeat.
   */
  private static double[][] arc(int from, int to) {
    int n = 24;
    double[] xs = new double[n + 1];
    double[] ys = new double[n + 1];
    if (from == to) {
      for (int i = 0; i <= n; i++) {
        double a = 2 * Math.PI * i / n;
        xs[i] = from + 0.12 * Math.sin(a);
        ys[i] = 0.12 - 0.12 * Math.cos(a);
      }
      return new double[][] {xs, ys};
    }
    double height = (to > from ? 1 : -1) * (0.08 + 0.3 * Math.sqrt(Math.abs(to - from) - 0.9));
    for (int i = 0; i <= n; i++) {
      double a = Math.PI * i / n;
      xs[i] = (from + to) / 2.0 - (to - from) / 2.0 * Math.cos(a);
      ys[i] = height * Math.sin(a);
    }
    return new double[][] {xs, ys};
  }

  /**
   * A funnel: a bar per step as high as the number of episodes that reached it, labelled with
   * the number and the conversion from the previous step; a step whose conversion is below
   * {@code 80 %} in red.
   *
   * @param steps the steps' names, in funnel order
   * @param reached the episodes that reached each step
   * @param total the episodes in all (the bar before the first step, "all episodes")
   * @return the chart
   */
  XYChart funnel(List<String> steps, long[] reached, long total) {
    XYChart c = xyChart(Math.max(700, 120 + 110 * (steps.size() + 1)), 520, t("funnel.title"), t("funnel.step"), t("funnel.axis"));
    List<String> names = new ArrayList<>();
    names.add(t("funnel.all"));
    names.addAll(steps.stream().map(n -> shorten(n, 18)).toList());
    long top = Math.max(1, total);
    bar(c, t("funnel.all"), 1, 0, 1, total, BLUE, 60f, false);
    c.addAnnotation(new AnnotationText(String.format(labels.locale(), "%,d", total), 1, total + top * 0.04, false));
    long previous = total;
    for (int i = 0; i < steps.size(); i++) {
      double conversion = previous == 0 ? Double.NaN : (double) reached[i] / previous;
      Color colour = conversion < 0.8 ? WARNING : GOOD;
      int xi = i + 2;
      bar(c, steps.get(i), xi, 0, xi, reached[i], colour, 60f, false);
      String label = String.format(labels.locale(), "%,d", reached[i])
          + (Double.isNaN(conversion) ? "" : String.format(Locale.ROOT, " (%.0f %%)", 100 * conversion));
      c.addAnnotation(new AnnotationText(label, xi, reached[i] + top * 0.04, false));
      previous = reached[i];
    }
    swatch(c, t("funnel.low"), WARNING);
    swatch(c, t("funnel.ok"), GOOD);
    c.getStyler().setMarkerSize(12);
    c.getStyler().setYAxisMin(0.0).setYAxisMax(top * 1.12);
    c.getStyler().setYAxisDecimalPattern("#,##0");
    c.getStyler().setXAxisLabelRotation(steps.size() <= 8 ? 0 : 45);
    categoryAxis(c.getStyler(), names, Math.max(580, 110 * names.size()));
    return fit(c, names);
  }

  /**
   * Writes a chart as {@code name.svg} and {@code name.png} into {@code dir}.
   *
   * @return the two paths, SVG first
   */
  static List<Path> write(Chart<?, ?> chart, Path dir, String name) throws IOException {
    return write(chart, svg(chart), dir, name);
  }

  /**
   * Writes a chart whose SVG text is already made as {@code name.svg} and {@code name.png}.
   *
   * @return the two paths, SVG first
   */
  static List<Path> write(Chart<?, ?> chart, String svgText, Path dir, String name) throws IOException {
    Files.createDirectories(dir);
    Path svg = dir.resolve(name + ".svg");
    Path png = dir.resolve(name + ".png");
    Files.writeString(svg, svgText, StandardCharsets.UTF_8);
    try (OutputStream out = Files.newOutputStream(png)) {
      BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
    }
    return List.of(svg, png);
  }

  /**
   * The chart as an SVG document (text is drawn as paths, so no text of the data ends up as SVG
   * markup).
   */
  static String svg(Chart<?, ?> chart) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
  }

  private static double minOf(List<Double> xs) {
    return xs.stream().mapToDouble(Double::doubleValue).min().orElse(0);
  }

  private static double maxOf(List<Double> xs) {
    return xs.stream().mapToDouble(Double::doubleValue).max().orElse(0);
  }

  private static double minOf(double[] xs) {
    double m = Double.POSITIVE_INFINITY;
    for (double x : xs) {
      m = Math.min(m, x);
    }
    return xs.length == 0 ? 0 : m;
  }

  private static double maxOf(double[] xs) {
    double m = Double.NEGATIVE_INFINITY;
    for (double x : xs) {
      m = Math.max(m, x);
    }
    return xs.length == 0 ? 1 : m;
  }
}
