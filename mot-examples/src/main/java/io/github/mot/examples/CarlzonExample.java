package io.github.mot.examples;

import io.github.mot.core.RatingScale;
import io.github.mot.scoring.ContactVolume;
import java.io.PrintStream;
import java.util.Locale;

/** Carlzon's arithmetic of moments of truth at SAS, printed. */
public final class CarlzonExample {

  private CarlzonExample() {}

  /**
   * Prints the yearly moments of truth and their exposure time for Carlzon's SAS figures.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    ContactVolume sas = new ContactVolume(10_000_000L, 5, 15);
    out.printf(Locale.ROOT, "moments of truth a year: %,.0f%n", sas.contacts());
    out.printf(Locale.ROOT, "exposure: %,.0f hours%n", sas.exposureSeconds() / 3600.0);
    out.printf(Locale.ROOT, "scorecard scale: %s%n", RatingScale.SCORECARD);
  }
}
