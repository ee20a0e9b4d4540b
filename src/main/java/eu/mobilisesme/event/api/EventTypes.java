package eu.mobilisesme.event.api;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import eu.mobilisesme.common.api.InvalidParameterException;
import eu.mobilisesme.event.service.EventType;

/** The {@code types} query value: event types by their wire names, separated by commas. */
final class EventTypes {

    static final String PARAMETER = "types";
    /** Room for every type named once, with some to spare. */
    static final int MAX_LENGTH = 500;
    static final String PATTERN = "[a-z.,-]*";

    private EventTypes() {
    }

    /** The types named, or none (every type) when the value is absent or blank; an unknown name is a 400. */
    static Set<EventType> parse(String types) {
        Set<EventType> parsed = EnumSet.noneOf(EventType.class);
        if (types == null || types.isBlank()) {
            return parsed;
        }
        for (String name : types.split(",")) {
            if (!name.isBlank()) {
                parsed.add(EventType.byWireName(name.strip()).orElseThrow(() -> unknown(name.strip())));
            }
        }
        return parsed;
    }

    private static InvalidParameterException unknown(String name) {
        return new InvalidParameterException(PARAMETER, "names an unknown event type, " + name + "; known types are "
                + Arrays.stream(EventType.values()).map(EventType::wireName).collect(Collectors.joining(", ")));
    }
}
