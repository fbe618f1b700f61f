package io.github.mot.core;

import io.github.mot.core.internal.Preconditions;
import io.github.mot.core.internal.Templates;
import java.util.Collections;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

/**
 * The user-facing labels of the model in one language: the scorecard levels, the ABC components,
 * the behaviour steps and so on, looked up by key in a standard {@link ResourceBundle} of UTF-8
 * {@code .properties} files. {@link #of(Locale)} gives the labels of this module; other modules
 * get theirs with {@link #forBundle(String, Locale, Module)}.
 *
 * <pre>{@code
 * Labels zh = Labels.of(Locale.SIMPLIFIED_CHINESE);
 * zh.label(ScorecardLevel.DELIGHTS);                 // "让客户喜悦"
 * zh.get("template.retail.touchpoint.entering");     // "进入卖场"
 * }</pre>
 *
 * <p><b>Bundles.</b> A bundle is a family of properties files named after a base name: {@code
 * io.github.mot.core.i18n.labels} ({@link #CORE_BUNDLE}) is the resource {@code
 * io/github/mot/core/i18n/labels.properties}, the English base bundle, plus {@code
 * labels_zh.properties} (Simplified Chinese) and whatever other files are found for a language:
 * {@code labels_de.properties}, {@code labels_zh_TW.properties}. The base bundle must hold every
 * key; the others may hold any subset.
 *
 * <p><b>Fallback.</b> A key is looked up from the most specific file for the locale to the least,
 * then in the English base bundle: for {@code zh_TW}, {@code labels_zh_TW}, then {@code labels_zh},
 * then {@code labels}. The default locale of the JVM plays no part, so {@link Locale#GERMAN}
 * without a German file gives English whatever the machine's locale. A value that is blank in a
 * translation also falls back to English. A key that even the base bundle lacks is a programming
 * error: {@link #get(String)} throws. No lookup ever returns a blank text or the key itself.
 *
 * <p><b>Keys.</b> An enum constant's key is its type's name without the package, nested types
 * joined by dots, then a dot and the constant's name ({@link #key(Enum)}): {@code
 * ScorecardLevel.DELIGHTS}, {@code Polarity.POSITIVE}. A further text about a constant adds a dot
 * and the attribute: {@code FiveC.CUSTOMER.description}, {@code BehaviourStep.EXPLORE.practice.1}.
 * Channels are keyed by id ({@code Channel.in-person}); journey templates by template key and id
 * ({@code template.retail.name}, {@code template.retail.stage.arrival}, {@code
 * template.retail.touchpoint.entering}, {@code template.retail.touchpoint.entering.role}).
 *
 * <p><b>Class path and module path.</b> A new language is added by putting a file such as {@code
 * io/github/mot/core/i18n/labels_de.properties} into a jar or directory on the class path. On the
 * class path every file the class loader finds counts. When this module is a named module (on the
 * module path), its own files are read from the module, and a file it lacks is looked for through
 * the module's class loader, which for the application class loader includes the class path; the
 * module can also be patched ({@code --patch-module io.github.mot.core=<directory or jar with the
 * file>}). A named module that passes itself to {@link #forBundle(String, Locale, Module)} must
 * open the package of its bundle to this module ({@code opens ....i18n to io.github.mot.core;}).
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Labels {

  /**
   * The base name of this module's bundle, {@code "io.github.mot.core.i18n.labels"}: the files
   * {@code io/github/mot/core/i18n/labels.properties} (English) and {@code labels_zh.properties}
   * (Simplified Chinese), and any {@code labels_<language>[_<COUNTRY>].properties} a user adds.
   */
  public static final String CORE_BUNDLE = "io.github.mot.core.i18n.labels";

  /** Properties files only; no fallback to the default locale: the base bundle is the end. */
  private static final ResourceBundle.Control CONTROL =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final String baseName;
  private final Locale locale;
  private final ResourceBundle bundle;
  private final ResourceBundle base;

  private Labels(String baseName, Locale locale, ResourceBundle bundle, ResourceBundle base) {
    this.baseName = baseName;
    this.locale = locale;
    this.bundle = bundle;
    this.base = base;
  }

  /**
   * The labels of this module ({@link #CORE_BUNDLE}) in the given language, English where a text
   * has no translation.
   *
   * @param locale the language, such as {@link Locale#SIMPLIFIED_CHINESE}; {@link Locale#ENGLISH}
   *     or {@link Locale#ROOT} for English
   * @return the labels
   * @throws NullPointerException if {@code locale} is null
   */
  public static Labels of(Locale locale) {
    return forBundle(CORE_BUNDLE, locale, Labels.class.getModule());
  }

  /**
   * The labels of any bundle in the given language, with the same fallback as {@link
   * #of(Locale)}: other modules use this for their own labels, for example {@code
   * forBundle("io.github.mot.servqual.i18n.labels", locale, SomeServqualType.class.getModule())}.
   *
   * <p>The module says where the files are: a named module's own bundle (whose package it opens
   * to {@code io.github.mot.core}), or, for an unnamed module, every file its class loader finds
   * ({@code loader.getUnnamedModule()}, or {@code SomeClass.class.getModule()} on the class path).
   *
   * @param baseName the bundle's base name, such as {@code "io.github.mot.core.i18n.labels"}
   * @param locale the language
   * @param module the module that holds or sees the bundle
   * @return the labels
   * @throws IllegalArgumentException if the bundle has no base file {@code <baseName>.properties}
   *     visible from {@code module}
   * @throws NullPointerException if an argument is null
   */
  public static Labels forBundle(String baseName, Locale locale, Module module) {
    Objects.requireNonNull(baseName, "baseName");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(module, "module");
    try {
      ResourceBundle base = load(baseName, Locale.ROOT, module);
      return new Labels(baseName, locale, load(baseName, locale, module), base);
    } catch (MissingResourceException e) {
      IllegalArgumentException missing = Preconditions.unmet(
          "bundle",
          "have a base file " + baseName.replace('.', '/') + ".properties visible from " + module
              + (module.isNamed() ? ", in a package the module opens to io.github.mot.core" : ""),
          "none was found for base name '" + baseName + "'");
      missing.initCause(e);
      throw missing;
    }
  }

  /**
   * Loads a bundle without falling back to the default locale. A Control can only be passed to
   * getBundle outside named modules; inside one, the module-aware getBundle is used, and a bundle
   * of the default locale it may fall back to is replaced by the base bundle.
   */
  private static ResourceBundle load(String baseName, Locale locale, Module module) {
    Module self = Labels.class.getModule();
    if (!self.isNamed() && !module.isNamed()) {
      ClassLoader loader = module.getClassLoader();
      return ResourceBundle.getBundle(
          baseName, locale, loader == null ? ClassLoader.getSystemClassLoader() : loader, CONTROL);
    }
    if (self.isNamed() && !self.canRead(module)) {
      // getBundle reads the module's resources on behalf of this module, which must read it.
      self.addReads(module);
    }
    ResourceBundle found = ResourceBundle.getBundle(baseName, locale, module);
    if (CONTROL.getCandidateLocales(baseName, locale).contains(found.getLocale())) {
      return found;
    }
    return ResourceBundle.getBundle(baseName, Locale.ROOT, module);
  }

  /**
   * The key of an enum constant: the enum type's name without the package, nested types joined by
   * dots, a dot, and the constant's name: {@code "ScorecardLevel.DELIGHTS"}; for a constant of an
   * enum {@code Quadrant} nested in a class {@code Ipa}, {@code "Ipa.Quadrant.KEEP_UP"}.
   *
   * @param constant the constant
   * @return its key
   * @throws NullPointerException if {@code constant} is null
   */
  public static String key(Enum<?> constant) {
    Objects.requireNonNull(constant, "constant");
    Class<?> type = constant.getDeclaringClass();
    String name = type.getName();
    String packageName = type.getPackageName();
    String simple = packageName.isEmpty() ? name : name.substring(packageName.length() + 1);
    return simple.replace('$', '.') + "." + constant.name();
  }

  /**
   * The base name of the bundle, such as {@link #CORE_BUNDLE}.
   *
   * @return the base name
   */
  public String baseName() {
    return baseName;
  }

  /**
   * The language asked for, such as {@code zh_CN}.
   *
   * @return the requested locale
   */
  public Locale locale() {
    return locale;
  }

  /**
   * The locale of the most specific file found for {@link #locale()}: {@code zh} for a request for
   * {@code zh_CN} or {@code zh_TW}, {@link Locale#ROOT} when only the English base bundle applies.
   *
   * @return the locale of the bundle that answers first
   */
  public Locale bundleLocale() {
    return bundle.getLocale();
  }

  /**
   * Whether the texts are a translation: a file of a language other than English answers first.
   * False for English and for a language without a file (whose texts are the English ones).
   *
   * @return true for a translation, such as Chinese
   * @since 0.1.0
   */
  public boolean isTranslation() {
    String language = bundleLocale().getLanguage();
    return !language.isEmpty() && !language.equals("en");
  }

  /**
   * The text for a key: the translation for {@link #locale()}, or the English text if there is
   * none or it is blank.
   *
   * @param key a key such as {@code "ScorecardLevel.DELIGHTS"}
   * @return a non-blank text
   * @throws IllegalArgumentException if not even the English base bundle has a non-blank text for
   *     the key
   * @throws NullPointerException if {@code key} is null
   */
  public String get(String key) {
    return find(key)
        .orElseThrow(
            () -> Preconditions.invalid(
                "label key", "one of the keys of bundle " + baseName + " (in its English base file)", key));
  }

  /**
   * The text for a key with its placeholders {@code {0}}, {@code {1}}, ... replaced by the
   * arguments as given, in one pass: the library's one template convention (an argument that
   * itself holds {@code {1}} stays as it is; no {@link java.text.MessageFormat} quoting, so a quote
   * is written once; format numbers first).
   *
   * @param key a key such as {@code "text.readSummary"}
   * @param args the arguments, placeholder {@code {i}} taking {@code args[i]}
   * @return the filled text
   * @throws IllegalArgumentException if not even the English base bundle has a text for the key
   * @throws NullPointerException if {@code key} is null
   * @since 0.3.0
   */
  public String fill(String key, Object... args) {
    return Templates.fill(get(key), args);
  }

  /**
   * The text for a key, if the bundle has one: as {@link #get(String)}, but empty rather than an
   * exception for a key that not even the English base bundle has. Useful for optional labels,
   * such as those of custom channels.
   *
   * @param key a key such as {@code "Channel.kiosk"}
   * @return a non-blank text, or empty
   * @throws NullPointerException if {@code key} is null
   */
  public Optional<String> find(String key) {
    Objects.requireNonNull(key, "key");
    Optional<String> text = text(bundle, key);
    return text.isPresent() ? text : text(base, key);
  }

  private static Optional<String> text(ResourceBundle b, String key) {
    if (!b.containsKey(key)) {
      return Optional.empty();
    }
    String value = b.getString(key);
    return value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  /**
   * The label of an enum constant: {@code get(key(constant))}.
   *
   * @param constant the constant, such as {@link ScorecardLevel#DELIGHTS}
   * @return a non-blank text, such as {@code "让客户喜悦"} in Chinese
   * @throws IllegalArgumentException if the bundle has no text for the constant's key
   * @throws NullPointerException if {@code constant} is null
   */
  public String label(Enum<?> constant) {
    return get(key(constant));
  }

  /**
   * A further text about an enum constant: {@code get(key(constant) + "." + attribute)}.
   *
   * @param constant the constant, such as {@link FiveC#CUSTOMER}
   * @param attribute what text, such as {@code "description"}
   * @return a non-blank text
   * @throws IllegalArgumentException if the bundle has no text for the key
   * @throws NullPointerException if an argument is null
   */
  public String label(Enum<?> constant, String attribute) {
    Objects.requireNonNull(attribute, "attribute");
    return get(key(constant) + "." + attribute);
  }

  /**
   * Every key of the bundle: those of the English base file and of any translation file found.
   *
   * @return an unmodifiable, sorted set
   */
  public Set<String> keys() {
    Set<String> keys = new TreeSet<>(bundle.keySet());
    keys.addAll(base.keySet());
    return Collections.unmodifiableSet(keys);
  }

  /**
   * The bundle, the locale asked for and the files that answer, for example {@code
   * Labels[io.github.mot.core.i18n.labels for zh_CN: zh, then English]} or {@code
   * Labels[io.github.mot.core.i18n.labels for de: English]}.
   *
   * @return a one-line description
   */
  @Override
  public String toString() {
    Locale found = bundleLocale();
    return "Labels["
        + baseName
        + " for "
        + (locale.equals(Locale.ROOT) ? "root" : locale.toString())
        + ": "
        + (found.equals(Locale.ROOT) ? "English" : found + ", then English")
        + "]";
  }
}
