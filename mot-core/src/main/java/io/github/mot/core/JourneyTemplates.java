package io.github.mot.core;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Ready-made customer journeys for six common services, to start from and adapt. Each is a valid
 * {@link CustomerJourney}; change it with its {@code with...} copies or with {@code
 * CustomerJourney.builder().from(template)}:
 *
 * <pre>{@code
 * CustomerJourney retail = JourneyTemplates.retailCounter();
 * CustomerJourney mine = retail.withName("Shoe shop")
 *     .withoutTouchpoint("packing")
 *     .withTouchpoint(retail.requireTouchpoint("paying").withImportance(2));
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
 * <p><b>In other languages.</b> Each template also comes localised: {@code
 * retailCounter(Locale.SIMPLIFIED_CHINESE)}, {@link #byName(String, Locale)}, {@link
 * #all(Locale)}. A localised template is the same journey (same ids, channels, flags, importances
 * and contact times) with the journey name, the stage names, the touchpoint names and the roles
 * taken from {@link Labels#of(Locale)} under the keys {@code template.<key>.name}, {@code
 * template.<key>.stage.<stage id>}, {@code template.<key>.touchpoint.<touchpoint id>} and {@code
 * template.<key>.touchpoint.<touchpoint id>.role}, where {@code <key>} is one of {@link #keys()}.
 * In English it equals the plain template.
 *
 * <p>This class is a static utility; the journeys are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class JourneyTemplates {

  /** Carlzon's figure: each front-line contact lasts about 15 seconds. */
  private static final Duration CARLZON_CONTACT = Duration.ofSeconds(15);

  private static final CustomerJourney RETAIL =
      CustomerJourney.builder()
          .name("Retail counter")
          .addStages(
              JourneyStage.of("arrival", "Arrival"),
              JourneyStage.of("consultation", "Consultation"),
              JourneyStage.of("purchase", "Purchase"),
              JourneyStage.of("departure", "Departure"),
              JourneyStage.of("follow-up", "Follow-up"))
          .addTouchpoints(
              mot("entering", "Entering the store", "arrival", Channel.IN_PERSON, "store staff"),
              mot("greeting", "Greeting", "arrival", Channel.IN_PERSON, "sales assistant"),
              mot(
                  "exploring-needs",
                  "Exploring needs",
                  "consultation",
                  Channel.IN_PERSON,
                  "sales assistant"),
              mot(
                  "presenting-goods",
                  "Presenting goods",
                  "consultation",
                  Channel.IN_PERSON,
                  "sales assistant"),
              mot(
                  "trying",
                  "Trying on or out",
                  "consultation",
                  Channel.IN_PERSON,
                  "sales assistant"),
              mot(
                  "handling-objections",
                  "Handling objections",
                  "consultation",
                  Channel.IN_PERSON,
                  "sales assistant"),
              mot("paying", "Paying", "purchase", Channel.IN_PERSON, "cashier"),
              mot("packing", "Packing", "purchase", Channel.IN_PERSON, "cashier"),
              mot("farewell", "Farewell", "departure", Channel.IN_PERSON, "sales assistant"),
              mot(
                  "after-sales",
                  "After-sales service",
                  "follow-up",
                  Channel.IN_PERSON,
                  "customer service"))
          .build();

  private static final CustomerJourney AIRLINE =
      CustomerJourney.builder()
          .name("Airline (Carlzon)")
          .addStages(
              JourneyStage.of("before", "Before the trip"),
              JourneyStage.of("during", "During the trip"),
              JourneyStage.of("after", "After the trip"))
          .addTouchpoints(
              carlzon("booking", "Booking", "before", Channel.PHONE, "reservations agent"),
              carlzon("check-in", "Check-in", "during", Channel.IN_PERSON, "check-in agent"),
              carlzon("boarding", "Boarding", "during", Channel.IN_PERSON, "gate agent"),
              carlzon("flight", "Flight", "during", Channel.IN_PERSON, "cabin crew"),
              carlzon(
                  "baggage-claim",
                  "Baggage claim",
                  "after",
                  Channel.IN_PERSON,
                  "baggage service agent"))
          .build();

  private static final CustomerJourney RESTAURANT =
      CustomerJourney.builder()
          .name("Restaurant")
          .addStages(
              JourneyStage.of("arrival", "Arrival"),
              JourneyStage.of("ordering", "Ordering"),
              JourneyStage.of("dining", "Dining"),
              JourneyStage.of("paying", "Paying"))
          .addTouchpoints(
              link("reservation", "Table reservation", "arrival", Channel.PHONE, "host"),
              mot("welcome", "Welcome and seating", "arrival", Channel.IN_PERSON, "host"),
              mot("order", "Taking the order", "ordering", Channel.IN_PERSON, "waiter"),
              mot("serving", "Serving the dishes", "dining", Channel.IN_PERSON, "waiter"),
              link(
                  "check-back",
                  "Checking back at the table",
                  "dining",
                  Channel.IN_PERSON,
                  "waiter"),
              mot("bill", "Bill and payment", "paying", Channel.IN_PERSON, "cashier"),
              link("farewell", "Farewell", "paying", Channel.IN_PERSON, "host"))
          .build();

  private static final CustomerJourney BANK =
      CustomerJourney.builder()
          .name("Bank branch")
          .addStages(
              JourneyStage.of("arrival", "Arrival"),
              JourneyStage.of("enquiry", "Enquiry"),
              JourneyStage.of("application", "Application"),
              JourneyStage.of("claim", "Claim"))
          .addTouchpoints(
              link("queue-number", "Taking a queue number", "arrival", Channel.SELF_SERVICE, null),
              mot(
                  "lobby-greeting",
                  "Greeting in the lobby",
                  "arrival",
                  Channel.IN_PERSON,
                  "lobby manager"),
              mot(
                  "counter-enquiry",
                  "Enquiry at the counter",
                  "enquiry",
                  Channel.IN_PERSON,
                  "teller"),
              mot(
                  "product-advice",
                  "Product advice",
                  "enquiry",
                  Channel.IN_PERSON,
                  "relationship manager"),
              mot(
                  "application",
                  "Submitting the application",
                  "application",
                  Channel.IN_PERSON,
                  "account officer"),
              link(
                  "decision-call",
                  "Decision call",
                  "application",
                  Channel.PHONE,
                  "relationship manager"),
              mot(
                  "claim-handling",
                  "Claim or complaint handling",
                  "claim",
                  Channel.IN_PERSON,
                  "service manager"))
          .build();

  private static final CustomerJourney HOSPITAL =
      CustomerJourney.builder()
          .name("Hospital")
          .addStages(
              JourneyStage.of("registration", "Registration"),
              JourneyStage.of("consultation", "Consultation"),
              JourneyStage.of("examination", "Examination"),
              JourneyStage.of("treatment", "Treatment"),
              JourneyStage.of("aftercare", "Aftercare"))
          .addTouchpoints(
              link("appointment", "Booking an appointment", "registration", Channel.APP, null),
              mot(
                  "registration-desk",
                  "Registration desk",
                  "registration",
                  Channel.IN_PERSON,
                  "receptionist"),
              mot(
                  "consultation",
                  "Doctor's consultation",
                  "consultation",
                  Channel.IN_PERSON,
                  "doctor"),
              mot(
                  "examination",
                  "Examination and tests",
                  "examination",
                  Channel.IN_PERSON,
                  "technician"),
              link("results", "Explaining the results", "examination", Channel.IN_PERSON, "doctor"),
              mot("treatment", "Treatment", "treatment", Channel.IN_PERSON, "nurse"),
              link(
                  "pharmacy", "Collecting medicines", "treatment", Channel.IN_PERSON, "pharmacist"),
              link("follow-up-call", "Follow-up call", "aftercare", Channel.PHONE, "nurse"))
          .build();

  private static final CustomerJourney ONLINE =
      CustomerJourney.builder()
          .name("Online shop")
          .addStages(
              JourneyStage.of("sign-up", "Sign-up"),
              JourneyStage.of("order", "Order"),
              JourneyStage.of("payment", "Payment"),
              JourneyStage.of("delivery", "Delivery"),
              JourneyStage.of("support", "Support"))
          .addTouchpoints(
              mot("sign-up", "Creating an account", "sign-up", Channel.WEB, null),
              link("search", "Searching and browsing", "order", Channel.WEB, null),
              mot("order", "Placing the order", "order", Channel.WEB, null),
              mot("payment", "Payment", "payment", Channel.WEB, null),
              link("confirmation", "Order confirmation e-mail", "payment", Channel.EMAIL, null),
              link("delivery", "Parcel delivery", "delivery", Channel.IN_PERSON, "courier"),
              mot(
                  "support-chat",
                  "Customer support chat",
                  "support",
                  Channel.CHAT,
                  "support agent"),
              link("returns", "Returning goods", "support", Channel.WEB, null))
          .build();

  private static final List<String> KEYS =
      List.of("retail", "airline", "restaurant", "bank", "hospital", "online");

  private static final List<CustomerJourney> ALL =
      List.of(RETAIL, AIRLINE, RESTAURANT, BANK, HOSPITAL, ONLINE);

  private JourneyTemplates() {}

  private static Touchpoint.Builder touchpoint(
      String id, String name, String stageId, Channel channel, @Nullable String role) {
    Touchpoint.Builder b = Touchpoint.builder().id(id).name(name).stageId(stageId).channel(channel);
    if (role != null) {
      b.role(role);
    }
    return b;
  }

  /** A contact the sources name: a moment of truth. */
  private static Touchpoint mot(
      String id, String name, String stageId, Channel channel, @Nullable String role) {
    return touchpoint(id, name, stageId, channel, role).momentOfTruth(true).build();
  }

  /** A connecting touchpoint added to complete the map: not flagged. */
  private static Touchpoint link(
      String id, String name, String stageId, Channel channel, @Nullable String role) {
    return touchpoint(id, name, stageId, channel, role).build();
  }

  /** One of Carlzon's airline contacts: a moment of truth of about 15 seconds. */
  private static Touchpoint carlzon(
      String id, String name, String stageId, Channel channel, String role) {
    return touchpoint(id, name, stageId, channel, role)
        .momentOfTruth(true)
        .typicalContact(CARLZON_CONTACT)
        .build();
  }

  /**
   * A store visit at a retail counter with the ten moments of truth of the MOT counter-service
   * course, all in person: entering, greeting, exploring needs, presenting goods, trying, handling
   * objections, paying, packing, farewell and after-sales service, in five stages (arrival,
   * consultation, purchase, departure, follow-up).
   *
   * @return the journey named {@code "Retail counter"}
   */
  public static CustomerJourney retailCounter() {
    return RETAIL;
  }

  /**
   * {@link #retailCounter()} with its names in the given language (see the class comment); in
   * Simplified Chinese the journey is named {@code "柜面销售"}.
   *
   * @param locale the language, such as {@link Locale#SIMPLIFIED_CHINESE}
   * @return the localised journey, with the same ids as {@link #retailCounter()}
   * @throws NullPointerException if {@code locale} is null
   * @since 0.1.0
   */
  public static CustomerJourney retailCounter(Locale locale) {
    return localised("retail", locale);
  }

  /**
   * An airline trip after Carlzon's SAS: five moments of truth of about 15 seconds each (booking by
   * phone; check-in, boarding, flight, baggage claim in person) in three stages: before, during and
   * after the trip. Five contacts per passenger is Carlzon's figure.
   *
   * @return the journey named {@code "Airline (Carlzon)"}
   */
  public static CustomerJourney airline() {
    return AIRLINE;
  }

  /**
   * {@link #airline()} with its names in the given language (see the class comment); in
   * Simplified Chinese the journey is named {@code "航空公司(卡尔森)"}.
   *
   * @param locale the language, such as {@link Locale#SIMPLIFIED_CHINESE}
   * @return the localised journey, with the same ids as {@link #airline()}
   * @throws NullPointerException if {@code locale} is null
   * @since 0.1.0
   */
  public static CustomerJourney airline(Locale locale) {
    return localised("airline", locale);
  }

  /**
   * A restaurant visit: arrival, ordering, dining and paying; moments of truth at the welcome, the
   * order, the serving and the bill.
   *
   * @return the journey named {@code "Restaurant"}
   */
  public static CustomerJourney restaurant() {
    return RESTAURANT;
  }

  /**
   * {@link #restaurant()} with its names in the given language (see the class comment); in
   * Simplified Chinese the journey is named {@code "餐厅"}.
   *
   * @param locale the language, such as {@link Locale#SIMPLIFIED_CHINESE}
   * @return the localised journey, with the same ids as {@link #restaurant()}
   * @throws NullPointerException if {@code locale} is null
   * @since 0.1.0
   */
  public static CustomerJourney restaurant(Locale locale) {
    return localised("restaurant", locale);
  }

  /**
   * A visit to a bank branch: arrival, enquiry, application and claim; moments of truth at the
   * lobby greeting, the counter enquiry, product advice, the application and claim handling.
   *
   * @return the journey named {@code "Bank branch"}
   */
  public static CustomerJourney bankBranch() {
    return BANK;
  }

  /**
   * {@link #bankBranch()} with its names in the given language (see the class comment); in
   * Simplified Chinese the journey is named {@code "银行网点"}.
   *
   * @param locale the language, such as {@link Locale#SIMPLIFIED_CHINESE}
   * @return the localised journey, with the same ids as {@link #bankBranch()}
   * @throws NullPointerException if {@code locale} is null
   * @since 0.1.0
   */
  public static CustomerJourney bankBranch(Locale locale) {
    return localised("bank", locale);
  }

  /**
   * A hospital outpatient visit: registration, consultation, examination, treatment and aftercare;
   * moments of truth at the registration desk, the consultation, the examination and the treatment.
   *
   * @return the journey named {@code "Hospital"}
   */
  public static CustomerJourney hospital() {
    return HOSPITAL;
  }

  /**
   * {@link #hospital()} with its names in the given language (see the class comment); in
   * Simplified Chinese the journey is named {@code "医院"}.
   *
   * @param locale the language, such as {@link Locale#SIMPLIFIED_CHINESE}
   * @return the localised journey, with the same ids as {@link #hospital()}
   * @throws NullPointerException if {@code locale} is null
   * @since 0.1.0
   */
  public static CustomerJourney hospital(Locale locale) {
    return localised("hospital", locale);
  }

  /**
   * An online purchase: sign-up, order, payment, delivery and support; moments of truth at sign-up,
   * placing the order, payment and the support chat.
   *
   * @return the journey named {@code "Online shop"}
   */
  public static CustomerJourney onlineShop() {
    return ONLINE;
  }

  /**
   * {@link #onlineShop()} with its names in the given language (see the class comment); in
   * Simplified Chinese the journey is named {@code "网上商店"}.
   *
   * @param locale the language, such as {@link Locale#SIMPLIFIED_CHINESE}
   * @return the localised journey, with the same ids as {@link #onlineShop()}
   * @throws NullPointerException if {@code locale} is null
   * @since 0.1.0
   */
  public static CustomerJourney onlineShop(Locale locale) {
    return localised("online", locale);
  }

  /**
   * All six templates, in the order retail, airline, restaurant, bank, hospital, online.
   *
   * @return an unmodifiable list
   */
  public static List<CustomerJourney> all() {
    return ALL;
  }

  /**
   * The keys of the templates for {@link #byName(String)}: {@code "retail", "airline",
   * "restaurant", "bank", "hospital", "online"}, in the order of {@link #all()}.
   *
   * @return an unmodifiable list
   */
  public static List<String> keys() {
    return KEYS;
  }

  /**
   * The template with the given key ({@code "retail"}, {@code "airline"}, {@code "restaurant"},
   * {@code "bank"}, {@code "hospital"}, {@code "online"}) or journey name ({@code "Retail
   * counter"}); case and surrounding blanks are ignored.
   *
   * @param key a key or a template's name
   * @return the template
   * @throws IllegalArgumentException if no template has that key or name
   */
  public static CustomerJourney byName(String key) {
    return ALL.get(indexOf(key, null));
  }

  /**
   * All six templates in the given language (see the class comment), in the order of {@link
   * #all()}.
   *
   * @param locale the language, such as {@link Locale#SIMPLIFIED_CHINESE}
   * @return an unmodifiable list of localised journeys
   * @throws NullPointerException if {@code locale} is null
   * @since 0.1.0
   */
  public static List<CustomerJourney> all(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    List<CustomerJourney> journeys = new ArrayList<>(KEYS.size());
    for (String key : KEYS) {
      journeys.add(localised(key, locale));
    }
    return List.copyOf(journeys);
  }

  /**
   * The template with the given key, English name or name in the given language, localised (see
   * the class comment): {@code byName("retail", Locale.SIMPLIFIED_CHINESE)} and {@code
   * byName("柜面销售", Locale.SIMPLIFIED_CHINESE)} both give the retail counter in Chinese. Case and
   * surrounding blanks are ignored.
   *
   * @param key a key ({@link #keys()}), a template's English name or its name in {@code locale}
   * @param locale the language, such as {@link Locale#SIMPLIFIED_CHINESE}
   * @return the localised template, with the same ids as {@link #byName(String)}
   * @throws IllegalArgumentException if no template has that key or name
   * @throws NullPointerException if an argument is null
   * @since 0.1.0
   */
  public static CustomerJourney byName(String key, Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return localised(KEYS.get(indexOf(key, Labels.of(locale))), locale);
  }

  /**
   * The index of the template with the given key or English name, or, if {@code labels} is given,
   * its name in those labels.
   */
  private static int indexOf(String key, @Nullable Labels labels) {
    String k = Objects.requireNonNull(key, "key").strip().toLowerCase(Locale.ROOT);
    for (int i = 0; i < KEYS.size(); i++) {
      if (KEYS.get(i).equals(k)
          || ALL.get(i).name().toLowerCase(Locale.ROOT).equals(k)
          || (labels != null
              && labels.get(prefix(KEYS.get(i)) + "name").toLowerCase(Locale.ROOT).equals(k))) {
        return i;
      }
    }
    throw new IllegalArgumentException(
        "journey template must be one of "
            + String.join(", ", KEYS)
            + (labels == null ? "" : " or a template name")
            + " but was '"
            + key
            + "'");
  }

  private static String prefix(String key) {
    return "template." + key + ".";
  }

  /** The template with that key, renamed from the labels of the locale; ids are kept. */
  private static CustomerJourney localised(String key, Locale locale) {
    Labels labels = Labels.of(locale);
    CustomerJourney template = ALL.get(KEYS.indexOf(key));
    String p = prefix(key);
    List<JourneyStage> stages = new ArrayList<>(template.stages().size());
    for (JourneyStage s : template.stages()) {
      stages.add(JourneyStage.of(s.id(), labels.get(p + "stage." + s.id())));
    }
    List<Touchpoint> touchpoints = new ArrayList<>(template.touchpoints().size());
    for (Touchpoint t : template.touchpoints()) {
      String tp = p + "touchpoint." + t.id();
      Touchpoint named = t.withName(labels.get(tp));
      touchpoints.add(t.role().isPresent() ? named.withRole(labels.get(tp + ".role")) : named);
    }
    return CustomerJourney.builder()
        .name(labels.get(p + "name"))
        .addAllStages(stages)
        .addAllTouchpoints(touchpoints)
        .build();
  }
}
