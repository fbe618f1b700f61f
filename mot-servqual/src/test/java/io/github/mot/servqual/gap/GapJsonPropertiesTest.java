package io.github.mot.servqual.gap;

import io.github.mot.core.testing.SeededTest;
import io.github.mot.servqual.CronbachAlpha;
import io.github.mot.servqual.Instrument;
import io.github.mot.servqual.MeanEstimate;
import io.github.mot.servqual.MissingPolicy;
import io.github.mot.servqual.SurveyData;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mot.core.table.Format;
import io.github.mot.core.testing.Seed;
import io.github.mot.servqual.testing.ServqualGenerators;
import java.io.IOException;
import java.util.SplittableRandom;

/**
 * Over generated instruments and surveys (missing answers, importance points half the time, both
 * missing-data policies): every number of a gap report's JSON is exactly the report's accessor
 * (bit for bit once read back), and {@code null} exactly where the accessor is NaN or infinite.
 */
class GapJsonPropertiesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @SeededTest
  void everyJsonNumberIsTheAccessor(Seed seed) throws IOException {
    SplittableRandom r = seed.random();
    Instrument ins = ServqualGenerators.instrument(r);
    SurveyData data = ServqualGenerators.answers(r, ins, r.nextBoolean() ? 0.0 : 0.1, ins.scale().max()).build();
    MissingPolicy policy = r.nextBoolean() ? MissingPolicy.LISTWISE : MissingPolicy.PAIRWISE;
    GapReport report = GapAnalysis.withDefaults().withMissing(policy).analyze(data);
    JsonNode json = JSON.readTree(Format.JSON.render(report));
    String s = seed.toString();

    assertThat(json.get("n").longValue()).as(s).isEqualTo(report.n());
    assertThat(json.get("respondents").longValue()).as(s).isEqualTo(report.respondents());
    assertThat(json.get("completeCases").longValue()).as(s).isEqualTo(report.completeCases());
    assertThat(json.get("items")).as(s).hasSize(report.items().size());
    for (int i = 0; i < report.items().size(); i++) {
      GapReport.ItemGap g = report.items().get(i);
      JsonNode n = json.get("items").get(i);
      String at = s + " item " + g.id();
      assertThat(n.get("id").intValue()).as(at).isEqualTo(g.id());
      means(n, g.n(), g.meanExpectation(), g.sdExpectation(), g.meanPerception(), g.sdPerception(), g.gap(), at);
    }
    assertThat(json.get("dimensions")).as(s).hasSize(report.dimensions().size());
    for (int d = 0; d < report.dimensions().size(); d++) {
      GapReport.DimensionGap g = report.dimensions().get(d);
      JsonNode n = json.get("dimensions").get(d);
      String at = s + " " + g.dimension();
      assertThat(n.get("name").asText()).as(at).isEqualTo(g.dimension().name());
      for (int k = 0; k < g.itemIds().size(); k++) {
        assertThat(n.get("items").get(k).intValue()).as(at).isEqualTo(g.itemIds().get(k));
      }
      means(n, g.n(), g.meanExpectation(), g.sdExpectation(), g.meanPerception(), g.sdPerception(), g.gap(), at);
      same(n.get("alphaExpectation"), g.alphaExpectation(), at);
      same(n.get("alphaPerception"), g.alphaPerception(), at);
      same(n.get("alphaGap"), g.alphaGap(), at);
      reliability(n.get("reliabilityExpectation"), g.expectationReliability(), at + " E");
      reliability(n.get("reliabilityPerception"), g.perceptionReliability(), at + " P");
      reliability(n.get("reliabilityGap"), g.gapReliability(), at + " gap");
    }
    same(json.get("unweighted"), report.unweighted().mean(), s);
    same(json.get("servperf"), report.servperf().mean(), s);
    estimate(json.get("overall").get("unweighted"), report.unweighted(), s + " unweighted");
    estimate(json.get("overall").get("servperf"), report.servperf(), s + " servperf");
    if (report.weighted().isPresent()) {
      same(json.get("weighted"), report.weighted().get().mean(), s);
      estimate(json.get("overall").get("weighted"), report.weighted().get(), s + " weighted");
    } else {
      assertThat(json.get("weighted").isNull()).as(s).isTrue();
      assertThat(json.get("overall").get("weighted").isNull()).as(s).isTrue();
    }
  }

  /** A number as written: null for NaN and infinities, else the same double, bit for bit. */
  private static void same(JsonNode node, double expected, String at) {
    assertThat(node).as(at).isNotNull();
    if (Double.isFinite(expected)) {
      assertThat(node.isNumber()).as("%s: %s is a number", at, node).isTrue();
      assertThat(Double.doubleToLongBits(node.doubleValue())).as("%s: %s", at, node)
          .isEqualTo(Double.doubleToLongBits(expected));
    } else {
      assertThat(node.isNull()).as("%s: %s is null for %s", at, node, expected).isTrue();
    }
  }

  /** The means of an item or dimension row and the test of its gap. */
  private static void means(JsonNode n, long count, double e, double sdE, double p, double sdP, MeanEstimate gap,
      String at) {
    assertThat(n.get("n").longValue()).as(at).isEqualTo(count);
    same(n.get("expectation"), e, at + " E");
    same(n.get("perception"), p, at + " P");
    same(n.get("gap"), gap.mean(), at + " gap");
    same(n.get("sdExpectation"), sdE, at + " sd E");
    same(n.get("sdPerception"), sdP, at + " sd P");
    testOf(n, gap, at);
  }

  private static void testOf(JsonNode n, MeanEstimate e, String at) {
    same(n.get("sd"), e.standardDeviation(), at + " sd");
    same(n.get("se"), e.standardError(), at + " se");
    same(n.get("t"), e.t(), at + " t");
    same(n.get("df"), e.degreesOfFreedom(), at + " df");
    same(n.get("p"), e.p(), at + " p");
    same(n.get("ciLower"), e.ciLower(), at + " ciLower");
    same(n.get("ciUpper"), e.ciUpper(), at + " ciUpper");
    same(n.get("confidenceLevel"), e.confidenceLevel(), at + " confidenceLevel");
  }

  private static void estimate(JsonNode n, MeanEstimate e, String at) {
    assertThat(n.get("n").longValue()).as(at).isEqualTo(e.n());
    same(n.get("mean"), e.mean(), at + " mean");
    testOf(n, e, at);
  }

  private static void reliability(JsonNode n, CronbachAlpha rel, String at) {
    assertThat(n.get("n").longValue()).as(at).isEqualTo(rel.n());
    same(n.get("alpha"), rel.alpha(), at + " alpha");
    assertThat(n.get("items")).as(at).hasSize(rel.itemStatistics().size());
    for (int k = 0; k < rel.itemStatistics().size(); k++) {
      CronbachAlpha.ItemStatistics ir = rel.itemStatistics().get(k);
      JsonNode i = n.get("items").get(k);
      assertThat(i.get("id").intValue()).as(at).isEqualTo(ir.id());
      same(i.get("correctedItemTotalCorrelation"), ir.correctedItemTotalCorrelation(), at + " r " + ir.id());
      same(i.get("alphaIfDeleted"), ir.alphaIfDeleted(), at + " alpha if " + ir.id());
    }
  }
}
