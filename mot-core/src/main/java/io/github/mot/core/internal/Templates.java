package io.github.mot.core.internal;

/**
 * The library's one way of filling a label template: placeholders {@code {0}}, {@code {1}}, ...
 * replaced by the arguments as given, in one pass. An argument that itself holds {@code {1}} stays
 * as it is; there is no {@link java.text.MessageFormat} quoting (a quote is written once) and no
 * number formatting (format numbers first). A placeholder without an argument stays as it is.
 * Stateless and thread-safe.
 */
public final class Templates {

  private Templates() {}

  /**
   * The template with its placeholders filled.
   *
   * @param template a text with placeholders {@code {0}} to {@code {99}}
   * @param args the arguments, placeholder {@code {i}} taking {@code args[i]}
   * @return the filled text
   */
  public static String fill(String template, Object... args) {
    StringBuilder sb = new StringBuilder(template.length() + 16 * args.length);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      int close = c == '{' ? template.indexOf('}', i) : -1;
      int arg = close > i + 1 && close <= i + 3 ? index(template.substring(i + 1, close)) : -1;
      if (arg >= 0 && arg < args.length) {
        sb.append(args[arg]);
        i = close + 1;
      } else {
        sb.append(c);
        i++;
      }
    }
    return sb.toString();
  }

  private static int index(String digits) {
    for (int k = 0; k < digits.length(); k++) {
      if (digits.charAt(k) < '0' || digits.charAt(k) > '9') {
        return -1;
      }
    }
    return Integer.parseInt(digits);
  }
}
