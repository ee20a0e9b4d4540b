package eu.mobilisesme.common.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ExpectedVersionTest {

    @Test
    void aWriteMustNameTheCurrentVersionOrAny() {
        assertThatCode(() -> ExpectedVersion.exactly(3).check("SME", 3)).doesNotThrowAnyException();
        assertThatCode(() -> ExpectedVersion.ANY.check("SME", 3)).doesNotThrowAnyException();
        assertThatThrownBy(() -> ExpectedVersion.exactly(2).check("SME", 3))
                .isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> ExpectedVersion.MISSING.check("SME", 3))
                .isInstanceOf(VersionRequiredException.class);
    }
}
