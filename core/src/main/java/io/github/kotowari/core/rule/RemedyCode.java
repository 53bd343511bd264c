package io.github.kotowari.core.rule;

import com.google.common.collect.ImmutableList;
import io.github.kotowari.core.Language;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A typed suggestion of what the customer or the service can do about a violation, such as
 * "choose standard shipping" or "split the order", with its message in Japanese and English.
 *
 * <pre>{@code
 * static final RemedyCode CHOOSE_STANDARD = RemedyCode.builder("shop.choose-standard-shipping")
 *     .japanese("通常配送を選んでください。")
 *     .english("Choose standard shipping.")
 *     .build();
 * }</pre>
 *
 * <p>Like {@link ReasonCode}, the code string and parameter names are part of the public API
 * contract, both messages are required, and placeholders must be declared parameters.
 *
 * <p>Two codes are equal when their code strings, parameters and messages are equal. This class is
 * immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class RemedyCode {
  private final CodeSpec spec;

  private RemedyCode(CodeSpec spec) {
    this.spec = spec;
  }

  /**
   * Starts building a remedy code.
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
    return other instanceof RemedyCode && ((RemedyCode) other).spec.equals(spec);
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
   * Builds a {@link RemedyCode}; both messages are required.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final CodeSpec.Builder spec;

    private Builder(String code) {
      this.spec = new CodeSpec.Builder(code, "remedy code");
    }

    /**
     * Declares a parameter; messages may use it as {@code {name}} and every remedy instance must
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
    public RemedyCode build() {
      return new RemedyCode(spec.build());
    }
  }
}
