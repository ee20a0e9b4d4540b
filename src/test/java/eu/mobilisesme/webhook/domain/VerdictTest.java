package eu.mobilisesme.webhook.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 2xx succeeds; 408, 429 and 5xx are retried; every other answer, redirects included, fails at once. */
class VerdictTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({ "200, SUCCEEDED", "202, SUCCEEDED", "204, SUCCEEDED", "299, SUCCEEDED", "408, RETRY", "429, RETRY",
        "500, RETRY", "502, RETRY", "503, RETRY", "599, RETRY", "400, FAILED", "401, FAILED", "404, FAILED",
        "410, FAILED", "301, FAILED", "302, FAILED", "307, FAILED", "100, FAILED" })
    void ofAStatusCode(int status, Verdict verdict) {
        assertThat(Verdict.ofStatus(status)).isEqualTo(verdict);
    }
}
