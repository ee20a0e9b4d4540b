package eu.mobilisesme.kpi.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import eu.mobilisesme.kpi.domain.KpiFigures.GroupCount;

/**
 * The counts of one dimension as they may be shown. Counts of people below the call's minimum group size are
 * suppressed; when that hides exactly one count, the next smallest is hidden too, since the total and the others would
 * otherwise give it away. Companies are not people: their counts are always shown.
 */
public record Breakdown(Dimension dimension, List<Group> groups) {

    public Breakdown {
        groups = List.copyOf(groups);
    }

    /**
     * A category: registered companies (null where the dimension does not count them) and participants sent (null
     * when suppressed).
     */
    public record Group(String key, String label, Long registeredSmes, Long participantsSent) {

        public boolean participantsSuppressed() {
            return participantsSent == null;
        }
    }

    /** The breakdown of {@code dimension} from the counts found, every fixed category listed, small groups hidden. */
    public static Breakdown of(Dimension dimension, List<GroupCount> found, int minimumGroupSize) {
        Map<String, GroupCount> byKey = new LinkedHashMap<>();
        for (String category : dimension.categories()) {
            byKey.put(category, new GroupCount(dimension, category, category,
                    dimension.countsCompanies() ? 0L : null, 0));
        }
        found.stream().filter(count -> count.dimension() == dimension)
                .sorted(Comparator.comparing(GroupCount::key))
                .forEach(count -> byKey.put(count.key(), count));
        List<GroupCount> counts = new ArrayList<>(byKey.values());
        List<GroupCount> hidden = new ArrayList<>(counts.stream()
                .filter(count -> count.participantsSent() > 0 && count.participantsSent() < minimumGroupSize)
                .toList());
        if (hidden.size() == 1) {
            counts.stream().filter(count -> !hidden.contains(count))
                    .min(Comparator.comparingLong(GroupCount::participantsSent).thenComparing(GroupCount::key))
                    .ifPresent(hidden::add);
        }
        return new Breakdown(dimension, counts.stream().map(count -> new Group(count.key(), count.label(),
                count.registeredSmes(), hidden.contains(count) ? null : count.participantsSent())).toList());
    }
}
