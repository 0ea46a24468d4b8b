/**
 * The precomputed "now" of the read model: sums of money and counts of measures per group, kept up to
 * date by the projections and derived again by a rebuild. Totals, not aggregates: ADR 0101 uses
 * "aggregate" in the DDD sense (a measure, a budget line), which these are not.
 */
package nl.iat.reporting.totals;
