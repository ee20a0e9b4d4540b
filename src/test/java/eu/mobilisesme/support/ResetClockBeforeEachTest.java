package eu.mobilisesme.support;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

/** Every Quarkus test starts at the same instant, so no test depends on the date or on the tests before it. */
public class ResetClockBeforeEachTest implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        TestClock.reset();
    }
}
