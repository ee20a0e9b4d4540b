package eu.mobilisesme.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/**
 * The committed contract is a valid OpenAPI 3.1 document whose references all resolve, versioned like the build, with
 * a server and unambiguous paths.
 */
class OpenApiDocumentTest {

    @Test
    void isValidOpenApi31() throws IOException {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser()
                .readContents(Files.readString(Path.of("openapi/openapi.yaml")), null, options);
        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI().getSpecVersion()).isEqualTo(SpecVersion.V31);
    }

    @Test
    void takesItsVersionFromTheBuild() throws IOException {
        Matcher project = Pattern.compile("<artifactId>mobilisesme-api</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertThat(project.find()).isTrue();
        assertThat(new OpenAPIV3Parser().readContents(Files.readString(Path.of("openapi/openapi.yaml")))
                .getOpenAPI().getInfo().getVersion()).isEqualTo(project.group(1));
    }

    @Test
    void hasAServerAndNoTwoPathsThatOneRequestCouldMatch() throws IOException {
        var contract = new OpenAPIV3Parser().readContents(Files.readString(Path.of("openapi/openapi.yaml")))
                .getOpenAPI();
        assertThat(contract.getServers()).isNotEmpty();
        List<String> paths = List.copyOf(contract.getPaths().keySet());
        for (String a : paths) {
            for (String b : paths) {
                if (!a.equals(b)) {
                    assertThat(ambiguous(a, b)).as("%s and %s can match the same request", a, b).isFalse();
                }
            }
        }
    }

    /**
     * Two templates are ambiguous when a request could match both and neither is the more concrete (OpenAPI matches
     * a literal segment before a variable): {@code /smes/by-ref/{ref}} and {@code /smes/{id}/history} both match
     * {@code /smes/by-ref/history}, each more concrete in one segment; {@code /smes/review-queue} simply wins over
     * {@code /smes/{id}}.
     */
    private static boolean ambiguous(String a, String b) {
        String[] left = a.split("/");
        String[] right = b.split("/");
        if (left.length != right.length) {
            return false;
        }
        boolean leftMoreConcrete = false;
        boolean rightMoreConcrete = false;
        for (int i = 0; i < left.length; i++) {
            boolean leftVariable = left[i].startsWith("{");
            boolean rightVariable = right[i].startsWith("{");
            if (!leftVariable && !rightVariable && !left[i].equals(right[i])) {
                return false;
            }
            leftMoreConcrete |= !leftVariable && rightVariable;
            rightMoreConcrete |= leftVariable && !rightVariable;
        }
        return leftMoreConcrete == rightMoreConcrete;
    }
}
