package eu.mobilisesme.common.api;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

/**
 * Reads path, query and header values of the types the API uses, and refuses a value that does not convert with the
 * parameter's name and what it accepts ({@code sizeClass must be one of MICRO, SMALL, MEDIUM, LARGE}), never with a
 * parser's message or a class name. Every enum parameter is covered, so a new one needs no code here; the parameter
 * keeps its Java type, so the contract still lists the enum's values.
 */
@Provider
public class ParameterConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = parameterName(annotations);
        if (rawType.isEnum()) {
            return (ParamConverter<T>) enumConverter((Class) rawType, name);
        }
        if (rawType == int.class || rawType == Integer.class) {
            return (ParamConverter<T>) converter(name, "must be a whole number", Integer::valueOf);
        }
        if (rawType == long.class || rawType == Long.class) {
            return (ParamConverter<T>) converter(name, "must be a whole number", Long::valueOf);
        }
        if (rawType == UUID.class) {
            return (ParamConverter<T>) converter(name, "must be a UUID", UUID::fromString);
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) converter(name, "must be a date such as 2026-03-31", IsoDates::parse);
        }
        return null;
    }

    private static <E extends Enum<E>> ParamConverter<E> enumConverter(Class<E> type, String name) {
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        return converter(name, "must be one of " + allowed, value -> Enum.valueOf(type, value));
    }

    private static <T> ParamConverter<T> converter(String name, String expectation, Function<String, T> parse) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null) {
                    return null;
                }
                try {
                    return parse.apply(value.strip());
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    throw new InvalidParameterException(name, expectation);
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value instanceof Enum<?> constant ? constant.name() : value.toString();
            }
        };
    }

    /** The name the client uses for the parameter, from its JAX-RS annotation. */
    private static String parameterName(Annotation[] annotations) {
        for (Annotation annotation : annotations == null ? new Annotation[0] : annotations) {
            String name = null;
            if (annotation instanceof QueryParam query) {
                name = query.value();
            } else if (annotation instanceof PathParam path) {
                name = path.value();
            } else if (annotation instanceof HeaderParam header) {
                name = header.value();
            } else if (annotation instanceof FormParam form) {
                name = form.value();
            } else if (annotation instanceof CookieParam cookie) {
                name = cookie.value();
            } else if (annotation instanceof MatrixParam matrix) {
                name = matrix.value();
            }
            if (name != null && !name.isBlank()) {
                return name;
            }
        }
        return "a parameter";
    }
}
