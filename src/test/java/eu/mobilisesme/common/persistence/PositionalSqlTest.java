package eu.mobilisesme.common.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class PositionalSqlTest {

    @Test
    void numbersEachNameOnceInOrderOfFirstUseAndLeavesCastsAlone() {
        UUID id = UUID.randomUUID();
        PositionalSql statement = PositionalSql.of(
                "select :b::text, s.x from t s where s.id = :id and (:b = 'x' or s.y = :b) limit :limit",
                Map.of("id", id, "b", "bee", "limit", 21, "unused", 1));

        assertThat(statement.sql())
                .isEqualTo("select $1::text, s.x from t s where s.id = $2 and ($1 = 'x' or s.y = $1) limit $3");
        assertThat(statement.values().size()).isEqualTo(3);
        assertThat(statement.values().getValue(0)).isEqualTo("bee");
        assertThat(statement.values().getValue(1)).isEqualTo(id);
        assertThat(statement.values().getValue(2)).isEqualTo(21);
    }

    @Test
    void aNameWithoutValueIsAMistakeOfOurs() {
        assertThatThrownBy(() -> PositionalSql.of("select :missing", Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing");
    }
}
