package eu.mobilisesme.common.domain;

import java.util.Arrays;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What two companies want to do together: a company lists the types it offers and seeks, an application names the one
 * it is for. Shared by the features as part of the programme's vocabulary.
 */
public enum CollaborationType {
    MARKET_RESEARCH,
    PRODUCT_DEVELOPMENT,
    /** Internationalisation and new clients. */
    INTERNATIONALISATION,
    TRAINING,
    JOINT_RESEARCH,
    /** Strengthening a collaboration the companies already have. */
    EXISTING_COLLABORATION,
    OTHER;

    /** The types with these names, as stored. */
    public static SortedSet<CollaborationType> named(String[] names) {
        return Arrays.stream(names).map(CollaborationType::valueOf).collect(Collectors.toCollection(TreeSet::new));
    }
}
