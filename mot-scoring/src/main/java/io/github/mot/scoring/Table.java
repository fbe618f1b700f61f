package io.github.mot.scoring;

import io.github.mot.core.internal.Columns;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * A plain-text table with aligned columns for the {@code toString()} of results: JShell users
 * read it. Numbers are formatted with {@link Locale#ROOT} ({@link Text} puts in another locale's
 * separators). Long tables show their first and last rows. Cells are padded by display width
 * ({@link TextWidth}: a Chinese character takes two terminal columns), so columns after Chinese
 * text line up in a terminal; ASCII tables are as wide as their characters. Not thread-safe;
 * build, render, discard.
 */
final class Table {

  /** Rows shown at each end of a long table. */
  static final int EDGE_ROWS = 10;

  private final String[] header;
  private final boolean[] rightAligned;
  private final List<String[]> rows = new ArrayList<>();

  /**
   * A table whose columns are named by {@code header}; a name starting with {@code '>'} is a
   * right-aligned (numeric) column, the marker is not printed.
   */
  Table(String... header) {
    this.header = new String[header.length];
    this.rightAligned = new boolean[header.length];
    for (int i = 0; i < header.length; i++) {
      rightAligned[i] = header[i].startsWith(">");
      this.header[i] = rightAligned[i] ? header[i].substring(1) : header[i];
    }
  }

  Table row(String... cells) {
    if (cells.length != header.length) {
      throw new IllegalStateException("row has " + cells.length + " cells, header " + header.length);
    }
    rows.add(cells.clone());
    return this;
  }

  int size() {
    return rows.size();
  }

  /** Renders the table in English, each line ending in a newline. */
  String render() {
    return render(Text.ENGLISH);
  }

  /** Renders the table, each line ending in a newline; the "more rows" line in a language. */
  String render(Text x) {
    List<String[]> shown = new ArrayList<>();
    shown.add(header);
    boolean elide = rows.size() > 2 * EDGE_ROWS + 1;
    if (elide) {
      shown.addAll(rows.subList(0, EDGE_ROWS));
      shown.addAll(rows.subList(rows.size() - EDGE_ROWS, rows.size()));
    } else {
      shown.addAll(rows);
    }
    List<String> lines = Columns.align(shown, rightAligned);
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < lines.size(); k++) {
      if (elide && k == EDGE_ROWS + 1) {
        sb.append("  ").append(x.fill("text.moreRows", rows.size() - 2 * EDGE_ROWS)).append('\n');
      }
      sb.append(lines.get(k)).append('\n');
    }
    return sb.toString();
  }

  /** A number with {@code decimals} decimals, Locale.ROOT. */
  static String num(double x, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", x);
  }

  /** A signed number with {@code decimals} decimals, Locale.ROOT ({@code +0.50}). */
  static String signed(double x, int decimals) {
    return String.format(Locale.ROOT, "%+." + decimals + "f", x);
  }

  /** A scorecard level with its sign: {@code +3}, {@code 0}, {@code -1}. */
  static String level(int level) {
    return level > 0 ? "+" + level : Integer.toString(level);
  }

  /** A share in [0, 1] as a percentage with one decimal ({@code 80.0%}). */
  static String pct(double share) {
    return String.format(Locale.ROOT, "%.1f%%", share * 100.0);
  }

  /** A count with thousands separators, Locale.ROOT ({@code 50,000,000}). */
  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** An optional value, or {@code "-"} when empty. */
  static String opt(OptionalDouble x, int decimals) {
    return x.isPresent() ? num(x.getAsDouble(), decimals) : "-";
  }

  /** An optional signed value, or {@code "-"} when empty. */
  static String optSigned(OptionalDouble x, int decimals) {
    return x.isPresent() ? signed(x.getAsDouble(), decimals) : "-";
  }

  /** An optional share as a percentage, or {@code "-"} when empty. */
  static String optPct(OptionalDouble x) {
    return x.isPresent() ? pct(x.getAsDouble()) : "-";
  }
}
