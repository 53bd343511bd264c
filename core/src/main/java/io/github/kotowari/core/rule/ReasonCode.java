package io.github.kotowari.core.rule;

import com.google.common.collect.ImmutableList;
import io.github.kotowari.core.Language;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A stable, machine-readable reason why a rule is violated, with its typed parameters and its
 * message in Japanese and English.
 *
 * <pre>{@code
 * static final ParamKey<Yen> TOTAL = ParamKey.of("total", Yen.class);
 * static final ParamKey<Yen> LIMIT = ParamKey.of("limit", Yen.class);
 * static final ReasonCode OVER_LIMIT = ReasonCode.builder("shop.amount-over-limit")
 *     .param(TOTAL).param(LIMIT)
 *     .japanese("合計 {total} が上限 {limit} を超えています。")
 *     .english("The total {total} exceeds the limit of {limit}.")
 *     .build();
 * }</pre>
 *
 * <p>The code string (such as {@code konbini.amount-over-limit}) and its parameter names are part of
 * the public API contract: they are never changed or reused for another meaning, so services may
 * store them and switch on them. Both messages are required, and every {@code {placeholder}} in them
 * must be a declared parameter; {@link #builder(String)} rejects anything else when the code is
 * built, so a code that exists can always be rendered.
 *
 * <p>Two codes are equal when their code strings, parameters and messages are equal. This class is
 * immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ReasonCode {
  private final CodeSpec spec;

  private ReasonCode(CodeSpec spec) {
    this.spec = spec;
  }

  /**
   * Starts building a reason code.
   *
   * @param code the stable code: dot-separated segments of {@code a-z0-9-}, at least two, such as
   *     {@code konbini.amount-over-limit}
   * @return a builder, never null
   * @throws IllegalArgumentException if the code is malformed
   */
  public static Builder builder(String code) {
    return new Builder(code);
  }

  /**
   * Returns the stable code, such as {@code konbini.amount-over-limit}.
   *
   * @return the code
   */
  public String code() {
    return spec.code;
  }

  /**
   * Returns the declared parameters, in declaration order.
   *
   * @return the parameter keys, never null
   */
  public ImmutableList<ParamKey<?>> parameters() {
    return spec.params;
  }

  /**
   * Returns the message template in {@code language}, with its {@code {placeholders}}.
   *
   * @param language the language, not null
   * @return the template text
   */
  public String template(Language language) {
    return spec.template(language);
  }

  String render(Parameters parameters, Locale locale) {
    return spec.render(parameters, locale);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ReasonCode && ((ReasonCode) other).spec.equals(spec);
  }

  @Override
  public int hashCode() {
    return spec.hashCode();
  }

  /** Returns the code string. */
  @Override
  public String toString() {
    return spec.code;
  }

  /**
   * Builds a {@link ReasonCode}; both messages are required.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final CodeSpec.Builder spec;

    private Builder(String code) {
      this.spec = new CodeSpec.Builder(code, "reason code");
    }

    /**
     * Declares a parameter; messages may use it as {@code {name}} and every reason instance must
     * supply it.
     *
     * @param key the parameter, not null
     * @return this builder
     * @throws IllegalArgumentException if another parameter has the same name
     */
    public Builder param(ParamKey<?> key) {
      spec.param(key);
      return this;
    }

    /**
     * Sets the Japanese message.
     *
     * @param text the message, with {@code {name}} placeholders
     * @return this builder
     */
    public Builder japanese(String text) {
      spec.japanese(text);
      return this;
    }

    /**
     * Sets the English message.
     *
     * @param text the message, with {@code {name}} placeholders
     * @return this builder
     */
    public Builder english(String text) {
      spec.english(text);
      return this;
    }

    /**
     * Builds the code.
     *
     * @return the code, never null
     * @throws IllegalStateException if a message is missing
     * @throws IllegalArgumentException if a message is blank or uses an undeclared placeholder
     */
    public ReasonCode build() {
      return new ReasonCode(spec.build());
    }
  }
}
