package nl.iat.measures.measure;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores the rights an assessment names as one comma-separated column; they are never queried apart. */
@Converter
public class FundamentalRightsConverter implements AttributeConverter<List<FundamentalRight>, String> {

    @Override
    public String convertToDatabaseColumn(List<FundamentalRight> rights) {
        return rights.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public List<FundamentalRight> convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        return Arrays.stream(column.split(",")).map(FundamentalRight::valueOf).toList();
    }
}
