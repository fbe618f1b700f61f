package io.github.mot.core;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The journeys of the {@link JourneyTemplate}s: their English definitions and their localisation
 * from the labels of a language. Package-private; the journeys are immutable and thread-safe.
 */
final class TemplateJourneys {

  private TemplateJourneys() {}


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

  /** The retail template, localised when a locale is given. */
  static CustomerJourney retailCounter(@Nullable Locale locale) {
    return locale == null ? RETAIL : localised("retail", RETAIL, locale);
  }

  /** The airline template, localised when a locale is given. */
  static CustomerJourney airline(@Nullable Locale locale) {
    return locale == null ? AIRLINE : localised("airline", AIRLINE, locale);
  }

  /** The restaurant template, localised when a locale is given. */
  static CustomerJourney restaurant(@Nullable Locale locale) {
    return locale == null ? RESTAURANT : localised("restaurant", RESTAURANT, locale);
  }

  /** The bank template, localised when a locale is given. */
  static CustomerJourney bankBranch(@Nullable Locale locale) {
    return locale == null ? BANK : localised("bank", BANK, locale);
  }

  /** The hospital template, localised when a locale is given. */
  static CustomerJourney hospital(@Nullable Locale locale) {
    return locale == null ? HOSPITAL : localised("hospital", HOSPITAL, locale);
  }

  /** The online template, localised when a locale is given. */
  static CustomerJourney onlineShop(@Nullable Locale locale) {
    return locale == null ? ONLINE : localised("online", ONLINE, locale);
  }

  private static String prefix(String key) {
    return "template." + key + ".";
  }

  /** The template with that key, renamed from the labels of the locale; ids are kept. */
  private static CustomerJourney localised(String key, CustomerJourney template, Locale locale) {
    Labels labels = Labels.of(locale);
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
