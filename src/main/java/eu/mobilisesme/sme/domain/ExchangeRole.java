package eu.mobilisesme.sme.domain;

/** Whether a company wants to send its staff, host staff of others, or both. */
public enum ExchangeRole {
    SEND(true, false),
    HOST(false, true),
    BOTH(true, true);

    private final boolean sends;
    private final boolean hosts;

    ExchangeRole(boolean sends, boolean hosts) {
        this.sends = sends;
        this.hosts = hosts;
    }

    public boolean sends() {
        return sends;
    }

    public boolean hosts() {
        return hosts;
    }

    public static ExchangeRole of(boolean sends, boolean hosts) {
        if (sends && hosts) {
            return BOTH;
        }
        return sends ? SEND : HOST;
    }
}
