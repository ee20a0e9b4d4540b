package eu.mobilisesme.kpi;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The dashboard's files as the packaged jar serves them in production: the web jar's path resolved there too. */
@QuarkusIntegrationTest
class DashboardPageIT extends DashboardPageTest {
}
