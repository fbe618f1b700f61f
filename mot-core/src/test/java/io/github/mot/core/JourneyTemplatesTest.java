package io.github.mot.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JourneyTemplatesTest {

  @Test
  void retailCounterHasTheTenMomentsOfTruth() {
    CustomerJourney retail = JourneyTemplates.retailCounter();
    assertThat(retail.name()).isEqualTo("Retail counter");
    assertThat(retail.momentsOfTruth())
        .extracting(Touchpoint::id)
        .containsExactly(
            "entering",
            "greeting",
            "exploring-needs",
            "presenting-goods",
            "trying",
            "handling-objections",
            "paying",
            "packing",
            "farewell",
            "after-sales");
    assertThat(retail.touchpoints()).hasSize(10);
    assertThat(retail.touchpoints()).allMatch(t -> t.channel().equals(Channel.IN_PERSON));
  }

  @Test
  void airlineFollowsCarlzon() {
    CustomerJourney airline = JourneyTemplates.airline();
    assertThat(airline.touchpoints())
        .extracting(Touchpoint::id)
        .containsExactly("booking", "check-in", "boarding", "flight", "baggage-claim");
    // Carlzon: about five contacts per passenger, about 15 seconds each.
    assertThat(airline.momentsOfTruth()).hasSize(5);
    assertThat(airline.touchpoints())
        .allMatch(t -> t.typicalContact().equals(java.util.Optional.of(Duration.ofSeconds(15))));
    assertThat(airline.stages())
        .extracting(JourneyStage::id)
        .containsExactly("before", "during", "after");
  }

  @Test
  void otherTemplatesCoverTheStagesOfTheSources() {
    assertThat(JourneyTemplates.restaurant().stages())
        .extracting(JourneyStage::id)
        .contains("ordering", "dining", "paying");
    assertThat(JourneyTemplates.bankBranch().stages())
        .extracting(JourneyStage::id)
        .contains("enquiry", "application", "claim");
    assertThat(JourneyTemplates.hospital().stages())
        .extracting(JourneyStage::id)
        .contains("registration", "consultation", "examination", "treatment");
    assertThat(JourneyTemplates.onlineShop().stages())
        .extracting(JourneyStage::id)
        .contains("sign-up", "order", "payment", "support");
  }

  @Test
  void everyTemplateIsAValidJourneyWithMomentsOfTruthInEveryNamedStage() {
    List<CustomerJourney> all = JourneyTemplates.all();
    assertThat(all).hasSize(6);
    Set<String> names = new HashSet<>();
    for (CustomerJourney j : all) {
      assertThat(names.add(j.name())).isTrue();
      assertThat(CustomerJourney.builder().from(j).build()).isEqualTo(j);
      assertThat(j.momentsOfTruth()).isNotEmpty();
      for (JourneyStage s : j.stages()) {
        assertThat(j.touchpointsOf(s.id())).as(j.name() + " / " + s.id()).isNotEmpty();
      }
      assertThat(j.touchpoints()).allMatch(t -> t.importance() == 1.0);
    }
  }

  @Test
  void byNameFindsKeysAndNames() {
    assertThat(JourneyTemplates.keys())
        .containsExactly("retail", "airline", "restaurant", "bank", "hospital", "online");
    for (int i = 0; i < JourneyTemplates.keys().size(); i++) {
      CustomerJourney j = JourneyTemplates.all().get(i);
      assertThat(JourneyTemplates.byName(JourneyTemplates.keys().get(i))).isSameAs(j);
      assertThat(JourneyTemplates.byName(j.name())).isSameAs(j);
    }
    assertThat(JourneyTemplates.byName(" Retail ")).isSameAs(JourneyTemplates.retailCounter());
    assertThat(JourneyTemplates.byName("retail counter"))
        .isSameAs(JourneyTemplates.retailCounter());
  }

  @Test
  void byNameRejectsUnknownKeys() {
    assertThatThrownBy(() -> JourneyTemplates.byName("cinema"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "journey template must be one of retail, airline, restaurant, bank, hospital, online"
                + " but was 'cinema'");
  }

  @Test
  void templatesCanBeAdapted() {
    CustomerJourney retail = JourneyTemplates.retailCounter();
    CustomerJourney shoes =
        retail
            .withName("Shoe shop")
            .withoutTouchpoint("packing")
            .withTouchpoint(retail.requireTouchpoint("paying").withImportance(2))
            .withTouchpoint(
                Touchpoint.builder()
                    .id("fitting")
                    .name("Measuring the foot")
                    .stageId("consultation")
                    .channel(Channel.IN_PERSON)
                    .momentOfTruth(true)
                    .build());
    assertThat(shoes.name()).isEqualTo("Shoe shop");
    assertThat(shoes.momentsOfTruth()).hasSize(10);
    assertThat(shoes.requireTouchpoint("paying").importance()).isEqualTo(2.0);
    assertThat(shoes.indexOf("fitting")).isEqualTo(6);
    // The template itself is unchanged.
    assertThat(JourneyTemplates.retailCounter().touchpoint("packing")).isPresent();
  }

  @Test
  void retailCounterPrintsAsATable() {
    assertThat(JourneyTemplates.retailCounter().toString())
        .isEqualTo(
            """
            Retail counter: 5 stages, 10 touchpoints, 10 moments of truth
            stage         touchpoint           name                 channel    MOT  importance
            Arrival       entering             Entering the store   in-person  *           1.0
                          greeting             Greeting             in-person  *           1.0
            Consultation  exploring-needs      Exploring needs      in-person  *           1.0
                          presenting-goods     Presenting goods     in-person  *           1.0
                          trying               Trying on or out     in-person  *           1.0
                          handling-objections  Handling objections  in-person  *           1.0
            Purchase      paying               Paying               in-person  *           1.0
                          packing              Packing              in-person  *           1.0
            Departure     farewell             Farewell             in-person  *           1.0
            Follow-up     after-sales          After-sales service  in-person  *           1.0\
            """);
  }

  @Test
  void everyTemplateHasChineseNamesForItselfItsStagesTouchpointsAndRoles() {
    Locale zh = Locale.SIMPLIFIED_CHINESE;
    for (String key : JourneyTemplates.keys()) {
      CustomerJourney plain = JourneyTemplates.byName(key);
      for (Locale locale : List.of(Locale.ENGLISH, zh)) {
        CustomerJourney j = JourneyTemplates.byName(key, locale);
        List<String> texts = new ArrayList<>();
        texts.add(j.name());
        j.stages().forEach(s -> texts.add(s.name()));
        j.touchpoints().forEach(t -> texts.add(t.name()));
        j.touchpoints().forEach(t -> t.role().ifPresent(texts::add));
        assertThat(texts).hasSize(1 + plain.stages().size() + plain.touchpoints().size()
            + (int) plain.touchpoints().stream().filter(t -> t.role().isPresent()).count());
        for (String text : texts) {
          assertThat(text).as(key + " in " + locale).isNotBlank().doesNotStartWith("template.");
          if (locale.equals(zh)) {
            assertThat(text).as(key).matches(LabelsTest::hasHan);
          }
        }
        // The same journey: same ids, stages, channels, flags, importances and contact times.
        assertThat(j.stages()).extracting(JourneyStage::id)
            .containsExactlyElementsOf(plain.stages().stream().map(JourneyStage::id).toList());
        assertThat(j.touchpoints()).hasSameSizeAs(plain.touchpoints());
        for (int i = 0; i < j.touchpoints().size(); i++) {
          Touchpoint t = plain.touchpoints().get(i);
          Touchpoint l = j.touchpoints().get(i);
          assertThat(l.withName(t.name()).withRole(t.role())).isEqualTo(t);
        }
      }
    }
  }

  @Test
  void inEnglishALocalisedTemplateEqualsThePlainOne() {
    assertThat(JourneyTemplates.all(Locale.ENGLISH)).isEqualTo(JourneyTemplates.all());
    assertThat(JourneyTemplates.all(Locale.GERMAN)).isEqualTo(JourneyTemplates.all());
    assertThat(JourneyTemplates.retailCounter(Locale.ENGLISH)).isEqualTo(JourneyTemplates.retailCounter());
    assertThat(JourneyTemplates.airline(Locale.ROOT)).isEqualTo(JourneyTemplates.airline());
    assertThat(JourneyTemplates.restaurant(Locale.UK)).isEqualTo(JourneyTemplates.restaurant());
    assertThat(JourneyTemplates.bankBranch(Locale.US)).isEqualTo(JourneyTemplates.bankBranch());
    assertThat(JourneyTemplates.hospital(Locale.ENGLISH)).isEqualTo(JourneyTemplates.hospital());
    assertThat(JourneyTemplates.onlineShop(Locale.ENGLISH)).isEqualTo(JourneyTemplates.onlineShop());
  }

  @Test
  void localisedTemplatesInChinese() {
    Locale zh = Locale.SIMPLIFIED_CHINESE;
    CustomerJourney retail = JourneyTemplates.retailCounter(zh);
    assertThat(retail.name()).isEqualTo("柜面销售");
    assertThat(retail.requireTouchpoint("entering").name()).isEqualTo("进入卖场");
    assertThat(retail.requireTouchpoint("after-sales").name()).isEqualTo("售后服务");
    assertThat(retail.requireTouchpoint("greeting").role()).contains("营业员");
    assertThat(JourneyTemplates.airline(zh).requireTouchpoint("baggage-claim").name())
        .isEqualTo("行李领取");
    assertThat(JourneyTemplates.restaurant(zh).stages()).extracting(JourneyStage::name)
        .containsExactly("到店", "点餐", "用餐", "结账");
    assertThat(JourneyTemplates.bankBranch(zh).stages()).extracting(JourneyStage::name)
        .containsExactly("到达", "咨询", "申请", "理赔");
    assertThat(JourneyTemplates.hospital(zh).stages()).extracting(JourneyStage::name)
        .startsWith("挂号", "就诊", "检查", "治疗");
    assertThat(JourneyTemplates.onlineShop(zh).touchpoints()).extracting(Touchpoint::name)
        .contains("用户注册", "下单", "支付");
    assertThat(JourneyTemplates.all(zh)).extracting(CustomerJourney::name)
        .containsExactly("柜面销售", "航空公司(卡尔森)", "餐厅", "银行网点", "医院", "网上商店");
    // Traditional Chinese has no file of its own: the Chinese file answers.
    assertThat(JourneyTemplates.retailCounter(Locale.TRADITIONAL_CHINESE)).isEqualTo(retail);
  }

  @Test
  void byNameWithALocaleAcceptsTheKeyTheEnglishNameOrTheLocalName() {
    Locale zh = Locale.SIMPLIFIED_CHINESE;
    CustomerJourney retail = JourneyTemplates.retailCounter(zh);
    assertThat(JourneyTemplates.byName("retail", zh)).isEqualTo(retail);
    assertThat(JourneyTemplates.byName(" Retail Counter ", zh)).isEqualTo(retail);
    assertThat(JourneyTemplates.byName("柜面销售", zh)).isEqualTo(retail);
    assertThat(JourneyTemplates.byName("网上商店", zh)).isEqualTo(JourneyTemplates.onlineShop(zh));
    // The Chinese name is not a name of the English templates.
    assertThatThrownBy(() -> JourneyTemplates.byName("柜面销售"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "journey template must be one of retail, airline, restaurant, bank, hospital, online"
                + " but was '柜面销售'");
    assertThatThrownBy(() -> JourneyTemplates.byName("spa", zh))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "journey template must be one of retail, airline, restaurant, bank, hospital, online"
                + " or a template name but was 'spa'");
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void localisedTemplatesRejectNulls() {
    assertThatThrownBy(() -> JourneyTemplates.byName("retail", null)).hasMessage("locale");
    assertThatThrownBy(() -> JourneyTemplates.byName(null, Locale.ENGLISH)).hasMessage("key");
    assertThatThrownBy(() -> JourneyTemplates.all(null)).hasMessage("locale");
    assertThatThrownBy(() -> JourneyTemplates.hospital(null)).hasMessage("locale");
  }
}
