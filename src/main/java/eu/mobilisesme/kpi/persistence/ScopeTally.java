package eu.mobilisesme.kpi.persistence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import eu.mobilisesme.kpi.domain.Dimension;
import eu.mobilisesme.kpi.domain.KpiFigures;
import eu.mobilisesme.kpi.domain.KpiFigures.BudgetLineUse;
import eu.mobilisesme.kpi.domain.KpiFigures.GroupCount;
import eu.mobilisesme.kpi.domain.KpiFigures.OverdueReviews;
import eu.mobilisesme.kpi.domain.KpiFigures.SmeCounts;
import eu.mobilisesme.kpi.domain.KpiFigures.Stage;

/** The figures of one scope as the queries of a refresh bring them in, one kind at a time. */
final class ScopeTally {

    /** A dimension's category with its two counts, as the company and participant queries fill them. */
    private record Category(Dimension dimension, String key) {
    }

    private SmeCounts smes = new SmeCounts(0, 0, 0, 0, 0);
    private long participantsSent;
    private long participantsSentLastFourWeeks;
    private final Map<String, long[]> stageCounts = new LinkedHashMap<>();
    private final Map<String, Double> medianDays = new LinkedHashMap<>();
    private long overdueRegistrations;
    private long overdueApplications;
    private final Map<Category, Long> registeredSmes = new LinkedHashMap<>();
    private final Map<Category, Long> participants = new LinkedHashMap<>();

    void smes(SmeCounts counts) {
        smes = counts;
    }

    void smesOf(Dimension dimension, String key, long registered) {
        registeredSmes.put(new Category(dimension, key), registered);
    }

    void participantsSent(long sent, long lastFourWeeks) {
        participantsSent = sent;
        participantsSentLastFourWeeks = lastFourWeeks;
    }

    void participantsOf(Dimension dimension, String key, long sent) {
        participants.put(new Category(dimension, key), sent);
    }

    void current(String status, long applications) {
        stageCounts.computeIfAbsent(status, none -> new long[3])[0] = applications;
    }

    void stays(String status, long reached, Double median, long measured) {
        long[] counts = stageCounts.computeIfAbsent(status, none -> new long[3]);
        counts[1] = reached;
        counts[2] = measured;
        medianDays.put(status, median);
    }

    void overdue(long registrations, long applications) {
        overdueRegistrations += registrations;
        overdueApplications += applications;
    }

    /** The figures, the stages in {@code statusOrder} and the facilitators' groups named by {@code names}. */
    KpiFigures figures(List<String> statusOrder, Map<String, String> names, List<BudgetLineUse> budgetLines) {
        List<Stage> stages = statusOrder.stream().map(status -> {
            long[] counts = stageCounts.getOrDefault(status, new long[3]);
            return new Stage(status, counts[0], counts[1], medianDays.get(status), counts[2]);
        }).toList();
        List<GroupCount> groups = new ArrayList<>();
        Set<Category> categories = new LinkedHashSet<>(registeredSmes.keySet());
        categories.addAll(participants.keySet());
        for (Category category : categories) {
            Dimension dimension = category.dimension();
            String label = dimension == Dimension.FACILITATOR ? names.getOrDefault(category.key(), category.key())
                    : category.key();
            groups.add(new GroupCount(dimension, category.key(), label,
                    dimension.countsCompanies() ? registeredSmes.getOrDefault(category, 0L) : null,
                    participants.getOrDefault(category, 0L)));
        }
        return new KpiFigures(smes, participantsSent, participantsSentLastFourWeeks, stages,
                new OverdueReviews(overdueRegistrations, overdueApplications), budgetLines, groups);
    }
}
