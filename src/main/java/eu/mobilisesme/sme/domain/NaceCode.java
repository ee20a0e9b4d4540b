package eu.mobilisesme.sme.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A NACE activity code at division level or finer, e.g. {@code 25.62}, with its edition and section letter. Clients
 * may write the section in front ({@code C25.62}, {@code C 25.62}); for Rev. 2 the division must exist and fixes the
 * section (reference data: {@code reference/nace-rev2-divisions.csv}). The service holds no Rev. 2.1 table, so a
 * Rev. 2.1 code is checked for its format only and keeps the section the client gave.
 */
public record NaceCode(String code, NaceVersion version, String section) {

    public static final String FORMAT = "[A-U]? ?[0-9]{2}(\\.[0-9]{1,2})?";
    private static final Pattern PARTS = Pattern.compile("([A-U])? ?([0-9]{2})(\\.[0-9]{1,2})?");
    private static final Map<String, String> REV2_SECTION_OF_DIVISION = loadRev2Divisions();

    /** Why {@code input} is not a valid code of {@code version}, or empty if it is one. */
    public static Optional<String> problem(String input, NaceVersion version) {
        Matcher parts = PARTS.matcher(input);
        if (!parts.matches()) {
            return Optional.of("must be a NACE code such as C25.62 or 25.62");
        }
        if (version == NaceVersion.REV_2) {
            String section = REV2_SECTION_OF_DIVISION.get(parts.group(2));
            if (section == null) {
                return Optional.of("names no division of NACE Rev. 2");
            }
            if (parts.group(1) != null && !parts.group(1).equals(section)) {
                return Optional.of("division " + parts.group(2) + " belongs to section " + section);
            }
        }
        return Optional.empty();
    }

    /** The code of a valid {@code input}: digits only, with the section derived (Rev. 2) or as given (Rev. 2.1). */
    public static NaceCode of(String input, NaceVersion version) {
        problem(input, version).ifPresent(problem -> {
            throw new IllegalArgumentException("NACE code '" + input + "' " + problem);
        });
        Matcher parts = PARTS.matcher(input);
        parts.matches();
        String digits = parts.group(2) + (parts.group(3) == null ? "" : parts.group(3));
        String section = version == NaceVersion.REV_2 ? REV2_SECTION_OF_DIVISION.get(parts.group(2)) : parts.group(1);
        return new NaceCode(digits, version, section);
    }

    private static Map<String, String> loadRev2Divisions() {
        InputStream csv = NaceCode.class.getClassLoader().getResourceAsStream("reference/nace-rev2-divisions.csv");
        if (csv == null) {
            throw new IllegalStateException("reference/nace-rev2-divisions.csv is missing from the class path");
        }
        Map<String, String> sections = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            reader.lines()
                    .filter(line -> line.startsWith("division,"))
                    .map(line -> line.split(",", 4))
                    .forEach(columns -> sections.put(columns[1], columns[2]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(sections);
    }
}
