package io.github.mot.core;

import io.github.mot.core.internal.Preconditions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The ready-made customer journeys for six common services, to start from and adapt. Each {@link
 * #journey()} is a valid {@link CustomerJourney}; change it with its {@code with...} copies or with
 * {@code CustomerJourney.builder().from(template)}:
 *
 * <pre>{@code
 * CustomerJourney retail = JourneyTemplate.RETAIL_COUNTER.journey();
 * CustomerJourney mine = retail.withName("Shoe shop")
 *     .withoutTouchpoint("packing")
 *     .withTouchpoint(retail.requireTouchpoint("paying").withImportance(2));
 * JourneyTemplate bank = JourneyTemplate.parse("bank");       // by key, constant or name
 * }</pre>
 *
 * <p>Where the templates come from: the MOT training material names the stages or contacts of each
 * service (retail counter: ten moments of truth from entering the store to after-sales; airline,
 * after Carlzon: booking, check-in, boarding, flight, baggage claim; restaurant: ordering, dining,
 * paying; finance: enquiry, application, claim; hospital: registration, consultation, examination,
 * treatment; online: sign-up, order, payment, support). The contacts the sources name, and the
 * first personal contact of a visit, are flagged as moments of truth; the connecting touchpoints
 * added to make a complete map (a reservation call, a confirmation e-mail) are not. The sources
 * give no importances, so every touchpoint weighs the default 1; calibrate your own. Only the
 * airline gives contact times: Carlzon's 15 seconds per contact.
 *
 * <p><b>In other languages.</b> {@link #journey(Locale)} is the same journey (same ids, channels,
 * flags, importances and contact times) with the journey name, the stage names, the touchpoint
 * names and the roles taken from {@link Labels#of(Locale)} under the keys {@code
 * template.<key>.name}, {@code template.<key>.stage.<stage id>}, {@code
 * template.<key>.touchpoint.<touchpoint id>} and {@code template.<key>.touchpoint.<touchpoint
 * id>.role}, where {@code <key>} is the template's key ({@link #toString()}). In English it equals the plain
 * template.
 *
 * <p>The constants and their journeys are immutable and thread-safe.
 *
 * @since 0.3.0
 */
public enum JourneyTemplate {
  /**
   * A store visit at a retail counter with the ten moments of truth of the MOT counter-service
   * course, all in person, in five stages (arrival, consultation, purchase, departure, follow-up);
   * named {@code "Retail counter"} ({@code "柜面销售"} in Chinese). Key {@code retail}.
   */
  RETAIL_COUNTER("retail", TemplateJourneys.RETAIL),
  /**
   * An airline trip after Carlzon's SAS: five moments of truth of about 15 seconds each in three
   * stages: before, during and after the trip. Key {@code airline}.
   */
  AIRLINE("airline", TemplateJourneys.AIRLINE),
  /** A restaurant visit: ordering, dining, paying. Key {@code restaurant}. */
  RESTAURANT("restaurant", TemplateJourneys.RESTAURANT),
  /** A bank branch (finance): enquiry, application, claim. Key {@code bank}. */
  BANK_BRANCH("bank", TemplateJourneys.BANK),
  /** A hospital stay: registration, consultation, examination, treatment. Key {@code hospital}. */
  HOSPITAL("hospital", TemplateJourneys.HOSPITAL),
  /** An online shop: sign-up, order, payment, support. Key {@code online}. */
  ONLINE_SHOP("online", TemplateJourneys.ONLINE);

  private final String key;
  private final CustomerJourney journey;

  JourneyTemplate(String key, CustomerJourney journey) {
    this.key = key;
    this.journey = journey;
  }

  /**
   * The template's English name, the name of its {@link #journey()}: {@code "Retail counter"}.
   *
   * @return the name
   */
  public String label() {
    return journey().name();
  }

  /**
   * The template's name in a language: {@code "柜面销售"} for the retail counter in Chinese; the
   * name of {@link #journey(Locale)}.
   *
   * @param locale the language
   * @return the name
   * @throws NullPointerException if {@code locale} is null
   */
  public String label(Locale locale) {
    return Labels.of(Objects.requireNonNull(locale, "locale")).label(this);
  }

  /**
   * The journey, with its English names.
   *
   * @return the journey; the same instance on every call
   */
  public CustomerJourney journey() {
    return journey;
  }

  /**
   * The journey with its names in a language (see the class comment); in English it equals
   * {@link #journey()}.
   *
   * @param locale the language, such as {@link Locale#SIMPLIFIED_CHINESE}
   * @return the localised journey, with the same ids as {@link #journey()}
   * @throws NullPointerException if {@code locale} is null
   */
  public CustomerJourney journey(Locale locale) {
    return TemplateJourneys.localised(key, journey, Objects.requireNonNull(locale, "locale"));
  }

  /**
   * The journeys of all six templates, in constant order.
   *
   * @return an unmodifiable list
   */
  public static List<CustomerJourney> journeys() {
    List<CustomerJourney> all = new ArrayList<>();
    for (JourneyTemplate t : values()) {
      all.add(t.journey());
    }
    return List.copyOf(all);
  }

  /**
   * The journeys of all six templates in a language, in constant order.
   *
   * @param locale the language
   * @return an unmodifiable list
   * @throws NullPointerException if {@code locale} is null
   */
  public static List<CustomerJourney> journeys(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    List<CustomerJourney> all = new ArrayList<>();
    for (JourneyTemplate t : values()) {
      all.add(t.journey(locale));
    }
    return List.copyOf(all);
  }

  /**
   * The keys of the templates, in constant order: {@code retail, airline, restaurant, bank,
   * hospital, online}.
   *
   * @return an unmodifiable list
   */
  public static List<String> keys() {
    List<String> keys = new ArrayList<>();
    for (JourneyTemplate t : values()) {
      keys.add(t.key);
    }
    return List.copyOf(keys);
  }

  /**
   * The template with a key ({@code "bank"}), a constant name ({@code "BANK_BRANCH"}) or an English
   * journey name ({@code "Retail counter"}); case and surrounding blanks are ignored. The inverse
   * of {@link #toString()}.
   *
   * @param key the key or name
   * @return the template
   * @throws IllegalArgumentException if no template has that key or name (the message lists the
   *     keys)
   * @throws NullPointerException if {@code key} is null
   */
  public static JourneyTemplate parse(String key) {
    return find(key, null);
  }

  /**
   * As {@link #parse(String)}, also accepting a template's name in a language: {@code
   * parse("柜面销售", Locale.SIMPLIFIED_CHINESE)} is {@link #RETAIL_COUNTER}.
   *
   * @param key the key, constant name, English name or name in {@code locale}
   * @param locale the language of names to accept
   * @return the template
   * @throws IllegalArgumentException if no template has that key or name
   * @throws NullPointerException if an argument is null
   */
  public static JourneyTemplate parse(String key, Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return find(key, Labels.of(locale));
  }

  private static JourneyTemplate find(String text, @Nullable Labels labels) {
    String k = Objects.requireNonNull(text, "key").strip().toLowerCase(Locale.ROOT);
    for (JourneyTemplate t : values()) {
      if (t.key.equals(k)
          || t.name().toLowerCase(Locale.ROOT).equals(k)
          || t.journey().name().toLowerCase(Locale.ROOT).equals(k)
          || (labels != null
              && labels.get("template." + t.key + ".name").toLowerCase(Locale.ROOT).equals(k))) {
        return t;
      }
    }
    throw Preconditions.invalid(
        "journey template", "one of " + String.join(", ", keys()) + (labels == null ? "" : " or a template name"), text);
  }

  /**
   * The key, as {@link #parse(String)} reads it.
   *
   * @return the key, such as {@code "bank"}
   */
  @Override
  public String toString() {
    return key;
  }
}
