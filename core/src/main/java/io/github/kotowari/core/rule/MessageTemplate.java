package io.github.kotowari.core.rule;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Locale;
import java.util.Set;

/**
 * A message with {@code {name}} placeholders, parsed once. Package-private: codes expose their
 * templates as text and render through {@link Parameters}.
 */
final class MessageTemplate {
  private final String text;
  /** Alternating literal text and placeholder names; even indexes are literals. */
  private final ImmutableList<String> parts;

  private MessageTemplate(String text, ImmutableList<String> parts) {
    this.text = text;
    this.parts = parts;
  }

  static MessageTemplate parse(String text, Set<String> allowedNames, String what) {
    checkArgument(!text.isBlank(), "%s message must not be blank", what);
    ImmutableList.Builder<String> parts = ImmutableList.builder();
    int literalStart = 0;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '}') {
        throw new IllegalArgumentException(what + " message has an unmatched '}' at index " + i);
      }
      if (c == '{') {
        int close = text.indexOf('}', i + 1);
        checkArgument(close > i + 1, "%s message has an unclosed or empty placeholder at index %s", what, i);
        String name = text.substring(i + 1, close);
        checkArgument(allowedNames.contains(name),
            "%s message uses {%s}, which is not a declared parameter %s", what, name, allowedNames);
        parts.add(text.substring(literalStart, i)).add(name);
        i = close + 1;
        literalStart = i;
      } else {
        i++;
      }
    }
    parts.add(text.substring(literalStart));
    return new MessageTemplate(text, parts.build());
  }

  String text() {
    return text;
  }

  ImmutableSet<String> placeholders() {
    ImmutableSet.Builder<String> names = ImmutableSet.builder();
    for (int i = 1; i < parts.size(); i += 2) {
      names.add(parts.get(i));
    }
    return names.build();
  }

  String render(Parameters parameters, Locale locale) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < parts.size(); i++) {
      String part = parts.get(i);
      out.append(i % 2 == 0 ? part : parameters.render(part, locale));
    }
    return out.toString();
  }

  @Override
  public boolean equals(@org.jspecify.annotations.Nullable Object other) {
    return other instanceof MessageTemplate && ((MessageTemplate) other).text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return text;
  }
}
