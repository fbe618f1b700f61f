package io.github.mot.scoring;

import static io.github.mot.scoring.Fixtures.CHECKLIST;
import static io.github.mot.scoring.Fixtures.COUNTER;
import static io.github.mot.scoring.Fixtures.T0;
import static io.github.mot.scoring.Fixtures.enc;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mot.core.AbcComponent;
import io.github.mot.core.AbcRatings;
import io.github.mot.core.BehaviourStep;
import io.github.mot.core.ChecklistItem;
import io.github.mot.core.Encounter;
import io.github.mot.core.RatingScale;
import io.github.mot.core.SupervisionChecklist;
import io.github.mot.core.table.Format;
import io.github.mot.core.table.Tabular;
import io.github.mot.core.testing.Seed;
import io.github.mot.core.testing.SeededTest;
import io.github.mot.scoring.ScorecardSummary.Share;
import io.github.mot.scoring.testing.ScoringGenerators;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * CSV, JSON and HTML of every scoring result: the keys, the values (read back with Jackson and
 * compared with the accessors), undefined values (JSON null, an empty CSV cell), text cells that a
 * spreadsheet would run as formulas, and real HTML tables.
 */
class ExportsTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  // --- helpers ---------------------------------------------------------------------------------

  static JsonNode json(Tabular result) {
    return readTree(Format.JSON.render(result));
  }

  static JsonNode readTree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> keys(JsonNode node) {
    List<String> keys = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      keys.add(it.next());
    }
    return keys;
  }

  /** The records of an RFC 4180 text ({@code \n} line ends), quotes removed. */
  static List<List<String>> records(String csv) {
    List<List<String>> out = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < csv.length(); i++) {
      char ch = csv.charAt(i);
      if (quoted) {
        if (ch != '"') {
          cell.append(ch);
        } else if (i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else {
          quoted = false;
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',' || ch == '\n') {
        record.add(cell.toString());
        cell.setLength(0);
        if (ch == '\n') {
          out.add(record);
          record = new ArrayList<>();
        }
      } else {
        cell.append(ch);
      }
    }
    assertThat(cell).isEmpty();
    return out;
  }

  static List<String> csvHeader(Tabular result) {
    return records(Format.CSV.render(result)).get(0);
  }

  /** The CSV rows as maps from header to cell; every row as long as the header. */
  static List<Map<String, String>> csv(Tabular result) {
    return csv(Format.CSV.render(result));
  }

  static List<Map<String, String>> csv(String text) {
    List<List<String>> records = records(text);
    List<String> header = records.get(0);
    List<Map<String, String>> rows = new ArrayList<>();
    for (List<String> r : records.subList(1, records.size())) {
      assertThat(r).hasSameSizeAs(header);
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        row.put(header.get(i), r.get(i));
      }
      rows.add(row);
    }
    return rows;
  }

  static void assertHtmlTable(Tabular result) {
    assertThat(Format.HTML.render(result)).startsWith("<section class=\"mot-result\">")
        .contains("<table class=\"mot-table\"").contains("<thead>");
  }

  private static double number(JsonNode node) {
    assertThat(node.isNumber()).as("%s is a number", node).isTrue();
    return node.doubleValue();
  }

  // --- ScorecardSummary ------------------------------------------------------------------------

  private static final List<String> SCORECARD_KEYS = List.of("n", "mean", "netScore", "positiveShare",
      "positiveLower", "positiveUpper", "negativeShare", "negativeLower", "negativeUpper", "neutralShare",
      "neutralLower", "neutralUpper", "delightRate", "delightLower", "delightUpper", "damageRate", "damageLower",
      "damageUpper", "positiveCount", "negativeCount", "neutralCount");

  /** Every field of a scorecard summary's JSON equals its accessor, exactly; undefined is null. */
  private static void assertScorecardFields(JsonNode j, ScorecardSummary s, String as) {
    assertThat(j.get("n").longValue()).as(as).isEqualTo(s.count());
    assertThat(j.get("positiveCount").longValue()).as(as).isEqualTo(s.positiveCount());
    assertThat(j.get("negativeCount").longValue()).as(as).isEqualTo(s.negativeCount());
    assertThat(j.get("neutralCount").longValue()).as(as).isEqualTo(s.neutralCount());
    if (s.isEmpty()) {
      for (String k : List.of("mean", "netScore", "positiveShare", "negativeShare", "neutralShare", "delightRate",
          "damageRate")) {
        assertThat(j.get(k).isNull()).as(as + " " + k).isTrue();
      }
    } else {
      assertThat(number(j.get("mean"))).as(as).isEqualTo(s.mean());
      assertThat(number(j.get("netScore"))).as(as).isEqualTo(s.netScore());
      assertThat(number(j.get("positiveShare"))).as(as).isEqualTo(s.positiveShare());
      assertThat(number(j.get("negativeShare"))).as(as).isEqualTo(s.negativeShare());
      assertThat(number(j.get("neutralShare"))).as(as).isEqualTo(s.neutralShare());
      assertThat(number(j.get("delightRate"))).as(as).isEqualTo(s.delightRate());
      assertThat(number(j.get("damageRate"))).as(as).isEqualTo(s.damageRate());
    }
    Map<String, Share> prefixes = Map.of("positive", Share.POSITIVE, "negative", Share.NEGATIVE,
        "neutral", Share.NEUTRAL, "delight", Share.DELIGHT, "damage", Share.DAMAGE);
    prefixes.forEach((prefix, share) -> {
      assertThat(number(j.get(prefix + "Lower"))).as(as + " " + prefix).isEqualTo(s.interval(share).lower());
      assertThat(number(j.get(prefix + "Upper"))).as(as + " " + prefix).isEqualTo(s.interval(share).upper());
    });
  }

  @Test
  void scorecardSummaryJson() {
    ScorecardSummary s = ScorecardSummary.ofCounts(1, 0, 1, 1, 2, 3, 2);
    JsonNode j = json(s);
    List<String> keys = new ArrayList<>(SCORECARD_KEYS);
    keys.add("levels");
    assertThat(keys(j)).containsExactlyElementsOf(keys);
    assertScorecardFields(j, s, "ScorecardSummary");
    // mean = 10 / 10 = 1.0; net = 100 x (7 - 2) / 10 = 50 pp (see ScorecardSummaryTest)
    assertThat(j.get("mean").doubleValue()).isEqualTo(1.0);
    assertThat(j.get("netScore").doubleValue()).isEqualTo(50.0);
    JsonNode levels = j.get("levels");
    assertThat(levels).hasSize(7);
    assertThat(keys(levels.get(0))).containsExactly("level", "meaning", "count", "share");
    assertThat(levels.get(0).get("level").intValue()).isEqualTo(3);
    assertThat(levels.get(0).get("meaning").textValue()).isEqualTo("delights the customer");
    assertThat(levels.get(0).get("count").longValue()).isEqualTo(2);
    assertThat(levels.get(0).get("share").doubleValue()).isEqualTo(0.2);
    assertThat(levels.get(6).get("level").intValue()).isEqualTo(-3);
    // labels in a language with one; keys and codes are the same in every language
    JsonNode zh = readTree(Format.JSON.render(s, Locale.SIMPLIFIED_CHINESE));
    assertThat(keys(zh)).isEqualTo(keys(j));
    assertThat(zh.get("levels").get(0).get("meaning").textValue()).isEqualTo("让客户喜悦");
  }

  @Test
  void scorecardSummaryJsonOfNoRatingsHasNulls() {
    JsonNode j = json(ScorecardSummary.EMPTY);
    assertScorecardFields(j, ScorecardSummary.EMPTY, "empty");
    assertThat(j.get("mean").isNull()).isTrue();
    assertThat(j.get("positiveLower").doubleValue()).isEqualTo(0.0);
    assertThat(j.get("positiveUpper").doubleValue()).isEqualTo(1.0);
    assertThat(j.get("levels").get(0).get("share").isNull()).isTrue();
    assertThat(j.get("levels").get(0).get("count").longValue()).isZero();
  }

  @Test
  void scorecardSummaryCsv() {
    ScorecardSummary s = ScorecardSummary.ofCounts(1, 0, 1, 1, 2, 3, 2);
    List<String> header = new ArrayList<>(List.of("table", "level", "meaning", "count", "share"));
    header.addAll(List.of("n", "mean", "net_score", "positive_share", "positive_lower", "positive_upper",
        "negative_share", "negative_lower", "negative_upper", "neutral_share", "neutral_lower", "neutral_upper",
        "delight_rate", "delight_lower", "delight_upper", "damage_rate", "damage_lower", "damage_upper",
        "positive_count", "negative_count", "neutral_count"));
    assertThat(csvHeader(s)).containsExactlyElementsOf(header);
    List<Map<String, String>> rows = csv(s);
    assertThat(rows).hasSize(8);
    assertThat(rows.get(0)).containsEntry("table", "levels").containsEntry("level", "3")
        .containsEntry("meaning", "delights the customer").containsEntry("count", "2").containsEntry("share", "0.2")
        .containsEntry("n", "");
    assertThat(rows.get(6)).containsEntry("level", "-3").containsEntry("count", "1");
    Map<String, String> summary = rows.get(7);
    assertThat(summary).containsEntry("table", "summary").containsEntry("level", "").containsEntry("n", "10")
        .containsEntry("mean", "1.0").containsEntry("net_score", "50.0").containsEntry("positive_share", "0.7")
        .containsEntry("positive_lower", Double.toString(s.interval(Share.POSITIVE).lower()))
        .containsEntry("damage_upper", Double.toString(s.interval(Share.DAMAGE).upper()))
        .containsEntry("positive_count", "7");
    assertThat(csv(Format.CSV.render(s, Locale.SIMPLIFIED_CHINESE)).get(0)).containsEntry("meaning", "让客户喜悦");
  }

  @Test
  void scorecardSummaryCsvOfNoRatingsHasEmptyCells() {
    List<Map<String, String>> rows = csv(ScorecardSummary.EMPTY);
    assertThat(rows.get(0)).containsEntry("count", "0").containsEntry("share", "");
    assertThat(rows.get(7)).containsEntry("n", "0").containsEntry("mean", "").containsEntry("net_score", "")
        .containsEntry("positive_share", "").containsEntry("positive_lower", "0.0");
    assertHtmlTable(ScorecardSummary.EMPTY);
    assertThat(Format.HTML.render(ScorecardSummary.EMPTY)).contains("<td class=\"num\">n/a</td>");
  }

  @SeededTest
  void scorecardJsonAndCsvNumbersAreTheAccessorsExactly(Seed seed) {
    SplittableRandom r = seed.random();
    int[] levels = ScoringGenerators.levels(r, 60);
    GroupedScorecardAccumulator<String> grouped = GroupedScorecardAccumulator.create("staff");
    ScorecardAccumulator all = ScorecardAccumulator.create();
    for (int level : levels) {
      all.add(level);
      grouped.add("s" + r.nextInt(4), level);
    }
    ScorecardSummary s = all.summary();
    JsonNode j = json(s);
    assertScorecardFields(j, s, seed.toString());
    for (JsonNode level : j.get("levels")) {
      assertThat(level.get("count").longValue()).as("%s", seed).isEqualTo(s.count(level.get("level").intValue()));
    }
    Map<String, String> summaryRow = csv(s).get(7);
    assertThat(summaryRow.get("mean")).as("%s", seed)
        .isEqualTo(Double.isNaN(s.mean()) ? "" : Double.toString(s.mean()));
    GroupedSummary<String, ScorecardSummary> g = grouped.summary();
    JsonNode gj = json(g);
    assertThat(gj.get("groups")).as("%s", seed).hasSize(g.size());
    for (int i = 0; i < g.size(); i++) {
      JsonNode group = gj.get("groups").get(i);
      assertThat(group.get("key").textValue()).as("%s", seed).isEqualTo(g.groups().get(i).key());
      assertScorecardFields(group, g.groups().get(i).summary(), seed.toString());
    }
    assertScorecardFields(gj.get("total"), g.total(), seed.toString());
  }

  // --- GroupedSummary --------------------------------------------------------------------------

  private static GroupedSummary<String, ScorecardSummary> hostileGroups() {
    GroupedScorecardAccumulator<String> acc = GroupedScorecardAccumulator.create("touchpoint");
    acc.add("=cmd", -2).add("=cmd", 1).add("greet", 3);
    return acc.summary();
  }

  @Test
  void groupedSummaryCsvHasOneRowPerGroupAndTheTotal() {
    GroupedSummary<String, ScorecardSummary> g = hostileGroups();
    List<String> header = new ArrayList<>(List.of("level", "key"));
    header.addAll(csvHeader(ScorecardSummary.EMPTY).subList(5, 5 + SCORECARD_KEYS.size()));
    assertThat(csvHeader(g)).containsExactlyElementsOf(header);
    List<Map<String, String>> rows = csv(g);
    assertThat(rows).extracting(m -> m.get("level")).containsExactly("group", "group", "total");
    // a key a spreadsheet would run as a formula gets a leading apostrophe
    assertThat(rows.get(0)).containsEntry("key", "'=cmd").containsEntry("n", "2").containsEntry("mean", "-0.5")
        .containsEntry("net_score", "0.0");
    assertThat(rows.get(1)).containsEntry("key", "greet").containsEntry("n", "1");
    assertThat(rows.get(2)).containsEntry("key", "").containsEntry("n", "3");
    assertThat(Format.CSV.render(g)).contains("\ngroup,'=cmd,2,");
  }

  @Test
  void groupedSummaryJsonHasTheGroupsAndTheTotal() {
    GroupedSummary<String, ScorecardSummary> g = hostileGroups();
    JsonNode j = json(g);
    assertThat(keys(j)).containsExactly("grouping", "groups", "total");
    assertThat(j.get("grouping").textValue()).isEqualTo("touchpoint");
    assertThat(j.get("groups")).hasSize(2);
    List<String> groupKeys = new ArrayList<>(List.of("key"));
    groupKeys.addAll(SCORECARD_KEYS);
    assertThat(keys(j.get("groups").get(0))).containsExactlyElementsOf(groupKeys);
    assertThat(j.get("groups").get(0).get("key").textValue()).isEqualTo("=cmd"); // JSON needs no neutralising
    assertScorecardFields(j.get("groups").get(0), g.get("=cmd").orElseThrow(), "=cmd");
    assertThat(keys(j.get("total"))).containsExactlyElementsOf(SCORECARD_KEYS);
    assertScorecardFields(j.get("total"), g.total(), "total");
    // nothing added: the empty total's statistics are undefined
    JsonNode empty = json(GroupedScorecardAccumulator.<String>create("staff").summary());
    assertThat(empty.get("groups")).isEmpty();
    assertThat(empty.get("total").get("mean").isNull()).isTrue();
    assertThat(csv(GroupedScorecardAccumulator.<String>create("staff").summary()))
        .singleElement().satisfies(row -> assertThat(row).containsEntry("level", "total").containsEntry("mean", ""));
  }

  @Test
  void groupedSummaryHtmlHasOneTableWithTheTotalInItsFooter() {
    String html = Format.HTML.render(hostileGroups());
    assertHtmlTable(hostileGroups());
    assertThat(html).contains("data-key=\"groups\"", "<td>=cmd</td>", "<td>(all)</td>")
        .doesNotContain("data-key=\"total\"");
    assertThat(html.substring(html.indexOf("<tfoot>"), html.indexOf("</tfoot>"))).contains("<td>(all)</td>")
        .doesNotContain("=cmd");
    assertThat(html.indexOf("</tbody>")).isLessThan(html.indexOf("<tfoot>"));
  }

  @Test
  void labelledGroupsKeepTheirKeysAndAddALabel() {
    GroupedSummary<String, ScorecardSummary> g = hostileGroups();
    GroupedSummary<String, ScorecardSummary> named = g.withKeyLabels(k -> k.equals("greet") ? "问候" : "+bad");
    assertThat(named).isEqualTo(g);
    assertThat(named.toString()).contains("\n问候  ").contains("\n+bad  ");
    assertThat(csvHeader(named).subList(0, 3)).containsExactly("level", "key", "label");
    assertThat(csv(named).get(0)).containsEntry("key", "'=cmd").containsEntry("label", "'+bad");
    assertThat(csv(named).get(2)).containsEntry("label", "");
    JsonNode j = json(named);
    assertThat(j.get("groups").get(1).get("label").textValue()).isEqualTo("问候");
    assertThat(keys(j.get("total"))).doesNotContain("key", "label");
    assertThat(named.toString(Locale.SIMPLIFIED_CHINESE)).isEqualTo(g.toString(Locale.SIMPLIFIED_CHINESE, k ->
        k.equals("greet") ? "问候" : "+bad"));
  }

  // --- JourneyScore ----------------------------------------------------------------------------

  @Test
  void journeyScoreCsvAndJson() {
    List<Encounter> encounters = new ArrayList<>(Fixtures.C1);
    encounters.add(Fixtures.unscored("c1", "farewell", 30).withStaffId("=cmd"));
    JourneyScore js = JourneyScorer.of(COUNTER).score(encounters);
    JsonNode j = json(js);
    assertThat(keys(j)).containsExactly("customerId", "journey", "encounterCount", "scoredCount", "touchpointCount",
        "metCount", "coverage", "encounters", "models", "skippedTouchpoints");
    assertThat(j.get("customerId").textValue()).isEqualTo("c1");
    assertThat(j.get("journey").textValue()).isEqualTo("Test counter");
    assertThat(j.get("encounterCount").intValue()).isEqualTo(5);
    assertThat(j.get("scoredCount").longValue()).isEqualTo(js.scoredCount()).isEqualTo(4);
    assertThat(j.get("coverage").doubleValue()).isEqualTo(js.coverage()).isEqualTo(1.0);
    assertThat(j.get("skippedTouchpoints")).isEmpty();
    JsonNode rowsOfEncounters = j.get("encounters");
    assertThat(keys(rowsOfEncounters.get(0))).containsExactly("number", "occurredAt", "touchpoint", "staffId", "level", "peak",
        "last", "firstNegative", "negativeAtMomentOfTruth");
    // greet -2 at 10:05 by s1: the first negative, at a moment of truth
    assertThat(rowsOfEncounters.get(1).get("occurredAt").textValue()).isEqualTo("2026-11-24T10:05:00Z");
    assertThat(rowsOfEncounters.get(1).get("touchpoint").textValue()).isEqualTo("greet");
    assertThat(rowsOfEncounters.get(1).get("staffId").textValue()).isEqualTo("s1");
    assertThat(rowsOfEncounters.get(1).get("level").doubleValue()).isEqualTo(-2.0);
    assertThat(rowsOfEncounters.get(1).get("firstNegative").booleanValue()).isTrue();
    assertThat(rowsOfEncounters.get(1).get("negativeAtMomentOfTruth").booleanValue()).isTrue();
    assertThat(rowsOfEncounters.get(2).get("peak").booleanValue()).isTrue();
    assertThat(rowsOfEncounters.get(0).get("staffId").isNull()).isTrue();
    assertThat(rowsOfEncounters.get(4).get("level").isNull()).isTrue(); // unscored
    assertThat(rowsOfEncounters.get(4).get("staffId").textValue()).isEqualTo("=cmd");
    JsonNode models = j.get("models");
    assertThat(models).hasSize(4);
    int i = 0;
    for (JourneyModel m : JourneyModel.values()) {
      assertThat(models.get(i).get("model").textValue()).isEqualTo(m.name());
      assertThat(models.get(i).get("score").doubleValue()).isEqualTo(js.score(m));
      i++;
    }
    List<Map<String, String>> rows = csv(js);
    assertThat(csvHeader(js)).containsExactly("table", "number", "occurred_at", "touchpoint", "staff_id", "level",
        "peak", "last", "first_negative", "negative_at_moment_of_truth", "model", "score");
    assertThat(rows).extracting(m -> m.get("table")).containsExactly("encounters", "encounters", "encounters", "encounters",
        "encounters", "models", "models", "models", "models");
    assertThat(rows.get(4)).containsEntry("staff_id", "'=cmd").containsEntry("level", "").containsEntry("peak", "false");
    assertThat(rows.get(1)).containsEntry("level", "-2.0").containsEntry("first_negative", "true");
    assertThat(rows.get(5)).containsEntry("model", "MEAN").containsEntry("score", "0.25");
    assertHtmlTable(js);
    assertThat(Format.HTML.render(js)).contains("data-key=\"encounters\"", "data-key=\"models\"");
  }

  @Test
  void journeyScoreWithoutAWeightedMeanHasNullAndAnEmptyCell() {
    JourneyScore js = JourneyScorer.of(COUNTER).score(List.of(enc("c", "farewell", 0, 2)));
    assertThat(json(js).get("models").get(1).get("score").isNull()).isTrue();
    assertThat(json(js).get("skippedTouchpoints").get(0).get("touchpoint").textValue()).isEqualTo("enter");
    assertThat(csv(js).get(2)).containsEntry("model", "WEIGHTED_MEAN").containsEntry("score", "");
  }

  // --- FirstImpression and FirstImpressionSummary ----------------------------------------------

  private static final List<String> CONTRIBUTION_KEYS = List.of("component", "weight", "rating", "points",
      "maxPoints", "lostPoints", "indexPoints", "lostIndexPoints");

  private static void assertContributions(JsonNode array, List<FirstImpression.Contribution> contributions) {
    assertThat(array).hasSize(contributions.size());
    for (int i = 0; i < contributions.size(); i++) {
      FirstImpression.Contribution c = contributions.get(i);
      JsonNode n = array.get(i);
      assertThat(keys(n)).containsExactlyElementsOf(CONTRIBUTION_KEYS);
      assertThat(n.get("component").textValue()).isEqualTo(c.component().name());
      assertThat(n.get("weight").doubleValue()).isEqualTo(c.weight());
      assertThat(n.get("rating").doubleValue()).isEqualTo(c.rating());
      assertThat(n.get("points").doubleValue()).isEqualTo(c.points());
      assertThat(n.get("maxPoints").doubleValue()).isEqualTo(c.maxPoints());
      assertThat(n.get("lostPoints").doubleValue()).isEqualTo(c.lostPoints());
      assertThat(n.get("indexPoints").doubleValue()).isEqualTo(c.indexPoints());
      assertThat(n.get("lostIndexPoints").doubleValue()).isEqualTo(c.lostIndexPoints());
    }
  }

  @Test
  void firstImpressionCsvAndJson() {
    FirstImpression fi = FirstImpressionScorer.STANDARD.score(AbcRatings.of(RatingScale.FIVE_POINT, 3, 4, 5));
    JsonNode j = json(fi);
    assertThat(keys(j)).containsExactly("scale", "score", "index", "largestLoss", "contributions");
    assertThat(j.get("scale").textValue()).isEqualTo("1..5");
    assertThat(j.get("score").doubleValue()).isEqualTo(fi.score());
    assertThat(j.get("index").doubleValue()).isEqualTo(fi.index());
    assertThat(j.get("largestLoss").textValue()).isEqualTo("APPEARANCE");
    assertContributions(j.get("contributions"), fi.contributions());
    assertThat(csvHeader(fi)).containsExactly("component", "weight", "rating", "points", "max_points", "lost_points",
        "index_points", "lost_index_points");
    List<Map<String, String>> rows = csv(fi);
    assertThat(rows).extracting(m -> m.get("component")).containsExactly("APPEARANCE", "BEHAVIOUR", "COMMUNICATION");
    assertThat(rows.get(0)).containsEntry("weight", "0.52").containsEntry("rating", "3.0")
        .containsEntry("lost_index_points", Double.toString(fi.contribution(AbcComponent.APPEARANCE).lostIndexPoints()));
    assertHtmlTable(fi);
    // component codes in every language; the text shows their labels
    assertThat(csv(Format.CSV.render(fi, Locale.SIMPLIFIED_CHINESE)).get(0)).containsEntry("component", "APPEARANCE");
    assertThat(Format.HTML.render(fi, Locale.SIMPLIFIED_CHINESE)).contains("<td>外表</td>");
  }

  @Test
  void firstImpressionSummaryCsvAndJson() {
    RatingScale five = RatingScale.FIVE_POINT;
    FirstImpressionSummary s = Stream.of(AbcRatings.of(five, 3, 4, 5), AbcRatings.of(five, 5, 5, 5),
        AbcRatings.of(five, 1, 2, 3)).collect(FirstImpressionScorer.STANDARD.toSummary(five));
    JsonNode j = json(s);
    assertThat(keys(j)).containsExactly("scale", "n", "meanScore", "meanIndex", "minIndex", "maxIndex",
        "largestMeanLoss", "contributions");
    assertThat(j.get("n").longValue()).isEqualTo(3);
    assertThat(j.get("meanScore").doubleValue()).isEqualTo(s.meanScore());
    assertThat(j.get("meanIndex").doubleValue()).isEqualTo(s.meanIndex());
    assertThat(j.get("minIndex").doubleValue()).isEqualTo(s.minIndex());
    assertThat(j.get("maxIndex").doubleValue()).isEqualTo(s.maxIndex());
    assertThat(j.get("largestMeanLoss").textValue()).isEqualTo("APPEARANCE");
    assertContributions(j.get("contributions"), s.mean().orElseThrow().contributions());
    assertThat(csv(s)).hasSize(3);
    assertThat(csv(s).get(1).get("rating"))
        .isEqualTo(Double.toString(s.meanRating(AbcComponent.BEHAVIOUR)));
    assertHtmlTable(s);
  }

  @Test
  void firstImpressionSummaryOfNoContactsHasNullsAndNoRows() {
    FirstImpressionSummary s = Stream.<AbcRatings>empty()
        .collect(FirstImpressionScorer.STANDARD.toSummary(RatingScale.FIVE_POINT));
    JsonNode j = json(s);
    assertThat(j.get("n").longValue()).isZero();
    for (String k : List.of("meanScore", "meanIndex", "minIndex", "maxIndex", "largestMeanLoss")) {
      assertThat(j.get(k).isNull()).as(k).isTrue();
    }
    assertThat(j.get("contributions")).isEmpty();
    assertThat(Format.CSV.render(s))
        .isEqualTo("component,weight,rating,points,max_points,lost_points,index_points,lost_index_points\n");
    assertHtmlTable(s);
    assertThat(s.toString()).isEqualTo("FirstImpressionSummary n=0 on 1..5\n");
  }

  // --- Audit, AuditScore, ComplianceScore ------------------------------------------------------

  private static final SupervisionChecklist HOSTILE_CHECKLIST = SupervisionChecklist.of("=list", List.of(
      ChecklistItem.builder().id("=cmd").text("do it").step(BehaviourStep.EXPLORE).weight(2).critical(true)
          .touchpointId("@tp").build(),
      ChecklistItem.builder().id("ok").text("fine").step(BehaviourStep.CONFIRM).weight(1).build()));

  private static final Audit HOSTILE = Audit.builder(HOSTILE_CHECKLIST).id("-1").staffId("+s").auditedAt(T0)
      .failed("=cmd").notApplicable("ok").build();

  @Test
  void auditCsvAndJson() {
    JsonNode j = json(AuditTest.A2);
    assertThat(keys(j)).containsExactly("id", "staffId", "touchpointId", "auditedAt", "checklist", "items");
    assertThat(j.get("id").textValue()).isEqualTo("A2");
    assertThat(j.get("touchpointId").textValue()).isEqualTo("greet");
    assertThat(j.get("auditedAt").textValue()).isEqualTo("2026-11-25T10:00:00Z");
    assertThat(j.get("checklist").textValue()).isEqualTo("Counter audit");
    JsonNode receipt = j.get("items").get(3);
    assertThat(keys(receipt)).containsExactly("item", "step", "touchpointId", "weight", "critical", "outcome");
    assertThat(receipt.get("item").textValue()).isEqualTo("receipt");
    assertThat(receipt.get("step").textValue()).isEqualTo("ACT");
    assertThat(receipt.get("touchpointId").textValue()).isEqualTo("pay");
    assertThat(receipt.get("weight").doubleValue()).isEqualTo(1.0);
    assertThat(receipt.get("critical").booleanValue()).isTrue();
    assertThat(receipt.get("outcome").textValue()).isEqualTo("FAILED");
    assertThat(j.get("items").get(1).get("touchpointId").isNull()).isTrue();
    assertThat(json(AuditTest.A1).get("touchpointId").isNull()).isTrue();
    assertThat(csvHeader(AuditTest.A1)).containsExactly("item", "step", "touchpoint_id", "weight", "critical", "outcome");
    assertThat(csv(AuditTest.A1).get(1)).containsEntry("item", "listen").containsEntry("touchpoint_id", "")
        .containsEntry("outcome", "PASSED");
    assertThat(csv(AuditTest.A1).get(4)).containsEntry("outcome", "NOT_APPLICABLE");
    assertThat(csv(HOSTILE).get(0)).containsEntry("item", "'=cmd").containsEntry("touchpoint_id", "'@tp");
    assertThat(json(HOSTILE).get("staffId").textValue()).isEqualTo("+s");
    assertHtmlTable(AuditTest.A1);
  }

  @Test
  void auditScoreCsvAndJson() {
    AuditScore s = AuditScore.of(AuditTest.A1);
    JsonNode j = json(s);
    assertThat(keys(j)).containsExactly("auditId", "staffId", "touchpointId", "auditedAt", "score", "parts",
        "criticalFailures");
    assertThat(j.get("score").doubleValue()).isEqualTo(s.score());
    assertThat(j.get("criticalFailures")).isEmpty();
    JsonNode parts = j.get("parts");
    assertThat(parts).hasSize(8);
    assertThat(keys(parts.get(0))).containsExactly("part", "key", "score", "rawScore", "passedWeight",
        "applicableWeight", "passed", "failed", "notApplicable", "criticalFailed");
    assertThat(parts.get(0).get("part").textValue()).isEqualTo("overall");
    assertThat(parts.get(0).get("key").isNull()).isTrue();
    assertThat(parts.get(0).get("passedWeight").doubleValue()).isEqualTo(4.0);
    assertThat(parts.get(0).get("applicableWeight").doubleValue()).isEqualTo(7.0);
    JsonNode confirm = parts.get(4); // thanks was not applicable: no score
    assertThat(confirm.get("part").textValue()).isEqualTo("step");
    assertThat(confirm.get("key").textValue()).isEqualTo("CONFIRM");
    assertThat(confirm.get("score").isNull()).isTrue();
    assertThat(confirm.get("rawScore").isNull()).isTrue();
    assertThat(confirm.get("notApplicable").intValue()).isEqualTo(1);
    assertThat(parts.get(5).get("part").textValue()).isEqualTo("touchpoint");
    assertThat(parts.get(5).get("key").textValue()).isEqualTo("greet");
    List<Map<String, String>> rows = csv(s);
    assertThat(csvHeader(s)).containsExactly("part", "key", "score", "raw_score", "passed_weight",
        "applicable_weight", "passed", "failed", "not_applicable", "critical_failed");
    assertThat(rows.get(4)).containsEntry("key", "CONFIRM").containsEntry("score", "").containsEntry("raw_score", "");
    assertThat(rows.get(0)).containsEntry("score", Double.toString(s.score()))
        .containsEntry("critical_failed", "false");
    AuditScore hostile = AuditScore.of(HOSTILE);
    assertThat(csv(hostile)).filteredOn(m -> "touchpoint".equals(m.get("part"))).singleElement()
        .satisfies(m -> assertThat(m).containsEntry("key", "'@tp").containsEntry("score", "0.0"));
    assertThat(json(hostile).get("criticalFailures").get(0).get("item").textValue()).isEqualTo("=cmd");
    assertHtmlTable(s);
    assertThat(Format.HTML.render(s)).contains("<td>step CONFIRM</td><td class=\"num\">n/a</td>");
  }

  @Test
  void complianceScoreCsvAndJson() {
    ComplianceScore c = AuditScore.of(AuditTest.A2).overall();
    JsonNode j = json(c);
    assertThat(keys(j)).containsExactly("score", "rawScore", "passedWeight", "applicableWeight", "passed", "failed",
        "notApplicable", "criticalFailed", "criticalFailures");
    assertThat(j.get("score").doubleValue()).isEqualTo(0.0);
    assertThat(j.get("rawScore").doubleValue()).isEqualTo(c.rawScore()).isEqualTo(0.875);
    assertThat(j.get("passed").intValue()).isEqualTo(4);
    assertThat(j.get("criticalFailed").booleanValue()).isTrue();
    assertThat(j.get("criticalFailures").get(0).get("item").textValue()).isEqualTo("receipt");
    assertThat(Format.CSV.render(c)).isEqualTo("""
        score,raw_score,passed_weight,applicable_weight,passed,failed,not_applicable,critical_failed
        0.0,0.875,7.0,8.0,4,1,0,true
        """);
    ComplianceScore none = AuditScore.of(Audit.builder(CHECKLIST).id("A0").staffId("s1").auditedAt(T0)
        .notApplicable("greet", "listen", "offer", "receipt", "thanks").build()).overall();
    assertThat(json(none).get("score").isNull()).isTrue();
    assertThat(csv(none).get(0)).containsEntry("score", "").containsEntry("raw_score", "")
        .containsEntry("not_applicable", "5");
    assertHtmlTable(c);
  }

  // --- AuditSummary, AuditTrend, AuditOverview ---------------------------------------------------

  private static final List<String> AUDIT_SUMMARY_KEYS = List.of("n", "scoredCount", "meanScore", "minScore",
      "maxScore", "criticalFailureCount", "criticalFailureRate", "compliance", "itemPassRate", "passedItems",
      "failedItems", "notApplicableItems");

  private static final Audit HOSTILE_STAFF = Audit.builder(CHECKLIST).id("=A4").staffId("=cmd")
      .auditedAt(T0.plus(Duration.ofDays(3))).passed("greet", "listen", "offer", "receipt", "thanks").build();

  private static AuditOverview report() {
    return Stream.of(AuditTest.A1, AuditTest.A2, AuditTest.A3, HOSTILE_STAFF)
        .collect(AuditOverviewAccumulator.toOverview());
  }

  private static void assertAuditSummary(JsonNode j, AuditSummary s) {
    assertThat(j.get("n").longValue()).isEqualTo(s.count());
    assertThat(j.get("scoredCount").longValue()).isEqualTo(s.scoredCount());
    assertThat(j.get("meanScore").doubleValue()).isEqualTo(s.meanScore());
    assertThat(j.get("minScore").doubleValue()).isEqualTo(s.minScore());
    assertThat(j.get("maxScore").doubleValue()).isEqualTo(s.maxScore());
    assertThat(j.get("criticalFailureCount").longValue()).isEqualTo(s.criticalFailureCount());
    assertThat(j.get("criticalFailureRate").doubleValue()).isEqualTo(s.criticalFailureRate());
    assertThat(j.get("compliance").doubleValue()).isEqualTo(s.compliance());
    assertThat(j.get("itemPassRate").doubleValue()).isEqualTo(s.itemPassRate());
    assertThat(j.get("passedItems").longValue()).isEqualTo(s.passedItems());
    assertThat(j.get("failedItems").longValue()).isEqualTo(s.failedItems());
    assertThat(j.get("notApplicableItems").longValue()).isEqualTo(s.notApplicableItems());
  }

  @Test
  void auditSummaryCsvAndJson() {
    AuditSummary s = report().overall();
    JsonNode j = json(s);
    assertThat(keys(j)).containsExactlyElementsOf(AUDIT_SUMMARY_KEYS);
    assertAuditSummary(j, s);
    assertThat(csvHeader(s)).containsExactly("n", "scored_count", "mean_score", "min_score", "max_score",
        "critical_failure_count", "critical_failure_rate", "compliance", "item_pass_rate", "passed_items",
        "failed_items", "not_applicable_items");
    assertThat(csv(s)).singleElement().satisfies(row -> assertThat(row).containsEntry("n", "4")
        .containsEntry("mean_score", Double.toString(s.meanScore())));
    AuditSummary none = AuditOverviewAccumulator.create().add(Audit.builder(CHECKLIST).id("A0").staffId("s1")
        .auditedAt(T0).notApplicable("greet", "listen", "offer", "receipt", "thanks").build()).overview().overall();
    assertThat(json(none).get("meanScore").isNull()).isTrue();
    assertThat(json(none).get("compliance").isNull()).isTrue();
    assertThat(csv(none).get(0)).containsEntry("n", "1").containsEntry("mean_score", "").containsEntry("compliance", "");
    assertHtmlTable(s);
  }

  @Test
  void auditTrendCsvAndJson() {
    AuditTrend t = report().trend();
    JsonNode j = json(t);
    assertThat(keys(j)).containsExactly("n", "mean", "slope", "points");
    assertThat(j.get("n").intValue()).isEqualTo(4);
    assertThat(j.get("mean").doubleValue()).isEqualTo(t.mean());
    assertThat(j.get("slope").doubleValue()).isEqualTo(t.slope());
    JsonNode last = j.get("points").get(3);
    assertThat(keys(last)).containsExactly("number", "auditedAt", "auditId", "staffId", "score");
    assertThat(last.get("auditId").textValue()).isEqualTo("=A4");
    assertThat(last.get("score").doubleValue()).isEqualTo(1.0);
    assertThat(csv(t).get(3)).containsEntry("number", "4").containsEntry("audit_id", "'=A4")
        .containsEntry("staff_id", "'=cmd").containsEntry("audited_at", "2026-11-27T10:00:00Z");
    AuditTrend empty = AuditTrend.of(List.of());
    assertThat(json(empty).get("mean").isNull()).isTrue();
    assertThat(json(empty).get("slope").isNull()).isTrue();
    assertThat(Format.CSV.render(empty)).isEqualTo("number,audited_at,audit_id,staff_id,score\n");
    assertHtmlTable(t);
  }

  @Test
  void auditReportCsvAndJson() {
    AuditOverview r = report();
    JsonNode j = json(r);
    assertThat(keys(j)).containsExactly("sections");
    JsonNode sections = j.get("sections");
    assertThat(keys(sections)).containsExactly("overall", "byStaff", "byStep", "byTouchpoint", "trend");
    assertAuditSummary(sections.get("overall"), r.overall());
    assertThat(sections.get("byStaff").get("grouping").textValue()).isEqualTo("staff");
    JsonNode s1 = sections.get("byStaff").get("groups").get(0);
    assertThat(s1.get("key").textValue()).isEqualTo("s1");
    assertAuditSummary(s1, r.byStaff().get("s1").orElseThrow());
    assertThat(sections.get("byStep").get("groups").get(0).get("key").textValue()).isEqualTo("ACT");
    assertThat(sections.get("trend").get("points")).hasSize(4);
    List<Map<String, String>> rows = csv(r);
    assertThat(csvHeader(r).get(0)).isEqualTo("section");
    assertThat(rows).extracting(m -> m.get("section")).containsSubsequence("overall", "byStaff", "byStep",
        "byTouchpoint", "trend");
    assertThat(rows).filteredOn(m -> "byStaff".equals(m.get("section")) && "group".equals(m.get("level")))
        .extracting(m -> m.get("key")).containsExactly("s1", "'=cmd", "s2");
    assertThat(rows).filteredOn(m -> "trend".equals(m.get("section"))).hasSize(4);
    assertThat(rows.get(0)).containsEntry("n", "4").containsEntry("level", "");
    assertHtmlTable(r);
    assertThat(Format.HTML.render(r)).contains("<h3>AuditOverview</h3>").doesNotContain("<h3></h3>");
    // touchpoints by name: a label column in CSV and JSON, the key kept
    AuditOverview named = r.withTouchpointLabels(id -> "name of " + id);
    assertThat(named).isEqualTo(r);
    assertThat(json(named).get("sections").get("byTouchpoint").get("groups").get(0).get("label").textValue())
        .isEqualTo("name of pay");
    assertThat(json(named).get("sections").get("byStaff").get("groups").get(0).has("label")).isFalse();
    assertThat(named.toString()).isEqualTo(r.toString(Locale.ENGLISH, id -> "name of " + id));
  }

  // --- ContactVolume, ContactForecast, WilsonInterval --------------------------------------------

  @Test
  void contactVolumeCsvAndJson() {
    ContactVolume v = ContactVolume.CARLZON_SAS;
    JsonNode j = json(v);
    assertThat(keys(j)).containsExactly("customers", "contactsPerCustomer", "contacts", "secondsPerContact",
        "exposureSeconds", "exposureHours");
    assertThat(j.get("customers").isIntegralNumber()).isTrue();
    assertThat(j.get("customers").longValue()).isEqualTo(10_000_000L);
    assertThat(j.get("contactsPerCustomer").doubleValue()).isEqualTo(5.0);
    assertThat(j.get("contacts").doubleValue()).isEqualTo(v.contacts()).isEqualTo(5e7);
    assertThat(j.get("exposureSeconds").doubleValue()).isEqualTo(v.exposureSeconds());
    assertThat(j.get("exposureHours").doubleValue()).isEqualTo(v.exposureHours());
    assertThat(csv(v)).singleElement().satisfies(row -> assertThat(row).containsEntry("customers", "10000000")
        .containsEntry("seconds_per_contact", "15.0").containsEntry("exposure_hours", Double.toString(v.exposureHours())));
    assertThat(csvHeader(v)).containsExactly("customers", "contacts_per_customer", "contacts", "seconds_per_contact",
        "exposure_seconds", "exposure_hours");
    assertHtmlTable(v);
    assertThat(Format.HTML.render(v)).contains("<td>exposure hours</td><td class=\"num\" data-value=");
  }

  @Test
  void contactForecastCsvAndJson() {
    ContactForecast f = ContactVolume.CARLZON_SAS.negativeContacts(8, 10);
    JsonNode j = json(f);
    assertThat(keys(j)).containsExactly("expected", "lower", "upper", "contacts", "negatives", "observed", "share",
        "shareLower", "shareUpper", "confidence");
    assertThat(j.get("expected").doubleValue()).isEqualTo(f.expected()).isEqualTo(4e7);
    assertThat(j.get("lower").doubleValue()).isEqualTo(f.lower());
    assertThat(j.get("upper").doubleValue()).isEqualTo(f.upper());
    assertThat(j.get("negatives").longValue()).isEqualTo(8);
    assertThat(j.get("observed").longValue()).isEqualTo(10);
    assertThat(j.get("share").doubleValue()).isEqualTo(0.8);
    assertThat(j.get("shareLower").doubleValue()).isEqualTo(f.share().lower());
    assertThat(j.get("shareUpper").doubleValue()).isEqualTo(f.share().upper());
    assertThat(j.get("confidence").doubleValue()).isEqualTo(0.95);
    assertThat(csv(f)).singleElement().satisfies(row -> assertThat(row).containsEntry("expected", "4.0E7")
        .containsEntry("share_lower", Double.toString(f.share().lower())));
    assertHtmlTable(f);
  }

  @Test
  void wilsonIntervalCsvAndJson() {
    WilsonInterval w = WilsonInterval.of(8, 10);
    JsonNode j = json(w);
    assertThat(keys(j)).containsExactly("estimate", "lower", "upper", "successes", "trials", "confidence");
    assertThat(j.get("estimate").doubleValue()).isEqualTo(0.8);
    assertThat(j.get("lower").doubleValue()).isEqualTo(w.lower());
    assertThat(j.get("upper").doubleValue()).isEqualTo(w.upper());
    assertThat(Format.CSV.render(w)).isEqualTo("estimate,lower,upper,successes,trials,confidence\n"
        + "0.8," + w.lower() + "," + w.upper() + ",8,10,0.95\n");
    WilsonInterval none = WilsonInterval.of(0, 0);
    assertThat(json(none).get("estimate").isNull()).isTrue();
    assertThat(Format.CSV.render(none)).endsWith("\n,0.0,1.0,0,0,0.95\n");
    assertHtmlTable(w);
    assertThat(Format.HTML.render(none)).contains("<td class=\"num\">n/a</td>");
  }

  /** Every result of {@link ResultSamples} renders in every format; the JSON parses. */
  @Test
  void everySampleRendersInEveryFormat() {
    for (Map.Entry<String, Object> e : ResultSamples.all().entrySet()) {
      Tabular t = (Tabular) e.getValue();
      assertThat(json(t).isObject()).as(e.getKey()).isTrue();
      assertThat(Format.CSV.render(t)).as(e.getKey()).isNotEmpty().endsWith("\n");
      assertHtmlTable(t);
      assertThat(Format.TEXT.render(t)).as(e.getKey()).isEqualTo(e.getValue().toString());
    }
  }
}
