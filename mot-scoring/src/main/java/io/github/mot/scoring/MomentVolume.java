package io.github.mot.scoring;

/**
 * Carlzon's arithmetic of moments of truth: how many moments an organisation lives through in a
 * period and how long they last in total.
 *
 * <p>Formulas: {@code moments = customers x contactsPerCustomer}; {@code exposureSeconds = moments
 * x secondsPerContact}. Carlzon's SAS example: 10,000,000 passengers a year, 5 contacts each, 15
 * seconds a contact: 50,000,000 moments and 750,000,000 seconds a year.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param customers customers in the period, {@code >= 0}
 * @param contactsPerCustomer mean front-line contacts per customer, finite and {@code >= 0}
 * @param secondsPerContact mean length of a contact in seconds, finite and {@code >= 0}
 * @since 0.1.0
 */
public record MomentVolume(long customers, double contactsPerCustomer, double secondsPerContact) {

  /**
   * Validates the parts.
   *
   * @throws IllegalArgumentException if a count is negative or a mean is negative, NaN or infinite
   */
  public MomentVolume {
    if (customers < 0) {
      throw new IllegalArgumentException("customers must be >= 0 but was " + customers);
    }
    requireFiniteNonNegative("contactsPerCustomer", contactsPerCustomer);
    requireFiniteNonNegative("secondsPerContact", secondsPerContact);
  }

  private static void requireFiniteNonNegative(String field, double value) {
    if (!(value >= 0.0 && value < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(
          field + " must be finite and >= 0 but was " + value);
    }
  }

  /**
   * The moments of truth in the period: {@code customers x contactsPerCustomer}.
   *
   * @return the expected number of moments, {@code >= 0}
   */
  public double moments() {
    return customers * contactsPerCustomer;
  }

  /**
   * The total time customers spend in moments of truth: {@code moments() x secondsPerContact}.
   *
   * @return the exposure in seconds, {@code >= 0}
   */
  public double exposureSeconds() {
    return moments() * secondsPerContact;
  }
}
