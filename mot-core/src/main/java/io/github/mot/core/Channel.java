package io.github.mot.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.mot.core.internal.Preconditions;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * The medium through which a customer meets the organisation at a touchpoint: face to face, by
 * phone, on the web and so on. The eight common channels are constants; {@link #of(String)} makes
 * custom ones such as {@code "kiosk"} or {@code "video-call"}.
 *
 * <p>A channel is identified by its id alone: lower-case letters and digits in hyphen-separated
 * words ({@code "in-person"}). The id is also the text form ({@link #toString()}) and the JSON form
 * (a plain string, {@code "in-person"}).
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable(builder = false, copy = false)
// The constants are instances of the package-private ImmutableChannel, which nothing but this
// class names, so its initialisation always starts from here: no deadlock.
@SuppressWarnings("ClassInitializationDeadlock")
public abstract class Channel {

  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  /** Face to face, for example at a counter, a desk or the bedside. */
  public static final Channel IN_PERSON = ImmutableChannel.of("in-person");

  /** A telephone call, in either direction. */
  public static final Channel PHONE = ImmutableChannel.of("phone");

  /** A web site used in a browser. */
  public static final Channel WEB = ImmutableChannel.of("web");

  /** A mobile application. */
  public static final Channel APP = ImmutableChannel.of("app");

  /** A live or automated text chat. */
  public static final Channel CHAT = ImmutableChannel.of("chat");

  /** E-mail. */
  public static final Channel EMAIL = ImmutableChannel.of("email");

  /** Social media: public posts and private messages. */
  public static final Channel SOCIAL = ImmutableChannel.of("social");

  /** Machines the customer operates alone: kiosks, ATMs, check-in machines, ticket machines. */
  public static final Channel SELF_SERVICE = ImmutableChannel.of("self-service");

  private static final List<Channel> BUILT_IN =
      List.of(IN_PERSON, PHONE, WEB, APP, CHAT, EMAIL, SOCIAL, SELF_SERVICE);

  Channel() {}

  /**
   * The id of the channel, such as {@code "in-person"}.
   *
   * @return lower-case letters and digits in hyphen-separated words
   */
  @JsonValue
  @Value.Parameter
  public abstract String id();

  /**
   * The channel with the given id: the built-in constant if the id is one of theirs, otherwise a
   * custom channel.
   *
   * @param id lower-case letters and digits in hyphen-separated words, such as {@code "kiosk"}
   * @return the channel
   * @throws IllegalArgumentException if the id is not of that form
   * @throws NullPointerException if {@code id} is null
   */
  @JsonCreator
  public static Channel of(String id) {
    Objects.requireNonNull(id, "id");
    for (Channel c : BUILT_IN) {
      if (c.id().equals(id)) {
        return c;
      }
    }
    return ImmutableChannel.of(id);
  }

  /**
   * The eight built-in channels, in the order of their declaration.
   *
   * @return in-person, phone, web, app, chat, email, social, self-service
   */
  public static List<Channel> builtIns() {
    return BUILT_IN;
  }

  @Value.Check
  void check() {
    if (!ID.matcher(id()).matches()) {
      throw Preconditions.invalid(
          "channel id", "lower-case letters and digits in hyphen-separated words (such as 'in-person')", id());
    }
  }

  /**
   * Whether this is one of the eight built-in channels.
   *
   * @return true for the constants of this class
   */
  public final boolean isBuiltIn() {
    return BUILT_IN.contains(this);
  }

  /**
   * The English name of the channel for people, such as {@code "in person"} or {@code "e-mail"};
   * for a custom channel, the id (unless a bundle names it, see {@link #label(Locale)}).
   *
   * @return a non-blank label
   * @since 0.1.0
   */
  public final String label() {
    return label(Locale.ROOT);
  }

  /**
   * The name of the channel in the given language, from {@link Labels#of(Locale)} under the key
   * {@code Channel.<id>} ({@code Channel.in-person}); English where there is no translation. A
   * custom channel has its id as label, unless a bundle file has a key for it ({@code
   * Channel.kiosk=...}).
   *
   * @param locale the language, such as {@link Locale#SIMPLIFIED_CHINESE}
   * @return a non-blank label, such as {@code "面对面"} for {@link #IN_PERSON} in Simplified Chinese
   * @throws NullPointerException if {@code locale} is null
   * @since 0.1.0
   */
  public final String label(Locale locale) {
    return Labels.of(locale).find("Channel." + id()).orElse(id());
  }

  /**
   * The id, such as {@code "in-person"}; {@link #of(String)} reads it back.
   *
   * @return the id
   */
  @Override
  public String toString() {
    return id();
  }
}
