package io.github.mot.core;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The journeys of the {@link JourneyTemplate}s: their English definitions and their localisation
 * from the labels of a language. Package-private; the journeys are immutable and thread-safe.
 */
final class TemplateJourneys {

  private TemplateJourneys() {}

  /** Carlzon's figure: each front-line contact lasts about 15 seconds. */
  private static final Duration CARLZON_CONTACT = Duration.ofSeconds(15);

  /*
   * The templates as tables, one row a line, cells separated by '|':
   *   stage   | id | name
   *   mot     | id | name | stage id | channel id | role    a contact the sources name: a moment of truth
   *   link    | id | name | stage id | channel id | role    a connecting touchpoint added to complete
   *                                                         the map: not flagged
   *   carlzon | id | name | stage id | channel id | role    one of Carlzon's airline contacts: a moment
   *                                                         of truth of about 15 seconds
   * A role of "-" means none. Stages and touchpoints keep the order of the rows.
   */

  static final CustomerJourney RETAIL =
      journey(
          "Retail counter",
          """
          stage | arrival             | Arrival
          stage | consultation        | Consultation
          stage | purchase            | Purchase
          stage | departure           | Departure
          stage | follow-up           | Follow-up
          mot   | entering            | Entering the store  | arrival      | in-person | store staff
          mot   | greeting            | Greeting            | arrival      | in-person | sales assistant
          mot   | exploring-needs     | Exploring needs     | consultation | in-person | sales assistant
          mot   | presenting-goods    | Presenting goods    | consultation | in-person | sales assistant
          mot   | trying              | Trying on or out    | consultation | in-person | sales assistant
          mot   | handling-objections | Handling objections | consultation | in-person | sales assistant
          mot   | paying              | Paying              | purchase     | in-person | cashier
          mot   | packing             | Packing             | purchase     | in-person | cashier
          mot   | farewell            | Farewell            | departure    | in-person | sales assistant
          mot   | after-sales         | After-sales service | follow-up    | in-person | customer service
          """);

  static final CustomerJourney AIRLINE =
      journey(
          "Airline (Carlzon)",
          """
          stage   | before        | Before the trip
          stage   | during        | During the trip
          stage   | after         | After the trip
          carlzon | booking       | Booking       | before | phone     | reservations agent
          carlzon | check-in      | Check-in      | during | in-person | check-in agent
          carlzon | boarding      | Boarding      | during | in-person | gate agent
          carlzon | flight        | Flight        | during | in-person | cabin crew
          carlzon | baggage-claim | Baggage claim | after  | in-person | baggage service agent
          """);

  static final CustomerJourney RESTAURANT =
      journey(
          "Restaurant",
          """
          stage | arrival     | Arrival
          stage | ordering    | Ordering
          stage | dining      | Dining
          stage | paying      | Paying
          link  | reservation | Table reservation          | arrival  | phone     | host
          mot   | welcome     | Welcome and seating        | arrival  | in-person | host
          mot   | order       | Taking the order           | ordering | in-person | waiter
          mot   | serving     | Serving the dishes         | dining   | in-person | waiter
          link  | check-back  | Checking back at the table | dining   | in-person | waiter
          mot   | bill        | Bill and payment           | paying   | in-person | cashier
          link  | farewell    | Farewell                   | paying   | in-person | host
          """);

  static final CustomerJourney BANK =
      journey(
          "Bank branch",
          """
          stage | arrival         | Arrival
          stage | enquiry         | Enquiry
          stage | application     | Application
          stage | claim           | Claim
          link  | queue-number    | Taking a queue number       | arrival     | self-service | -
          mot   | lobby-greeting  | Greeting in the lobby       | arrival     | in-person    | lobby manager
          mot   | counter-enquiry | Enquiry at the counter      | enquiry     | in-person    | teller
          mot   | product-advice  | Product advice              | enquiry     | in-person    | relationship manager
          mot   | application     | Submitting the application  | application | in-person    | account officer
          link  | decision-call   | Decision call               | application | phone        | relationship manager
          mot   | claim-handling  | Claim or complaint handling | claim       | in-person    | service manager
          """);

  static final CustomerJourney HOSPITAL =
      journey(
          "Hospital",
          """
          stage | registration      | Registration
          stage | consultation      | Consultation
          stage | examination       | Examination
          stage | treatment         | Treatment
          stage | aftercare         | Aftercare
          link  | appointment       | Booking an appointment | registration | app       | -
          mot   | registration-desk | Registration desk      | registration | in-person | receptionist
          mot   | consultation      | Doctor's consultation  | consultation | in-person | doctor
          mot   | examination       | Examination and tests  | examination  | in-person | technician
          link  | results           | Explaining the results | examination  | in-person | doctor
          mot   | treatment         | Treatment              | treatment    | in-person | nurse
          link  | pharmacy          | Collecting medicines   | treatment    | in-person | pharmacist
          link  | follow-up-call    | Follow-up call         | aftercare    | phone     | nurse
          """);

  static final CustomerJourney ONLINE =
      journey(
          "Online shop",
          """
          stage | sign-up      | Sign-up
          stage | order        | Order
          stage | payment      | Payment
          stage | delivery     | Delivery
          stage | support      | Support
          mot   | sign-up      | Creating an account       | sign-up  | web       | -
          link  | search       | Searching and browsing    | order    | web       | -
          mot   | order        | Placing the order         | order    | web       | -
          mot   | payment      | Payment                   | payment  | web       | -
          link  | confirmation | Order confirmation e-mail | payment  | email     | -
          link  | delivery     | Parcel delivery           | delivery | in-person | courier
          mot   | support-chat | Customer support chat     | support  | chat      | support agent
          link  | returns      | Returning goods           | support  | web       | -
          """);

  /** The journey of that name whose stages and touchpoints are the rows of the table. */
  private static CustomerJourney journey(String name, String table) {
    CustomerJourney.Builder journey = CustomerJourney.builder().name(name);
    for (String line : table.strip().split("\n")) {
      String[] cells = line.split("\\|");
      for (int i = 0; i < cells.length; i++) {
        cells[i] = cells[i].strip();
      }
      if (cells[0].equals("stage")) {
        journey.addStages(JourneyStage.of(cells[1], cells[2]));
      } else {
        journey.addTouchpoints(touchpoint(cells));
      }
    }
    return journey.build();
  }

  /** The touchpoint of one row: kind, id, name, stage id, channel id, role ("-": none). */
  private static Touchpoint touchpoint(String[] row) {
    Touchpoint.Builder b =
        Touchpoint.builder().id(row[1]).name(row[2]).stageId(row[3]).channel(Channel.of(row[4]));
    if (!row[5].equals("-")) {
      b.role(row[5]);
    }
    switch (row[0]) {
      case "mot" -> b.momentOfTruth(true);
      case "carlzon" -> b.momentOfTruth(true).typicalContact(CARLZON_CONTACT);
      case "link" -> {}
      default -> throw new IllegalStateException("not a kind of row: " + row[0]);
    }
    return b.build();
  }

  private static String prefix(String key) {
    return "template." + key + ".";
  }

  /** The template with that key, renamed from the labels of the locale; ids are kept. */
  static CustomerJourney localised(String key, CustomerJourney template, Locale locale) {
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
