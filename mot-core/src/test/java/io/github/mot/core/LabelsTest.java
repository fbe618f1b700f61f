package io.github.mot.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mot.core.testing.LabelAssertions;
import io.github.mot.core.testing.Rejections;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelsTest {

  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
  private static final Locale ESPERANTO = Locale.forLanguageTag("eo");
  private static final String TEST_BUNDLE = "io.github.mot.core.i18n.fallbacktest";

  /** Every public enum of the package io.github.mot.core, found in the compiled classes. */
  static List<Class<?>> coreEnums() throws IOException, URISyntaxException, ClassNotFoundException {
    Path classes = Path.of(Labels.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path dir = classes.resolve("io/github/mot/core");
    List<Class<?>> enums = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        String file = f.getFileName().toString();
        if (!file.endsWith(".class") || file.equals("package-info.class")) {
          continue;
        }
        Class<?> c = Class.forName("io.github.mot.core." + file.substring(0, file.length() - 6));
        if (c.isEnum() && Modifier.isPublic(c.getModifiers())) {
          enums.add(c);
        }
      }
    }
    return enums;
  }

  private static Properties file(String resource) throws IOException {
    Properties p = new Properties();
    try (InputStream in = Labels.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void fillReplacesPlaceholdersOnceWithoutMessageFormatQuoting() {
    Labels en = Labels.of(Locale.ENGLISH);
    assertThat(en.fill("table.moreRows", "1,234")).isEqualTo("... 1,234 more rows ...");
    // an argument that holds a placeholder stays as it is; a missing argument leaves its placeholder
    assertThat(en.fill("table.moreRows", "{0}")).isEqualTo("... {0} more rows ...");
    assertThat(en.fill("table.moreRows")).isEqualTo("... {0} more rows ...");
    assertThatThrownBy(() -> en.fill("no.such.key", 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no.such.key");
  }

  @Test
  void scorecardLevelsUseTheTermsOfTheSourceScorecard() {
    // 关键时刻客户评分表 in the MOT training material (符和 there is a misspelling of 符合).
    assertThat(Stream.of(ScorecardLevel.values()).map(l -> l.label(ZH)))
        .containsExactly(
            "危害双方的关系", "无法符合期望", "部分没有符合期望", "中立(没有期望)", "符合期望", "超出预期", "让客户喜悦");
  }

  @Test
  void coreTermsUseTheTermsOfTheSources() {
    assertThat(Stream.of(AbcComponent.values()).map(c -> c.label(ZH)))
        .containsExactly("外表", "行为", "沟通");
    assertThat(Stream.of(BehaviourStep.values()).map(s -> s.label(ZH)))
        .containsExactly("探索", "提议", "行动", "确认");
    assertThat(BehaviourStep.EXPLORE.practices(ZH)).startsWith("积极的倾听", "有效的询问");
    assertThat(Stream.of(FiveC.values()).map(c -> c.label(ZH)))
        .containsExactly("为客户着想", "防患未然", "沟通", "协调", "完成");
    assertThat(Stream.of(ServiceCyclePhase.values()).map(p -> p.label(ZH)))
        .containsExactly("奠定基调", "诊断期望", "解决需要", "总结确认", "完善跟进");
    assertThat(Stream.of(Polarity.values()).map(p -> p.label(ZH)))
        .containsExactly("负面", "中立", "正面");
  }

  @Test
  void everyEnumConstantOfTheCoreHasAnEnglishAndAChineseLabel() throws Exception {
    List<Class<?>> enums = coreEnums();
    assertThat(enums)
        .contains(
            ScorecardLevel.class,
            Polarity.class,
            AbcComponent.class,
            BehaviourStep.class,
            FiveC.class,
            ServiceCyclePhase.class);
    Labels en = Labels.of(Locale.ENGLISH);
    Labels zh = Labels.of(ZH);
    for (Class<?> type : enums) {
      for (Object o : type.getEnumConstants()) {
        Enum<?> c = (Enum<?>) o;
        String key = Labels.key(c);
        assertThat(key).isEqualTo(type.getSimpleName() + "." + c.name());
        assertThat(en.label(c)).as(key).isNotBlank().isNotEqualTo(key);
        assertThat(zh.label(c)).as(key).isNotBlank().isNotEqualTo(key).matches(LabelAssertions::hasHan);
      }
    }
  }

  /**
   * Every text accessor of a core enum ({@code label()}, {@code description()}, {@code
   * practices()}) has a {@code Locale} overload whose English equals it and whose Chinese is
   * Chinese: the English base file agrees with the code, and no user-facing text is left out.
   */
  @Test
  void everyTextAccessorOfTheCoreEnumsHasALocalisedTwinThatAgreesInEnglish() throws Exception {
    int accessors = 0;
    for (Class<?> type : coreEnums()) {
      for (Method m : type.getMethods()) {
        boolean text = m.getReturnType() == String.class || m.getReturnType() == List.class;
        if (!text
            || m.getParameterCount() != 0
            || Modifier.isStatic(m.getModifiers())
            || m.getName().equals("name")
            || m.getName().equals("toString")) {
          continue;
        }
        Method localised = type.getMethod(m.getName(), Locale.class);
        accessors++;
        for (Object c : type.getEnumConstants()) {
          String where = type.getSimpleName() + "." + c + "." + m.getName();
          assertThat(localised.invoke(c, Locale.ENGLISH)).as(where).isEqualTo(m.invoke(c));
          assertThat(localised.invoke(c, Locale.ROOT)).as(where).isEqualTo(m.invoke(c));
          Object chinese = localised.invoke(c, ZH);
          List<?> texts = chinese instanceof List<?> l ? l : List.of(chinese);
          assertThat(texts).as(where).isNotEmpty();
          if (chinese instanceof List<?> l) {
            assertThat(l).as(where).hasSameSizeAs((List<?>) m.invoke(c));
          }
          for (Object t : texts) {
            assertThat((String) t).as(where).isNotBlank().matches(LabelAssertions::hasHan);
          }
        }
      }
    }
    // label() of seven enums (JourneyTemplate's is its template name), description() of FiveC and
    // ServiceCyclePhase, practices().
    assertThat(accessors).isEqualTo(10);
  }

  @Test
  void builtInChannelsHaveLabelsAndCustomOnesTheirId() {
    assertThat(Channel.builtIns().stream().map(Channel::label))
        .containsExactly(
            "in person", "phone", "web", "app", "chat", "e-mail", "social media", "self-service");
    assertThat(Channel.builtIns().stream().map(c -> c.label(ZH)))
        .containsExactly("面对面", "电话", "网站", "移动应用", "在线聊天", "电子邮件", "社交媒体", "自助服务");
    assertThat(Channel.of("kiosk").label()).isEqualTo("kiosk");
    assertThat(Channel.of("kiosk").label(ZH)).isEqualTo("kiosk");
  }

  @Test
  void theChineseFileTranslatesEveryKeyOfTheEnglishBaseFile() throws IOException {
    Properties base = file("/io/github/mot/core/i18n/labels.properties");
    Properties zh = file("/io/github/mot/core/i18n/labels_zh.properties");
    assertThat(zh.stringPropertyNames()).isEqualTo(base.stringPropertyNames());
    for (String key : zh.stringPropertyNames()) {
      assertThat(zh.getProperty(key)).as(key).matches(LabelAssertions::hasHan);
      assertThat(base.getProperty(key)).as(key).isNotBlank();
    }
    assertThat(Labels.of(ZH).keys()).isEqualTo(base.stringPropertyNames());
  }

  @Test
  void aLanguageWithoutAFileGetsEnglish() {
    Labels de = Labels.of(Locale.GERMAN);
    Labels en = Labels.of(Locale.ENGLISH);
    assertThat(de.bundleLocale()).isEqualTo(Locale.ROOT);
    assertThat(de.label(ScorecardLevel.DELIGHTS)).isEqualTo("delights the customer");
    for (String key : en.keys()) {
      assertThat(de.get(key)).isEqualTo(en.get(key));
    }
    assertThat(ScorecardLevel.DELIGHTS.label(Locale.GERMANY)).isEqualTo("delights the customer");
  }

  @Test
  void theDefaultLocaleOfTheMachinePlaysNoPart() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(ZH);
      assertThat(Labels.of(Locale.GERMAN).label(ScorecardLevel.DELIGHTS))
          .isEqualTo("delights the customer");
      assertThat(Labels.of(Locale.ENGLISH).label(ScorecardLevel.DELIGHTS))
          .isEqualTo("delights the customer");
      Locale.setDefault(Locale.GERMANY);
      assertThat(Labels.of(ZH).label(ScorecardLevel.DELIGHTS)).isEqualTo("让客户喜悦");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void traditionalChineseFallsBackToTheChineseFileThenEnglish() {
    Labels tw = Labels.of(Locale.TRADITIONAL_CHINESE);
    assertThat(tw.bundleLocale()).isEqualTo(Locale.CHINESE);
    assertThat(tw.label(ScorecardLevel.DELIGHTS)).isEqualTo("让客户喜悦");
    assertThat(tw.toString())
        .isEqualTo("Labels[io.github.mot.core.i18n.labels for zh_TW: zh, then English]");
    assertThat(Labels.of(Locale.GERMAN).toString())
        .isEqualTo("Labels[io.github.mot.core.i18n.labels for de: English]");
    assertThat(Labels.of(Locale.ROOT).toString())
        .isEqualTo("Labels[io.github.mot.core.i18n.labels for root: English]");
  }

  @Test
  void aFileDroppedOnTheClassPathAddsALanguage() {
    // src/test/resources/io/github/mot/core/i18n/labels_eo.properties, partial on purpose.
    Labels eo = Labels.of(ESPERANTO);
    assertThat(eo.bundleLocale()).isEqualTo(ESPERANTO);
    assertThat(eo.label(ScorecardLevel.DELIGHTS)).isEqualTo("ravas la klienton");
    assertThat(ScorecardLevel.NEUTRAL.label(ESPERANTO)).isEqualTo("neŭtrala");
    // Missing and blank keys fall back to English.
    assertThat(eo.label(ScorecardLevel.MEETS_EXPECTATIONS)).isEqualTo("meets expectations");
    assertThat(eo.label(ScorecardLevel.FAILS_EXPECTATIONS)).isEqualTo("fails expectations");
    // A translation file may name a custom channel.
    assertThat(Channel.of("kiosk").label(ESPERANTO)).isEqualTo("kiosko");
    assertThat(eo.keys()).contains("Channel.kiosk", "ScorecardLevel.DELIGHTS");
  }

  @Test
  void aFileInADirectoryAddedAtRunTimeAddsALanguage(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("io/github/mot/core/i18n/labels_de.properties");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "ScorecardLevel.DELIGHTS=begeistert den Kunden\n");
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {dir.toUri().toURL()}, Labels.class.getClassLoader())) {
      Labels de = Labels.forBundle(Labels.CORE_BUNDLE, Locale.GERMAN, loader.getUnnamedModule());
      assertThat(de.label(ScorecardLevel.DELIGHTS)).isEqualTo("begeistert den Kunden");
      assertThat(de.label(ScorecardLevel.NEUTRAL)).isEqualTo("neutral");
    }
    // The application's own class loader still has no German file.
    assertThat(Labels.of(Locale.GERMAN).label(ScorecardLevel.DELIGHTS))
        .isEqualTo("delights the customer");
  }

  @Test
  void aKeyMissingOrBlankInTheTranslationFallsBackToEnglish() {
    Labels zh = Labels.forBundle(TEST_BUNDLE, ZH, LabelsTest.class.getModule());
    assertThat(zh.baseName()).isEqualTo(TEST_BUNDLE);
    assertThat(zh.locale()).isEqualTo(ZH);
    assertThat(zh.get("greeting")).isEqualTo("你好");
    assertThat(zh.get("farewell")).isEqualTo("goodbye");
    assertThat(zh.get("thanks")).isEqualTo("thank you");
    assertThat(zh.find("farewell")).contains("goodbye");
    assertThat(zh.keys()).containsExactly("blank-everywhere", "farewell", "greeting", "thanks");
  }

  @Test
  void aKeyThatEvenEnglishLacksIsAnError() {
    Labels zh = Labels.forBundle(TEST_BUNDLE, ZH, LabelsTest.class.getModule());
    assertThat(zh.find("no.such.key")).isEmpty();
    assertThat(zh.find("blank-everywhere")).isEmpty();
    assertThatThrownBy(() -> zh.get("no.such.key"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'no.such.key'")
        .hasMessageContaining(TEST_BUNDLE);
    Rejections.assertRejectsWith("'blank-everywhere'", () -> zh.get("blank-everywhere"));
    Rejections.assertRejectsWith("'Polarity.POSITIVE'", () -> zh.label(Polarity.POSITIVE));
    assertThatThrownBy(() -> Labels.of(ZH).label(FiveC.CUSTOMER, "colour"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'FiveC.CUSTOMER.colour'")
        .hasMessageContaining(Labels.CORE_BUNDLE);
  }

  @Test
  void aBundleWithoutABaseFileIsRejected() {
    assertThatThrownBy(
            () -> Labels.forBundle("com.example.nothing", ZH, LabelsTest.class.getModule()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("com/example/nothing.properties")
        .hasMessageContaining("'com.example.nothing'");
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void nullsAreRejectedByName() {
    Labels en = Labels.of(Locale.ENGLISH);
    Module m = LabelsTest.class.getModule();
    assertThatThrownBy(() -> Labels.of(null)).hasMessage("locale");
    assertThatThrownBy(() -> Labels.forBundle(null, ZH, m)).hasMessage("baseName");
    assertThatThrownBy(() -> Labels.forBundle(TEST_BUNDLE, null, m)).hasMessage("locale");
    assertThatThrownBy(() -> Labels.forBundle(TEST_BUNDLE, ZH, null)).hasMessage("module");
    assertThatThrownBy(() -> en.get(null)).hasMessage("key");
    assertThatThrownBy(() -> en.find(null)).hasMessage("key");
    assertThatThrownBy(() -> en.label(null)).hasMessage("constant");
    assertThatThrownBy(() -> en.label(FiveC.CUSTOMER, null)).hasMessage("attribute");
    assertThatThrownBy(() -> Labels.key(null)).hasMessage("constant");
    assertThatThrownBy(() -> ScorecardLevel.DELIGHTS.label(null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> JourneyTemplate.RETAIL_COUNTER.journey(null))
        .isInstanceOf(NullPointerException.class);
  }

  /** An enum nested in a class, with a constant that has a body. */
  enum Colour {
    RED {
      @Override
      public String toString() {
        return "red";
      }
    },
    GREEN
  }

  @Test
  void keysNameTheEnumWithoutItsPackage() {
    assertThat(Labels.key(ScorecardLevel.DELIGHTS)).isEqualTo("ScorecardLevel.DELIGHTS");
    assertThat(Labels.key(Colour.GREEN)).isEqualTo("LabelsTest.Colour.GREEN");
    assertThat(Labels.key(Colour.RED)).isEqualTo("LabelsTest.Colour.RED");
  }
}
