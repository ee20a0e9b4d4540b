package eu.mobilisesme.sme.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A NACE activity code at division level or finer, e.g. {@code 25.62}, with its edition and section letter. Clients
 * may write the section in front ({@code C25.62}, {@code C 25.62}); for Rev. 2 the division must exist and fixes the
 * section (reference data, see {@link NaceDivisions}). The service holds no Rev. 2.1 table, so a
 * Rev. 2.1 code is checked for its format only and keeps the section the client gave.
 */
public record NaceCode(String code, NaceVersion version, String section) {

    public static final String FORMAT = "[A-U]? ?[0-9]{2}(\\.[0-9]{1,2})?";
    private static final Pattern PARTS = Pattern.compile("([A-U])? ?([0-9]{2})(\\.[0-9]{1,2})?");

    /** Why {@code input} is not a valid code of {@code version}, or empty if it is one. */
    public static Optional<String> problem(String input, NaceVersion version) {
        Matcher parts = PARTS.matcher(input);
        if (!parts.matches()) {
            return Optional.of("must be a NACE code such as C25.62 or 25.62");
        }
        if (version == NaceVersion.REV_2) {
            Optional<String> section = NaceDivisions.rev2SectionOf(parts.group(2));
            if (section.isEmpty()) {
                return Optional.of("names no division of NACE Rev. 2");
            }
            if (parts.group(1) != null && !parts.group(1).equals(section.get())) {
                return Optional.of("division " + parts.group(2) + " belongs to section " + section.get());
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
        String section = version == NaceVersion.REV_2 ? NaceDivisions.rev2SectionOf(parts.group(2)).orElseThrow()
                : parts.group(1);
        return new NaceCode(digits, version, section);
    }
}
