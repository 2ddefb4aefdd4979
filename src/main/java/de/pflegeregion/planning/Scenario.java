package de.pflegeregion.planning;

/** How quotas develop over time; the forecast shows them side by side. */
public enum Scenario implements Coded {
    /** constant quotas */
    STATUS_QUO("status-quo", "Status quo"),
    /** every quota × (1 + r)^(t − t0) */
    TREND("trend", "Trend"),
    /** a share of vollstationär care, reached linearly by a target year, moves to ambulant care */
    AMBULANT_VOR_STATIONAER("ambulant-vor-stationaer", "ambulant vor stationär");

    private final String code;
    private final String label;

    Scenario(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    public static Scenario ofCode(String code) {
        return Coded.byCode(Scenario.class, code);
    }
}
