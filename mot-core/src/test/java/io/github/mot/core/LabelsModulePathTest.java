package io.github.mot.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReader;
import java.lang.module.ModuleReference;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Labels when mot-core is a named module, as on the module path. The tests run on the class path,
 * so these build a module layer from the compiled classes (and from a small resource-only module
 * that holds a bundle of its own), or start a JVM with {@code --module-path}.
 */
class LabelsModulePathTest {

  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
  private static final String CORE = "io.github.mot.core";

  private static Path classes;

  @BeforeAll
  static void findClasses() throws URISyntaxException {
    classes = Path.of(Labels.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  /** A module with no classes whose resources are the files under a directory. */
  private static ModuleFinder resourceModule(ModuleDescriptor descriptor, Path dir) {
    ModuleReference ref =
        new ModuleReference(descriptor, dir.toUri()) {
          @Override
          public ModuleReader open() {
            return new ModuleReader() {
              @Override
              public Optional<URI> find(String name) {
                Path file = dir.resolve(name);
                return Files.isRegularFile(file) ? Optional.of(file.toUri()) : Optional.empty();
              }

              @Override
              public Stream<String> list() throws IOException {
                try (Stream<Path> files = Files.walk(dir)) {
                  return files.filter(Files::isRegularFile)
                      .map(f -> dir.relativize(f).toString().replace('\\', '/'))
                      .collect(Collectors.toList())
                      .stream();
                }
              }

              @Override
              public void close() {}
            };
          }
        };
    return new ModuleFinder() {
      @Override
      public Optional<ModuleReference> find(String name) {
        return name.equals(descriptor.name()) ? Optional.of(ref) : Optional.empty();
      }

      @Override
      public Set<ModuleReference> findAll() {
        return Set.of(ref);
      }
    };
  }

  /**
   * Named mot-core plus two resource modules with the bundle {@code demo.<name>.i18n.words}: {@code
   * demo.open} opens its package to mot-core, {@code demo.closed} does not.
   */
  private static ModuleLayer layer(Path dir) throws IOException {
    for (String name : List.of("open", "closed")) {
      Path bundle = dir.resolve("demo/" + name + "/i18n");
      Files.createDirectories(bundle);
      Files.writeString(bundle.resolve("words.properties"), "hello=hello\nbye=goodbye\n");
      Files.writeString(bundle.resolve("words_zh.properties"), "hello=你好\n", StandardCharsets.UTF_8);
    }
    ModuleDescriptor open =
        ModuleDescriptor.newModule("demo.open")
            .requires(CORE)
            .opens(Set.of(), "demo.open.i18n", Set.of(CORE))
            .build();
    ModuleDescriptor closed =
        ModuleDescriptor.newModule("demo.closed")
            .requires(CORE)
            .packages(Set.of("demo.closed.i18n"))
            .build();
    ModuleFinder finder =
        ModuleFinder.compose(
            ModuleFinder.of(classes), resourceModule(open, dir), resourceModule(closed, dir));
    Configuration cf =
        ModuleLayer.boot()
            .configuration()
            .resolve(finder, ModuleFinder.of(), Set.of(CORE, "demo.open", "demo.closed"));
    return ModuleLayer.boot().defineModulesWithOneLoader(cf, ClassLoader.getPlatformClassLoader());
  }

  /** Calls {@code Labels.forBundle(base, locale, module).get(key)} on the layer's Labels. */
  private static String get(Class<?> labels, String base, Locale locale, Module module, String key)
      throws ReflectiveOperationException {
    Object l =
        labels
            .getMethod("forBundle", String.class, Locale.class, Module.class)
            .invoke(null, base, locale, module);
    return (String) labels.getMethod("get", String.class).invoke(l, key);
  }

  @Test
  void aNamedCoreFindsItsOwnBundlesWithoutTheDefaultLocale(@TempDir Path dir) throws Exception {
    ModuleLayer layer = layer(dir);
    Class<?> labels = layer.findLoader(CORE).loadClass(CORE + ".Labels");
    Module core = labels.getModule();
    assertThat(core.isNamed()).isTrue();
    assertThat(core.getName()).isEqualTo(CORE);
    String base = Labels.CORE_BUNDLE;
    Locale saved = Locale.getDefault();
    try {
      // A German request on a Chinese machine must give English, not the default locale's file.
      Locale.setDefault(ZH);
      assertThat(get(labels, base, Locale.GERMAN, core, "ScorecardLevel.DELIGHTS"))
          .isEqualTo("delights the customer");
      assertThat(get(labels, base, Locale.ENGLISH, core, "ScorecardLevel.DELIGHTS"))
          .isEqualTo("delights the customer");
      Locale.setDefault(Locale.GERMANY);
      assertThat(get(labels, base, ZH, core, "ScorecardLevel.DELIGHTS")).isEqualTo("让客户喜悦");
      assertThat(get(labels, base, Locale.TRADITIONAL_CHINESE, core, "AbcComponent.APPEARANCE"))
          .isEqualTo("外表");
    } finally {
      Locale.setDefault(saved);
    }
    Object zh = labels.getMethod("of", Locale.class).invoke(null, ZH);
    assertThat(zh.toString())
        .isEqualTo("Labels[io.github.mot.core.i18n.labels for zh_CN: zh, then English]");
    // The localised templates work in the named module too.
    Class<?> templates = layer.findLoader(CORE).loadClass(CORE + ".JourneyTemplate");
    Object retailTemplate = templates.getField("RETAIL_COUNTER").get(null);
    Object retail = templates.getMethod("journey", Locale.class).invoke(retailTemplate, ZH);
    Class<?> journey = layer.findLoader(CORE).loadClass(CORE + ".CustomerJourney");
    assertThat(journey.getMethod("name").invoke(retail)).isEqualTo("柜面销售");
  }

  @Test
  void aNamedModuleThatOpensItsBundleToTheCoreGetsItsLabels(@TempDir Path dir) throws Exception {
    ModuleLayer layer = layer(dir);
    Class<?> labels = layer.findLoader(CORE).loadClass(CORE + ".Labels");
    Module open = layer.findModule("demo.open").orElseThrow();
    assertThat(get(labels, "demo.open.i18n.words", ZH, open, "hello")).isEqualTo("你好");
    assertThat(get(labels, "demo.open.i18n.words", ZH, open, "bye")).isEqualTo("goodbye");
    assertThat(get(labels, "demo.open.i18n.words", Locale.GERMAN, open, "hello")).isEqualTo("hello");
  }

  @Test
  void aNamedModuleThatDoesNotOpenItsBundleIsToldWhy(@TempDir Path dir) throws Exception {
    ModuleLayer layer = layer(dir);
    Class<?> labels = layer.findLoader(CORE).loadClass(CORE + ".Labels");
    Module closed = layer.findModule("demo.closed").orElseThrow();
    Method forBundle = labels.getMethod("forBundle", String.class, Locale.class, Module.class);
    try {
      forBundle.invoke(null, "demo.closed.i18n.words", ZH, closed);
      throw new AssertionError("expected an IllegalArgumentException");
    } catch (InvocationTargetException e) {
      assertThat(e.getCause())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("demo/closed/i18n/words.properties")
          .hasMessageContaining("opens to io.github.mot.core");
    }
  }

  /**
   * When mot-core is on the module path, a language is added by a file on the class path (the
   * module's class loader searches the class path for a resource its module lacks) or by patching
   * the module with a directory holding the file.
   */
  @Test
  void onTheModulePathALanguageIsAddedOnTheClassPathOrByPatchingTheModule(@TempDir Path dir) throws Exception {
    Path patch = dir.resolve("patch");
    Path de = patch.resolve("io/github/mot/core/i18n/labels_de.properties");
    Files.createDirectories(de.getParent());
    Files.writeString(de, "ScorecardLevel.DELIGHTS=begeistert den Kunden\n");
    Path cp = dir.resolve("cp");
    Path fr = cp.resolve("io/github/mot/core/i18n/labels_fr.properties");
    Files.createDirectories(fr.getParent());
    Files.writeString(fr, "ScorecardLevel.DELIGHTS=ravit le client\n");
    Path demo = dir.resolve("Demo.java");
    Files.writeString(
        demo,
        String.join(
            "\n",
            "import io.github.mot.core.*;",
            "import java.util.Locale;",
            "public class Demo {",
            "  public static void main(String[] args) {",
            "    System.out.println(Labels.class.getModule().isNamed());",
            "    System.out.println(ScorecardLevel.DELIGHTS.label(Locale.GERMAN));",
            "    System.out.println(ScorecardLevel.NEUTRAL.label(Locale.GERMAN));",
            "    System.out.println(ScorecardLevel.DELIGHTS.label(Locale.FRENCH));",
            "    System.out.println(ScorecardLevel.MEETS_EXPECTATIONS.label(Locale.FRENCH));",
            "  }",
            "}",
            ""));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p =
        new ProcessBuilder(
                java.toString(),
                "--module-path",
                classes.toString(),
                "--add-modules",
                CORE,
                "--patch-module",
                CORE + "=" + patch,
                "--class-path",
                cp.toString(),
                demo.toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out.lines().toList())
        .containsExactly(
            "true", "begeistert den Kunden", "neutral", "ravit le client", "meets expectations");
  }

  @Test
  void theCoreModuleExportsNoResourcePackage() {
    // The bundle package is the module's own, hidden from others: only the API packages (the
    // values, the reader model and the result tables) are exported to everyone; the internal
    // helpers only to the library's own modules.
    ModuleDescriptor d = ModuleFinder.of(classes).find(CORE).orElseThrow().descriptor();
    assertThat(d.packages()).contains(CORE, CORE + ".i18n", CORE + ".internal", CORE + ".io");
    assertThat(d.exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source).toList())
        .containsExactlyInAnyOrder(CORE, CORE + ".io", CORE + ".table");
    assertThat(d.exports().stream().filter(ModuleDescriptor.Exports::isQualified).toList())
        .singleElement()
        .satisfies(e -> {
          assertThat(e.source()).isEqualTo(CORE + ".internal");
          assertThat(e.targets()).containsExactlyInAnyOrder(
              "io.github.mot.scoring", "io.github.mot.servqual", "io.github.mot.xlsx",
              "io.github.mot.examples");
        });
    assertThat(d.opens().stream().map(ModuleDescriptor.Opens::source).toList())
        .containsExactly(CORE);
  }
}
