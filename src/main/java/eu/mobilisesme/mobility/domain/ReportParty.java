package eu.mobilisesme.mobility.domain;

/** Who a final report speaks for. The participant's report is filed through the sending company's account. */
public enum ReportParty {
    PARTICIPANT,
    SENDING_SME,
    HOST_SME;

    /** The party that files this report. */
    public Party filer() {
        return this == HOST_SME ? Party.HOST_SME : Party.SENDING_SME;
    }
}
