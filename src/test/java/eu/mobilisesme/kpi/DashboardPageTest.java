package eu.mobilisesme.kpi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.startsWith;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import eu.mobilisesme.support.TestEnvironmentResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The dashboard's files as the service serves them: public, with their library, under a strict content policy. */
@QuarkusTest
@WithTestResource(TestEnvironmentResource.class)
class DashboardPageTest {

    @Test
    void theDashboardIsServedAtBothItsAddresses() {
        given().redirects().follow(false).get("/dashboard")
                .then().statusCode(301).header("Location", endsWith("/dashboard/"));
        given().redirects().follow(false).get("/dashboard?callId=0b5f1c52-6f4e-4c1e-9a53-1f0d2a000001")
                .then().statusCode(301)
                .header("Location", endsWith("/dashboard/?callId=0b5f1c52-6f4e-4c1e-9a53-1f0d2a000001"));
        given().get("/dashboard/")
                .then().statusCode(200).contentType(startsWith("text/html"))
                .body(containsString("<title>Programme KPIs"));
    }

    @Test
    void thePageRunsOnlyScriptsOfItsOwnOrigin() {
        String html = given().get("/dashboard/")
                .then().statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .extract().asString();

        assertThat(Pattern.compile("<script(?![^>]*\\bsrc=)", Pattern.CASE_INSENSITIVE).matcher(html).find())
                .as("an inline script").isFalse();
        assertThat(Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE).matcher(html).find())
                .as("an inline event handler").isFalse();
        assertThat(html).doesNotContain("http://", "https://");
    }

    @Test
    void chartJsIsServedFromItsWebJarAtAVersionFreePath() {
        given().get("/webjars/chart.js/dist/chart.umd.min.js")
                .then().statusCode(200).contentType(startsWith("text/javascript"))
                .body(containsString("Chart.js v4"));
        given().get("/dashboard/dashboard.js").then().statusCode(200).contentType(startsWith("text/javascript"));
        given().get("/dashboard/dashboard.css").then().statusCode(200).contentType(startsWith("text/css"));
    }
}
