package io.github.kotowari.core.rule;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import com.google.common.base.CharMatcher;
import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.kotowari.core.Language;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What reason codes and remedy codes share: a stable code, declared parameters, ja and en text. */
final class CodeSpec {
  private static final CharMatcher SEGMENT_CHARS =
      CharMatcher.inRange('a', 'z').or(CharMatcher.inRange('0', '9')).or(CharMatcher.is('-'));

  final String code;
  final ImmutableList<ParamKey<?>> params;
  final MessageTemplate japanese;
  final MessageTemplate english;

  private CodeSpec(String code, ImmutableList<ParamKey<?>> params, MessageTemplate japanese,
      MessageTemplate english) {
    this.code = code;
    this.params = params;
    this.japanese = japanese;
    this.english = english;
  }

  /** Checks the syntax of a code or rule id: dot-separated segments of {@code a-z0-9-}, two at least. */
  static String checkCode(String code, String what) {
    requireNonNull(code, what);
    checkArgument(code.length() <= 100, "%s is longer than 100 characters", what);
    int segments = 0;
    for (String segment : Splitter.on('.').split(code)) {
      checkArgument(!segment.isEmpty() && SEGMENT_CHARS.matchesAllOf(segment)
              && segment.charAt(0) != '-' && segment.charAt(segment.length() - 1) != '-',
          "%s must be dot-separated segments of a-z, 0-9 and inner '-', such as 'konbini.amount-over-limit': '%s'",
          what, code);
      segments++;
    }
    checkArgument(segments >= 2, "%s needs a namespace and a name, such as 'konbini.amount-over-limit': '%s'",
        what, code);
    return code;
  }

  String render(Parameters parameters, Locale locale) {
    return (Language.of(locale) == Language.JAPANESE ? japanese : english).render(parameters, locale);
  }

  String template(Language language) {
    return (language == Language.JAPANESE ? japanese : english).text();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof CodeSpec)) {
      return false;
    }
    CodeSpec that = (CodeSpec) other;
    return code.equals(that.code) && params.equals(that.params) && japanese.equals(that.japanese)
        && english.equals(that.english);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /** Collects the parts of a code and validates them together. */
  static final class Builder {
    private final String code;
    private final String what;
    private final LinkedHashSet<ParamKey<?>> params = new LinkedHashSet<>();
    private @Nullable String japanese;
    private @Nullable String english;

    Builder(String code, String what) {
      this.code = checkCode(code, what);
      this.what = what;
    }

    void param(ParamKey<?> key) {
      requireNonNull(key, "key");
      for (ParamKey<?> existing : params) {
        checkArgument(!existing.name().equals(key.name()), "%s '%s' declares parameter '%s' twice", what, code,
            key.name());
      }
      params.add(key);
    }

    void japanese(String text) {
      this.japanese = requireNonNull(text, "japanese");
    }

    void english(String text) {
      this.english = requireNonNull(text, "english");
    }

    CodeSpec build() {
      checkState(japanese != null, "%s '%s' has no Japanese message", what, code);
      checkState(english != null, "%s '%s' has no English message", what, code);
      Set<String> names = new LinkedHashSet<>();
      for (ParamKey<?> key : params) {
        names.add(key.name());
      }
      ImmutableSet<String> allowed = ImmutableSet.copyOf(names);
      return new CodeSpec(code, ImmutableList.copyOf(params),
          MessageTemplate.parse(japanese, allowed, what + " '" + code + "' Japanese"),
          MessageTemplate.parse(english, allowed, what + " '" + code + "' English"));
    }
  }
}
