/**
 * What happens to a konbini payment after the order: the payment deadline, when a payment made at a
 * store is reflected (and so when shipping can start), the payment's lifecycle (issued → paid,
 * expired or cancelled; paid → refunded), refunds and the customer's account standing after repeated
 * expiries.
 *
 * <p>Every figure the sources give is a policy parameter with a documented default, not a constant:
 * {@link io.github.kotowari.konbini.lifecycle.LifecyclePolicy} bundles the four policies and has
 * presets for Amazon Japan and for public payment providers. Where the sources disagree (a deadline of
 * 3 or of 6 days, reflection within minutes or within hours) the javadoc of the parameter says so.
 *
 * <p>Time is always an explicit {@link java.time.Instant}; days are counted in Japan Standard Time
 * ({@code Asia/Tokyo}) whatever the JVM's default zone, and no clock is ever read: the state of a
 * payment at an instant is derived from its events, with no scheduler.
 *
 * <p>Every type in this package is null-marked: parameters and results are non-null unless
 * annotated {@code @Nullable}.
 */
@NullMarked
package io.github.kotowari.konbini.lifecycle;

import org.jspecify.annotations.NullMarked;
