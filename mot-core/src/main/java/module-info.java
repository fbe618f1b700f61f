/**
 * The Moments of Truth vocabulary: immutable, validated value types for rating scales, the ABC
 * first impression, the seven-level MOT scorecard, touchpoints, journeys, encounters and the
 * behaviour model.
 *
 * <p>The package {@code io.github.mot.core.io} holds the reader model that every module's readers
 * share: size limits, the read result, row errors, the data-file exception, and the row sources of
 * formats other than CSV with the service ({@code RowSourceProvider}) through which a module such
 * as mot-xlsx adds one, chosen by the file's extension.
 *
 * <p>The module has no required runtime dependency. JSpecify nullness annotations and Jackson
 * annotations are compile-time only ({@code requires static}): users without Jackson carry
 * nothing, users with Jackson get JSON binding that applies the same validation. The package is
 * opened to {@code com.fasterxml.jackson.databind} only, for that binding.
 *
 * <p>The English and Simplified Chinese labels ({@code io.github.mot.core.Labels}) are properties
 * files in the package {@code io.github.mot.core.i18n}, which holds only resources and is neither
 * exported nor opened: the module reads them itself.
 */
@SuppressWarnings("module") // the opens and exports below name modules absent at compile time
module io.github.mot.core {
  requires static transitive org.jspecify;
  requires static com.fasterxml.jackson.annotation;
  requires static org.immutables.value;

  exports io.github.mot.core;
  exports io.github.mot.core.io;
  exports io.github.mot.core.table;

  // Helpers of the library's own modules (text-table alignment and number separators, HTML escaping, input
  // quoted in messages, size-limited input, strict decoding and the readers' shared errors), not
  // API. The
  // qualified export names modules absent when this module is compiled: allowed, no effect then.
  exports io.github.mot.core.internal to
      io.github.mot.scoring,
      io.github.mot.servqual,
      io.github.mot.xlsx,
      io.github.mot.examples;

  // Jackson reads the package-private implementations and JSON accessors reflectively; without
  // this, JSON binding on the module path fails with InaccessibleObjectException. A qualified
  // opens to a module that is absent at run time is allowed and has no effect.
  opens io.github.mot.core to
      com.fasterxml.jackson.databind;

  // Every reader's read(Path) reads the file formats the modules on the path provide (mot-xlsx:
  // .xlsx workbooks), chosen by extension; CSV otherwise.
  uses io.github.mot.core.io.RowSourceProvider;
}
