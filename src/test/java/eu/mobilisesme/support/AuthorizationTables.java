package eu.mobilisesme.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;

/**
 * Reads an authorization table: a header row of actors, then one row per operation ({@code METHOD operation}) with
 * the status each actor gets, or "-" for a cell no test checks (the table's comment says why).
 */
public final class AuthorizationTables {

    private AuthorizationTables() {
    }

    /** One argument set (method, operation, actor, status) per checked cell. */
    public static Stream<Arguments> cells(String table) {
        List<String> lines = table.lines().filter(line -> !line.isBlank()).toList();
        String[] header = lines.get(0).trim().split("\\s+");
        List<String> actors = Arrays.asList(header).subList(1, header.length);
        List<Arguments> cells = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] columns = line.trim().split("\\s+");
            for (int i = 0; i < actors.size(); i++) {
                String status = columns[2 + i];
                if (!status.equals("-")) {
                    cells.add(Arguments.of(columns[0], columns[1], actors.get(i), Integer.parseInt(status)));
                }
            }
        }
        return cells.stream();
    }
}
