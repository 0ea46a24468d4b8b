package nl.iat.reporting.progress;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import nl.iat.reporting.reports.ReportTime;

/**
 * Reads a frozen report's {@code asOf}: a date, or, in reports frozen before business time (ADR 0304),
 * the end of the reference date as a timestamp, which stands for that date in Europe/Amsterdam.
 */
public class BusinessDateDeserializer extends JsonDeserializer<LocalDate> {

    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String text = parser.getValueAsString();
        return text.length() == 10 ? LocalDate.parse(text)
                : OffsetDateTime.parse(text).atZoneSameInstant(ReportTime.AMSTERDAM).toLocalDate();
    }
}
