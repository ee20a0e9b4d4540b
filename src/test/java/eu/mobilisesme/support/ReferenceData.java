package eu.mobilisesme.support;

import eu.mobilisesme.sme.domain.NaceDivisions;
import eu.mobilisesme.sme.persistence.NaceReferenceData;

/** Loads the reference tables for plain unit tests, as the application does at start-up. */
public final class ReferenceData {

    private ReferenceData() {
    }

    public static void load() {
        if (!NaceDivisions.rev2Loaded()) {
            NaceDivisions.useRev2(NaceReferenceData.readRev2Divisions());
        }
    }
}
