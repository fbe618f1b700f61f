package io.github.mot.scoring;

import java.util.Objects;
import java.util.function.Function;

/**
 * How the keys of a grouped accumulator are written as text in its byte form ({@link
 * GroupedScorecardAccumulator#toBytes(KeyCodec)}) and read back: {@code decode(encode(k))} must
 * equal {@code k}, and two different keys must not have the same text (the writer checks it).
 *
 * <pre>{@code
 * byte[] bytes = byTouchpoint.toBytes(KeyCodec.text());
 * GroupedScorecardAccumulator<String> back = GroupedScorecardAccumulator.fromBytes(bytes, KeyCodec.text());
 * KeyCodec<LocalDate> days = KeyCodec.of(LocalDate::toString, LocalDate::parse);
 * }</pre>
 *
 * <p>Implementations must be stateless and thread-safe; the ones made here are.
 *
 * @param <K> the key type
 * @since 0.4.0
 */
public interface KeyCodec<K> {

  /**
   * The text of a key.
   *
   * @param key the key, not null
   * @return its text, from which {@link #decode} gives an equal key
   */
  String encode(K key);

  /**
   * The key of a text written by {@link #encode}.
   *
   * @param text the text
   * @return the key, not null
   * @throws RuntimeException of any kind if the text is no key's; the reader reports it as
   *     malformed bytes naming the text
   */
  K decode(String text);

  /**
   * Keys that are text already: touchpoint, staff and customer ids, channel names.
   *
   * @return the identity codec
   */
  static KeyCodec<String> text() {
    return of(Function.identity(), Function.identity());
  }

  /**
   * Enum keys by their {@link Enum#name()}.
   *
   * @param <E> the enum type
   * @param type the enum class
   * @return the codec; {@code decode} throws for a name the enum does not have
   * @throws NullPointerException if {@code type} is null
   */
  static <E extends Enum<E>> KeyCodec<E> ofEnum(Class<E> type) {
    Objects.requireNonNull(type, "type");
    return of(Enum::name, s -> Enum.valueOf(type, s));
  }

  /**
   * A codec of two functions, for example {@code KeyCodec.of(LocalDate::toString,
   * LocalDate::parse)}.
   *
   * @param <K> the key type
   * @param encode the text of a key
   * @param decode the key of a text; may throw for text that is no key's
   * @return the codec
   * @throws NullPointerException if an argument is null
   */
  static <K> KeyCodec<K> of(Function<? super K, String> encode, Function<String, ? extends K> decode) {
    Objects.requireNonNull(encode, "encode");
    Objects.requireNonNull(decode, "decode");
    return new KeyCodec<>() {
      @Override
      public String encode(K key) {
        return Objects.requireNonNull(encode.apply(key), "the text of a key");
      }

      @Override
      public K decode(String text) {
        return Objects.requireNonNull(decode.apply(text), "the key of a text");
      }
    };
  }
}
