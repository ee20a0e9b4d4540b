package eu.mobilisesme.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;

/** Every 409 and 422 `code` the code can raise is named in the contract, so clients can switch on all of them. */
class ErrorCodeCatalogueTest {

    private static final Pattern RAISED = Pattern.compile("(BusinessRuleException|ConflictException)\\(\\s*\"([A-Z_]+)\"");

    @Test
    void theContractNamesEveryBusinessRuleAndConflictCode() throws IOException {
        OpenAPI contract = new OpenAPIV3Parser().readContents(Files.readString(Path.of("openapi/openapi.yaml")))
                .getOpenAPI();
        String conflicts = contract.getComponents().getResponses().get("Conflict").getDescription();
        String rules = contract.getComponents().getResponses().get("UnprocessableContent").getDescription();

        Set<String> ruleCodes = raised("BusinessRuleException");
        Set<String> conflictCodes = raised("ConflictException");
        assertThat(ruleCodes).contains("SAME_COUNTRY", "INSURANCE_MISSING");
        assertThat(ruleCodes).allSatisfy(code -> assertThat(rules).contains(code));
        assertThat(conflictCodes).allSatisfy(code -> assertThat(conflicts).contains(code));
    }

    private static Set<String> raised(String exception) throws IOException {
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            sources.filter(path -> path.toString().endsWith(".java")).forEach(path -> {
                Matcher matcher = RAISED.matcher(read(path));
                while (matcher.find()) {
                    if (matcher.group(1).equals(exception)) {
                        codes.add(matcher.group(2));
                    }
                }
            });
        }
        return codes;
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
