package de.pflegeregion.planning;

/** People in need of care per setting. */
public record CareNeed(double pflegegeld, double ambulant, double vollstationaer, double pg1Ohne) {

    public double total() {
        return pflegegeld + ambulant + vollstationaer + pg1Ohne;
    }

    public double of(Setting setting) {
        return switch (setting) {
            case PFLEGEGELD -> pflegegeld;
            case AMBULANT -> ambulant;
            case VOLLSTATIONAER -> vollstationaer;
            case PG1_OHNE -> pg1Ohne;
        };
    }

    /** Everyone cared for at home: Pflegegeld and ambulant. */
    public double atHome() {
        return pflegegeld + ambulant;
    }
}
