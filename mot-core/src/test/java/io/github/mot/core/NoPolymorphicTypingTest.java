package io.github.mot.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No JSON reader of the project picks a Java class from its input: no {@code @JsonTypeInfo}, no
 * {@code @JsonSubTypes}, no default typing on any {@code ObjectMapper}. The test scans the main
 * sources of every module of the build (the parent of this module's directory), so a later module
 * that turns polymorphic typing on fails here.
 */
class NoPolymorphicTypingTest {

  private static final List<String> FORBIDDEN =
      List.of(
          "JsonTypeInfo",
          "JsonSubTypes",
          "JsonTypeIdResolver",
          "activateDefaultTyping",
          "enableDefaultTyping",
          "setDefaultTyping",
          "DefaultTyping",
          "PolymorphicTypeValidator",
          "TypeResolverBuilder",
          "@JsonTypeName");

  private static Path projectRoot() {
    Path module = Path.of("").toAbsolutePath();
    Path parent = module.getParent();
    if (parent != null && Files.exists(parent.resolve("pom.xml"))) {
      return parent;
    }
    return module;
  }

  @Test
  void noMainSourceOfAnyModuleUsesPolymorphicTyping() throws IOException {
    Path root = projectRoot();
    List<Path> sources = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(root)) {
      for (Path module : (Iterable<Path>) dirs::iterator) {
        Path main = module.resolve("src/main/java");
        if (Files.isDirectory(main)) {
          try (Stream<Path> files = Files.walk(main)) {
            files.filter(p -> p.toString().endsWith(".java")).forEach(sources::add);
          }
        }
      }
    }
    assertThat(sources)
        .as("main sources under %s", root)
        .anyMatch(p -> p.endsWith("io/github/mot/core/Touchpoint.java"));
    List<String> hits = new ArrayList<>();
    for (Path source : sources) {
      String text = Files.readString(source, StandardCharsets.UTF_8);
      for (String word : FORBIDDEN) {
        if (text.contains(word)) {
          hits.add(root.relativize(source) + ": " + word);
        }
      }
    }
    assertThat(hits).as("polymorphic typing in main sources").isEmpty();
  }

  @Test
  void noModelTypeCarriesTypeInfo() {
    List<Class<?>> types =
        List.of(
            RatingScale.class,
            AbcWeights.class,
            AbcRatings.class,
            ScorecardLevel.class,
            BehaviourStep.class,
            Channel.class,
            JourneyStage.class,
            Touchpoint.class,
            CustomerJourney.class,
            Encounter.class,
            ChecklistItem.class,
            SupervisionChecklist.class,
            Polarity.class,
            AbcComponent.class,
            FiveC.class,
            ServiceCyclePhase.class);
    for (Class<?> type : types) {
      assertThat(type.getAnnotation(JsonTypeInfo.class)).as(type.getName()).isNull();
      assertThat(type.getAnnotation(JsonSubTypes.class)).as(type.getName()).isNull();
      for (Method m : type.getDeclaredMethods()) {
        assertThat(m.getAnnotation(JsonTypeInfo.class)).as(m.toString()).isNull();
      }
    }
  }
}
