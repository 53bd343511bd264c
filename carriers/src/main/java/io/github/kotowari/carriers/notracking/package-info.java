/**
 * "Why is there no tracking number yet?": a rule set over the order's facts that gives the reasons
 * and what to do, when to look again and whom to contact.
 *
 * <p>Every type in this package is null-marked: parameters and results are non-null unless
 * annotated {@code @Nullable}.
 */
@NullMarked
package io.github.kotowari.carriers.notracking;

import org.jspecify.annotations.NullMarked;
