package nl.iat.budget.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import nl.iat.budget.envelope.Envelope;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Envelope", description = "The money available for counter-terrorism in one fiscal year")
public record EnvelopeView(
        @Schema(description = "Fiscal year", example = "2018") int fiscalYear,
        @Schema(description = "Amount available, in euro cents", example = "1300000000") long amountCents,
        @Schema(description = "Budget article", example = "VI.36 Contraterrorisme en Nationaal Veiligheidsbeleid") String budgetArticle,
        @Schema(description = "Business date (Europe/Amsterdam) the current version took effect: the budget law or its latest amendment",
                example = "2017-12-21") LocalDate effectiveOn,
        @Schema(description = "Business date the first version (the budget law) took effect; nothing of the year takes effect before it",
                example = "2017-12-21") LocalDate establishedOn,
        @Schema(description = "Version, also sent as the ETag", example = "1") long version,
        @Schema(description = "When it was created (UTC)", example = "2018-01-02T09:00:00Z") OffsetDateTime createdAt,
        @Schema(description = "Who created it (token subject)", example = "admin-client") String createdBy,
        @Schema(description = "When it last changed (UTC)", example = "2018-01-02T09:00:00Z") OffsetDateTime changedAt,
        @Schema(description = "Who last changed it (token subject)", example = "admin-client") String changedBy) {

    static EnvelopeView of(Envelope envelope) {
        return new EnvelopeView(envelope.fiscalYear, envelope.amountCents, envelope.budgetArticle, envelope.effectiveOn,
                envelope.establishedOn, envelope.version, envelope.createdAt, envelope.createdBy, envelope.changedAt,
                envelope.changedBy);
    }
}
