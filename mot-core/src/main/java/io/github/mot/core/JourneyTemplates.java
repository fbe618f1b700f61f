package io.github.mot.core;

import java.util.List;
import java.util.Locale;

/**
 * The journey templates as static methods; replaced by {@link JourneyTemplate}, one constant per
 * template with {@link JourneyTemplate#parse(String)}.
 *
 * @deprecated use {@link JourneyTemplate}: {@code JourneyTemplate.RETAIL_COUNTER.journey()}
 * @since 0.1.0
 */
@Deprecated(since = "0.3.0", forRemoval = true)
public final class JourneyTemplates {

  private JourneyTemplates() {}

  /** @return {@code JourneyTemplate.RETAIL_COUNTER.journey()} */
  public static CustomerJourney retailCounter() {
    return JourneyTemplate.RETAIL_COUNTER.journey();
  }

  /** @param locale the language @return {@code JourneyTemplate.RETAIL_COUNTER.journey(locale)} */
  public static CustomerJourney retailCounter(Locale locale) {
    return JourneyTemplate.RETAIL_COUNTER.journey(locale);
  }

  /** @return {@code JourneyTemplate.AIRLINE.journey()} */
  public static CustomerJourney airline() {
    return JourneyTemplate.AIRLINE.journey();
  }

  /** @param locale the language @return {@code JourneyTemplate.AIRLINE.journey(locale)} */
  public static CustomerJourney airline(Locale locale) {
    return JourneyTemplate.AIRLINE.journey(locale);
  }

  /** @return {@code JourneyTemplate.RESTAURANT.journey()} */
  public static CustomerJourney restaurant() {
    return JourneyTemplate.RESTAURANT.journey();
  }

  /** @param locale the language @return {@code JourneyTemplate.RESTAURANT.journey(locale)} */
  public static CustomerJourney restaurant(Locale locale) {
    return JourneyTemplate.RESTAURANT.journey(locale);
  }

  /** @return {@code JourneyTemplate.BANK_BRANCH.journey()} */
  public static CustomerJourney bankBranch() {
    return JourneyTemplate.BANK_BRANCH.journey();
  }

  /** @param locale the language @return {@code JourneyTemplate.BANK_BRANCH.journey(locale)} */
  public static CustomerJourney bankBranch(Locale locale) {
    return JourneyTemplate.BANK_BRANCH.journey(locale);
  }

  /** @return {@code JourneyTemplate.HOSPITAL.journey()} */
  public static CustomerJourney hospital() {
    return JourneyTemplate.HOSPITAL.journey();
  }

  /** @param locale the language @return {@code JourneyTemplate.HOSPITAL.journey(locale)} */
  public static CustomerJourney hospital(Locale locale) {
    return JourneyTemplate.HOSPITAL.journey(locale);
  }

  /** @return {@code JourneyTemplate.ONLINE_SHOP.journey()} */
  public static CustomerJourney onlineShop() {
    return JourneyTemplate.ONLINE_SHOP.journey();
  }

  /** @param locale the language @return {@code JourneyTemplate.ONLINE_SHOP.journey(locale)} */
  public static CustomerJourney onlineShop(Locale locale) {
    return JourneyTemplate.ONLINE_SHOP.journey(locale);
  }

  /** @return {@code JourneyTemplate.journeys()} */
  public static List<CustomerJourney> all() {
    return JourneyTemplate.journeys();
  }

  /** @param locale the language @return {@code JourneyTemplate.journeys(locale)} */
  public static List<CustomerJourney> all(Locale locale) {
    return JourneyTemplate.journeys(locale);
  }

  /** @return {@code JourneyTemplate.keys()} */
  public static List<String> keys() {
    return JourneyTemplate.keys();
  }

  /** @param key a key or name @return {@code JourneyTemplate.parse(key).journey()} */
  public static CustomerJourney byName(String key) {
    return JourneyTemplate.parse(key).journey();
  }

  /**
   * @param key a key or name
   * @param locale the language
   * @return {@code JourneyTemplate.parse(key, locale).journey(locale)}
   */
  public static CustomerJourney byName(String key, Locale locale) {
    return JourneyTemplate.parse(key, locale).journey(locale);
  }
}
