package io.github.mot.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mot.core.testing.LabelAssertions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JourneyTemplateJourneysTest {

  @Test
  void retailCounterHasTheTenMomentsOfTruth() {
    CustomerJourney retail = JourneyTemplate.RETAIL_COUNTER.journey();
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
    CustomerJourney airline = JourneyTemplate.AIRLINE.journey();
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
    assertThat(JourneyTemplate.RESTAURANT.journey().stages())
        .extracting(JourneyStage::id)
        .contains("ordering", "dining", "paying");
    assertThat(JourneyTemplate.BANK_BRANCH.journey().stages())
        .extracting(JourneyStage::id)
        .contains("enquiry", "application", "claim");
    assertThat(JourneyTemplate.HOSPITAL.journey().stages())
        .extracting(JourneyStage::id)
        .contains("registration", "consultation", "examination", "treatment");
    assertThat(JourneyTemplate.ONLINE_SHOP.journey().stages())
        .extracting(JourneyStage::id)
        .contains("sign-up", "order", "payment", "support");
  }

  @Test
  void everyTemplateIsAValidJourneyWithMomentsOfTruthInEveryNamedStage() {
    List<CustomerJourney> all = JourneyTemplate.journeys();
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
    assertThat(JourneyTemplate.keys())
        .containsExactly("retail", "airline", "restaurant", "bank", "hospital", "online");
    for (int i = 0; i < JourneyTemplate.keys().size(); i++) {
      CustomerJourney j = JourneyTemplate.journeys().get(i);
      assertThat(JourneyTemplate.parse(JourneyTemplate.keys().get(i)).journey()).isSameAs(j);
      assertThat(JourneyTemplate.parse(j.name()).journey()).isSameAs(j);
    }
    assertThat(JourneyTemplate.parse(" Retail ").journey()).isSameAs(JourneyTemplate.RETAIL_COUNTER.journey());
    assertThat(JourneyTemplate.parse("retail counter").journey())
        .isSameAs(JourneyTemplate.RETAIL_COUNTER.journey());
  }

  @Test
  void byNameRejectsUnknownKeys() {
    assertThatThrownBy(() -> JourneyTemplate.parse("cinema").journey())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "journey template must be one of retail, airline, restaurant, bank, hospital, online"
                + " but was 'cinema'");
  }

  @Test
  void templatesCanBeAdapted() {
    CustomerJourney retail = JourneyTemplate.RETAIL_COUNTER.journey();
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
    assertThat(JourneyTemplate.RETAIL_COUNTER.journey().touchpoint("packing")).isPresent();
  }

  @Test
  void retailCounterPrintsAsATable() {
    assertThat(JourneyTemplate.RETAIL_COUNTER.journey().toString())
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
    for (String key : JourneyTemplate.keys()) {
      CustomerJourney plain = JourneyTemplate.parse(key).journey();
      for (Locale locale : List.of(Locale.ENGLISH, zh)) {
        CustomerJourney j = JourneyTemplate.parse(key, locale).journey(locale);
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
            assertThat(text).as(key).matches(LabelAssertions::hasHan);
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
    assertThat(JourneyTemplate.journeys(Locale.ENGLISH)).isEqualTo(JourneyTemplate.journeys());
    assertThat(JourneyTemplate.journeys(Locale.GERMAN)).isEqualTo(JourneyTemplate.journeys());
    assertThat(JourneyTemplate.RETAIL_COUNTER.journey(Locale.ENGLISH)).isEqualTo(JourneyTemplate.RETAIL_COUNTER.journey());
    assertThat(JourneyTemplate.AIRLINE.journey(Locale.ROOT)).isEqualTo(JourneyTemplate.AIRLINE.journey());
    assertThat(JourneyTemplate.RESTAURANT.journey(Locale.UK)).isEqualTo(JourneyTemplate.RESTAURANT.journey());
    assertThat(JourneyTemplate.BANK_BRANCH.journey(Locale.US)).isEqualTo(JourneyTemplate.BANK_BRANCH.journey());
    assertThat(JourneyTemplate.HOSPITAL.journey(Locale.ENGLISH)).isEqualTo(JourneyTemplate.HOSPITAL.journey());
    assertThat(JourneyTemplate.ONLINE_SHOP.journey(Locale.ENGLISH)).isEqualTo(JourneyTemplate.ONLINE_SHOP.journey());
  }

  @Test
  void localisedTemplatesInChinese() {
    Locale zh = Locale.SIMPLIFIED_CHINESE;
    CustomerJourney retail = JourneyTemplate.RETAIL_COUNTER.journey(zh);
    assertThat(retail.name()).isEqualTo("柜面销售");
    assertThat(retail.requireTouchpoint("entering").name()).isEqualTo("进入卖场");
    assertThat(retail.requireTouchpoint("after-sales").name()).isEqualTo("售后服务");
    assertThat(retail.requireTouchpoint("greeting").role()).contains("营业员");
    assertThat(JourneyTemplate.AIRLINE.journey(zh).requireTouchpoint("baggage-claim").name())
        .isEqualTo("行李领取");
    assertThat(JourneyTemplate.RESTAURANT.journey(zh).stages()).extracting(JourneyStage::name)
        .containsExactly("到店", "点餐", "用餐", "结账");
    assertThat(JourneyTemplate.BANK_BRANCH.journey(zh).stages()).extracting(JourneyStage::name)
        .containsExactly("到达", "咨询", "申请", "理赔");
    assertThat(JourneyTemplate.HOSPITAL.journey(zh).stages()).extracting(JourneyStage::name)
        .startsWith("挂号", "就诊", "检查", "治疗");
    assertThat(JourneyTemplate.ONLINE_SHOP.journey(zh).touchpoints()).extracting(Touchpoint::name)
        .contains("用户注册", "下单", "支付");
    assertThat(JourneyTemplate.journeys(zh)).extracting(CustomerJourney::name)
        .containsExactly("柜面销售", "航空公司(卡尔森)", "餐厅", "银行网点", "医院", "网上商店");
    // Traditional Chinese has no file of its own: the Chinese file answers.
    assertThat(JourneyTemplate.RETAIL_COUNTER.journey(Locale.TRADITIONAL_CHINESE)).isEqualTo(retail);
  }

  @Test
  void byNameWithALocaleAcceptsTheKeyTheEnglishNameOrTheLocalName() {
    Locale zh = Locale.SIMPLIFIED_CHINESE;
    CustomerJourney retail = JourneyTemplate.RETAIL_COUNTER.journey(zh);
    assertThat(JourneyTemplate.parse("retail", zh).journey(zh)).isEqualTo(retail);
    assertThat(JourneyTemplate.parse(" Retail Counter ", zh).journey(zh)).isEqualTo(retail);
    assertThat(JourneyTemplate.parse("柜面销售", zh).journey(zh)).isEqualTo(retail);
    assertThat(JourneyTemplate.parse("网上商店", zh).journey(zh)).isEqualTo(JourneyTemplate.ONLINE_SHOP.journey(zh));
    // The Chinese name is not a name of the English templates.
    assertThatThrownBy(() -> JourneyTemplate.parse("柜面销售").journey())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "journey template must be one of retail, airline, restaurant, bank, hospital, online"
                + " but was '柜面销售'");
    assertThatThrownBy(() -> JourneyTemplate.parse("spa", zh).journey(zh))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "journey template must be one of retail, airline, restaurant, bank, hospital, online"
                + " or a template name but was 'spa'");
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void localisedTemplatesRejectNulls() {
    assertThatThrownBy(() -> JourneyTemplate.parse("retail", null).journey(null)).hasMessage("locale");
    assertThatThrownBy(() -> JourneyTemplate.parse(null, Locale.ENGLISH).journey(Locale.ENGLISH)).hasMessage("key");
    assertThatThrownBy(() -> JourneyTemplate.journeys(null)).hasMessage("locale");
    assertThatThrownBy(() -> JourneyTemplate.HOSPITAL.journey(null)).hasMessage("locale");
  }
}
