package eu.mobilisesme.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import eu.mobilisesme.common.domain.Roles;
import eu.mobilisesme.kpi.service.KpiRefresher;
import eu.mobilisesme.support.Api;
import eu.mobilisesme.support.HeadlessChromium;
import eu.mobilisesme.support.TestEnvironmentResource;
import eu.mobilisesme.support.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The dashboard page in a real browser against the running test service: a user pastes a token, and the page shows
 * the progress figures the KPI API gives that token, for the call of the data set whose figures are known
 * ({@link KpiDataSet}). Screenshots are left in {@code target/dashboard/}.
 */
@QuarkusTest
@WithTestResource(TestEnvironmentResource.class)
class DashboardBrowserTest {

    private static final String KPIS = "/api/v1/programme/kpis";
    private static final Path OUTPUT = Path.of("target", "dashboard");
    /** The figures of the two progress bars: data-kpi hook on the page, and where the API has them. */
    private static final Map<String, String> PROGRESS = Map.of(
            "registered-smes-count", "registeredSmes.count",
            "registered-smes-target", "registeredSmes.target",
            "participants-sent-count", "participantsSent.count",
            "participants-sent-target", "participantsSent.target");

    private static HeadlessChromium chromium;
    private static KpiDataSet data;

    @TestHTTPResource("/dashboard")
    URL dashboard;

    @Inject
    KpiRefresher refresher;

    @BeforeAll
    static void startBrowser() {
        chromium = HeadlessChromium.start(OUTPUT.resolve("chromium-profile"));
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    /** The data set, written once and counted before the first page opens. */
    private void seedOnce() throws Exception {
        synchronized (DashboardBrowserTest.class) {
            if (data == null) {
                data = new KpiDataSet();
                refresher.refreshNow().toCompletableFuture().get(60, TimeUnit.SECONDS);
            }
        }
    }

    /** Each test starts signed out, on the data set's call, laid out for a desktop screen. */
    @BeforeEach
    void openSignedOut() throws Exception {
        seedOnce();
        chromium.desktop();
        chromium.driver().get(dashboard + "?callId=" + data.callId);
        chromium.script("sessionStorage.clear()");
        chromium.driver().navigate().refresh();
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("token")));
        chromium.pageErrors();
    }

    @Test
    void anAdministratorSeesTheProgrammesProgressAsTheApiGivesIt() {
        String token = TestTokens.admin();
        Map<String, Long> before = progress(kpis(token));
        signIn(token);
        Map<String, Long> shown = progressShown();
        Map<String, Long> after = progress(kpis(token));

        // The figures are refreshed in the background: the page shows those of one of the two moments around it.
        assertThat(shown).isIn(before, after);
        assertThat(shown).containsEntry("participants-sent-count", 7L).containsEntry("participants-sent-target", 8L);
        assertThat(hook("scope").getText()).startsWith("The whole programme");
        assertThat(chromium.driver().findElement(By.id("who")).getText()).contains("(programme administrator)");
        int statuses = kpis(token).getList("funnel").size();
        assertThat(chromium.driver().findElements(By.cssSelector("#funnel-table tbody tr"))).hasSize(statuses);
        assertThat(chromium.driver().findElement(By.id("funnel-chart")).getAttribute("aria-label"))
                .startsWith("Bar chart of the applications by status");
        assertThat(chromium.script("return window.Chart && !!window.Chart.getChart('funnel-chart')"))
                .as("the funnel is drawn by Chart.js, served from its web jar").isEqualTo(true);
        assertThat(chromium.pageErrors()).as("script errors and refused content (CSP)").isEmpty();
        chromium.screenshot(OUTPUT.resolve("desktop.png"), true);

        chromium.phone();
        chromium.waiting().until(driver -> Long.valueOf(HeadlessChromium.PHONE_WIDTH)
                .equals(chromium.script("return window.innerWidth")));
        Number scrollWidth = (Number) chromium.script("return document.documentElement.scrollWidth");
        Number innerWidth = (Number) chromium.script("return window.innerWidth");
        assertThat(scrollWidth.intValue()).as("no horizontal scroll on a phone")
                .isLessThanOrEqualTo(innerWidth.intValue()).isLessThanOrEqualTo(HeadlessChromium.PHONE_WIDTH);
        chromium.screenshot(OUTPUT.resolve("phone.png"), false);
        chromium.screenshot(OUTPUT.resolve("phone-full.png"), true);
    }

    @Test
    void aFacilitatorSeesTheirOwnCompaniesOnly() {
        String token = TestTokens.facilitator(data.sendingFacilitator);
        Map<String, Long> before = progress(kpis(token));
        signIn(token);
        Map<String, Long> shown = progressShown();
        Map<String, Long> after = progress(kpis(token));

        assertThat(shown).isIn(before, after);
        assertThat(shown).isEqualTo(Map.of("registered-smes-count", 7L, "registered-smes-target", 9L,
                "participants-sent-count", 7L, "participants-sent-target", 8L));
        assertThat(hook("scope").getText()).startsWith("Your companies only");
        assertThat(chromium.driver().findElement(By.id("who")).getText()).contains("(facilitator)");
        chromium.screenshot(OUTPUT.resolve("facilitator.png"), true);
    }

    @Test
    void downloadCsvSavesTheBreakdownsTheApiGives() throws IOException {
        Path downloads = OUTPUT.resolve("downloads");
        deleteFiles(downloads);
        chromium.downloadInto(downloads);
        String token = TestTokens.admin();
        signIn(token);
        progressShown();
        String before = csv(token);
        chromium.driver().findElement(By.id("download-csv")).click();

        Path saved = downloads.resolve(csvFileName(token));
        chromium.waiting().until(driver -> Files.exists(saved));
        assertThat(Files.readString(saved, StandardCharsets.UTF_8)).isIn(before, csv(token));
    }

    @Test
    void signingOutForgetsTheToken() {
        signIn(TestTokens.admin());
        progressShown();
        chromium.driver().findElement(By.id("sign-out")).click();

        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("token")));
        assertThat(chromium.script("return sessionStorage.length")).isEqualTo(0L);
        assertThat(chromium.driver().findElement(By.id("dashboard")).isDisplayed()).isFalse();
        assertThat(chromium.driver().findElement(By.id("message")).getText()).contains("signed out");
    }

    @Test
    void tokensTheServiceRefusesAreExplainedInWords() {
        signIn("not a token");
        assertThat(message()).contains("does not look like an access token");

        signIn(TestTokens.sme(UUID.randomUUID()));
        assertThat(message()).contains("only programme administrators and facilitators");

        signIn(TestTokens.sign(TestTokens.claims("admin-elsewhere", Roles.PROGRAMME_ADMIN)
                .issuer("https://issuer.elsewhere.example")));
        assertThat(message()).contains("did not accept this token");
        assertThat(chromium.driver().findElement(By.id("token")).isDisplayed()).as("back to signing in").isTrue();
        assertThat(chromium.script("return sessionStorage.length")).isEqualTo(0L);
        assertThat(chromium.pageErrors()).isEmpty();
    }

    private static void signIn(String token) {
        WebElement field = chromium.driver().findElement(By.id("token"));
        chromium.waiting().until(ExpectedConditions.visibilityOf(field));
        field.clear();
        field.sendKeys(token);
        chromium.driver().findElement(By.id("sign-in-button")).click();
    }

    /** The message the page shows, once it shows one. */
    private static String message() {
        WebElement message = chromium.driver().findElement(By.id("message"));
        chromium.waiting().until(driver -> message.isDisplayed() && !message.getText().isBlank());
        String text = message.getText();
        chromium.script("arguments[0].hidden = true; arguments[0].textContent = ''", message);
        return text;
    }

    /** The progress figures once the page shows them (an error message the page shows instead fails the test). */
    private static Map<String, Long> progressShown() {
        WebElement message = chromium.driver().findElement(By.id("message"));
        chromium.waiting().until(driver -> message.isDisplayed()
                || hook("participants-sent-target").getDomAttribute("data-value") != null);
        assertThat(message.isDisplayed()).as("the page says: %s", message.getText()).isFalse();
        Map<String, Long> shown = new LinkedHashMap<>();
        PROGRESS.keySet().forEach(kpi -> {
            WebElement figure = hook(kpi);
            long value = Long.parseLong(figure.getDomAttribute("data-value"));
            assertThat(figure.getText().replace(",", "")).as("%s in words", kpi).isEqualTo(String.valueOf(value));
            shown.put(kpi, value);
        });
        return shown;
    }

    private static String csv(String token) {
        return Api.as(token).accept("text/csv").queryParam("callId", data.callId.toString()).get(KPIS)
                .then().statusCode(200).extract().asString();
    }

    /** The name the service gives the CSV file (Content-Disposition), which the browser saves it under. */
    private static String csvFileName(String token) {
        String disposition = Api.as(token).accept("text/csv").queryParam("callId", data.callId.toString()).get(KPIS)
                .then().statusCode(200)
                .extract().header("Content-Disposition");
        assertThat(disposition).contains("filename=\"");
        return disposition.replaceAll(".*filename=\"([^\"]+)\".*", "$1");
    }

    private static void deleteFiles(Path directory) throws IOException {
        if (Files.isDirectory(directory)) {
            try (Stream<Path> files = Files.list(directory)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    private static WebElement hook(String kpi) {
        return chromium.driver().findElement(By.cssSelector("[data-kpi='" + kpi + "']"));
    }

    private static JsonPath kpis(String token) {
        return Api.as(token).accept("application/json").queryParam("callId", data.callId.toString()).get(KPIS)
                .then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Long> progress(JsonPath kpis) {
        Map<String, Long> figures = new LinkedHashMap<>();
        PROGRESS.forEach((kpi, path) -> figures.put(kpi, kpis.getLong(path)));
        return figures;
    }
}
