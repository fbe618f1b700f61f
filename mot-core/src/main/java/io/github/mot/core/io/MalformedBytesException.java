package io.github.mot.core.io;

/**
 * A byte string that is not the byte form of the accumulator it was read as: bytes of another
 * program ("not the byte form of a MOT accumulator"), of another accumulator ("holds a
 * first impression accumulator, not a scorecard accumulator"), of a newer format version, bytes
 * changed or cut on the way (the checksum does not match), or a state no accumulator can reach (a
 * negative count). The message says which, with the byte offset where it applies.
 *
 * <p>The byte form of every mergeable accumulator of the library ({@code toBytes()} and {@code
 * fromBytes(byte[])} on {@code ScorecardAccumulator}, {@code FirstImpressionAccumulator} and the
 * others) is described in {@code docs/byte-form.md}: the ASCII magic {@code MOT}, a kind byte, a
 * format version byte, the state, and a CRC-32C of all that precedes it. A reader rejects what it
 * cannot read exactly and never returns a partial or guessed state.
 *
 * <p>An {@link IllegalArgumentException}: the bytes are an argument the caller passed. Engines wrap
 * it in their own exception (Beam's {@code CoderException}, for example).
 *
 * @since 0.4.0
 */
public final class MalformedBytesException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /**
   * An exception with its message.
   *
   * @param message what is wrong and where, for example {@code "scorecard accumulator bytes: the
   *     checksum does not match (stored 0x1a2b3c4d, computed 0x5e6f7a8b): the bytes were changed or
   *     cut"}
   */
  public MalformedBytesException(String message) {
    super(message);
  }
}
