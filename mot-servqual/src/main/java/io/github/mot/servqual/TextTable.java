package io.github.mot.servqual;

import io.github.mot.core.internal.Columns;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An aligned plain-text table for the {@code toString()} of results: columns are right-aligned
 * (numbers) unless marked left-aligned (text). Cells are padded by display width ({@link
 * TextWidth}: a Chinese character takes two terminal columns), so columns after Chinese text line
 * up in a terminal; ASCII tables are as wide as their characters. Mutable, single-threaded,
 * package-private.
 */
final class TextTable {

  private final String[] header;
  private final boolean[] left;
  private final List<String[]> rows = new ArrayList<>();

  TextTable(String... header) {
    this.header = header.clone();
    this.left = new boolean[header.length];
  }

  TextTable leftAlign(int... columns) {
    for (int c : columns) {
      left[c] = true;
    }
    return this;
  }

  TextTable row(String... cells) {
    if (cells.length != header.length) {
      throw new IllegalArgumentException(
          "table row must have " + header.length + " cells but had " + cells.length);
    }
    rows.add(cells.clone());
    return this;
  }

  /** Formats a number with the given decimals, {@code n/a} for NaN, {@code inf} for infinities. */
  static String num(double value, int decimals) {
    if (Double.isNaN(value)) {
      return "n/a";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "inf" : "-inf";
    }
    String s = String.format(Locale.ROOT, "%." + decimals + "f", value);
    // -0.000 reads badly: print it as 0.000
    return s.startsWith("-") && s.chars().noneMatch(ch -> ch >= '1' && ch <= '9') ? s.substring(1) : s;
  }

  /** Formats a p-value: four decimals, or {@code <0.0001}. */
  static String p(double p) {
    if (p < 0.0001) {
      return "<0.0001";
    }
    return num(p, 4);
  }

  /** Formats a confidence interval as {@code [lo, hi]}. */
  static String ci(double lo, double hi) {
    return "[" + num(lo, 3) + ", " + num(hi, 3) + "]";
  }

  @Override
  public String toString() {
    List<String[]> all = new ArrayList<>(rows.size() + 1);
    all.add(header);
    all.addAll(rows);
    boolean[] right = new boolean[left.length];
    for (int c = 0; c < left.length; c++) {
      right[c] = !left[c];
    }
    StringBuilder sb = new StringBuilder();
    for (String line : Columns.align(all, right)) {
      sb.append(line).append('\n');
    }
    return sb.toString();
  }
}
