package eu.mobilisesme.common.api;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Dates as clients send them: ISO 8601 calendar dates with a four-digit year ({@code 2027-03-01}), the ten characters
 * the contract promises. Java alone would also take {@code +999999999-12-01}, a date no rule of the programme can
 * compute with.
 */
@Singleton
public class IsoDates implements ObjectMapperCustomizer {

    public static final DateTimeFormatter FORMAT = new DateTimeFormatterBuilder()
            .appendValue(ChronoField.YEAR, 4).appendLiteral('-')
            .appendValue(ChronoField.MONTH_OF_YEAR, 2).appendLiteral('-')
            .appendValue(ChronoField.DAY_OF_MONTH, 2)
            .toFormatter().withResolverStyle(ResolverStyle.STRICT);

    public static LocalDate parse(String date) {
        return LocalDate.parse(date, FORMAT);
    }

    /** Last of the customizers, so that this reader wins over the one of the Java time module. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    /** Request bodies read dates the same way as parameters. */
    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule().addDeserializer(LocalDate.class, new LocalDateDeserializer(FORMAT)));
    }
}
