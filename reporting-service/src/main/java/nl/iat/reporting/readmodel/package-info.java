/**
 * Keeping the read model: what the reports read and a rebuild wipes. The projections apply each event's
 * facts (versions on both time axes, kept in {@code measures}, {@code budget}, {@code parliament}) and
 * the precomputed {@code totals}, live as events arrive and again in a rebuild from the topics.
 */
package nl.iat.reporting.readmodel;
