package io.github.mot.servqual.internal;

import io.github.mot.servqual.AnalysisReport;
import io.github.mot.servqual.MissingPolicy;
import io.github.mot.core.table.Cells;
import io.github.mot.core.table.Format;
import io.github.mot.core.table.Tabular;
import java.util.Locale;
import java.util.Objects;

/**
 * What the reports of the analyses share, declared once: the instrument's name, how missing answers
 * were treated, the respondents in the data, the text form of the report's tables, and the first
 * components of equality and the record-like text. Not API: its public members are part of
 * each report's API, documented by {@link AnalysisReport}.
 */
public abstract class AnalysisResult extends ResultValue implements AnalysisReport {

  private final String instrument;
  private final MissingPolicy missingPolicy;
  private final long respondents;

  /**
   * Checks the parts.
   *
   * @throws NullPointerException if a part is null
   */
  protected AnalysisResult(String instrument, MissingPolicy missingPolicy, long respondents) {
    this.instrument = Objects.requireNonNull(instrument, "instrument");
    this.missingPolicy = Objects.requireNonNull(missingPolicy, "missingPolicy");
    this.respondents = respondents;
  }

  @Override
  public String instrument() {
    return instrument;
  }

  @Override
  public MissingPolicy missingPolicy() {
    return missingPolicy;
  }

  @Override
  public long respondents() {
    return respondents;
  }

  /**
   * Who was analysed, for a report's headline: {@code name, 4 respondents, listwise} (the policy in
   * lower case).
   */
  protected String subject(Cells c) {
    return instrument + ", " + respondents + " " + c.label("text.respondents") + ", "
        + Text.constant(c, missingPolicy).toLowerCase(Locale.ROOT);
  }

  /**
   * The report's tables ({@link #tables()}), aligned for reading in JShell: {@code
   * Format.TEXT.render(this)}.
   *
   * @return the report as text
   */
  @Override
  public String toString() {
    return Format.TEXT.render(this);
  }

  @Override
  public String toString(Locale locale) {
    return Format.TEXT.render(this, locale);
  }

  /** The shared components, then the report's own ({@link #reportComponents()}). */
  @Override
  protected final Object[] components() {
    Object[] own = reportComponents();
    Object[] all = new Object[6 + own.length];
    Object[] shared = {"instrument", instrument, "missingPolicy", missingPolicy, "respondents", respondents};
    System.arraycopy(shared, 0, all, 0, 6);
    System.arraycopy(own, 0, all, 6, own.length);
    return all;
  }

  /**
   * The report's own components, after instrument, missing policy and respondents, as name and
   * value pairs.
   *
   * @return a new array
   */
  protected abstract Object[] reportComponents();
}
