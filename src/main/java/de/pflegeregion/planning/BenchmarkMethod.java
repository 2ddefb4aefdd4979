package de.pflegeregion.planning;

/** How places needed are derived from the forecast; the planner picks one per offer type, with its source. */
public enum BenchmarkMethod {
    /** needed = N_vollstationaer / occupancy */
    OCCUPANCY,
    /** needed = residents aged ≥ A × value / 100 */
    PER_100_RESIDENTS,
    /** needed = (N_pflegegeld + N_ambulant) × value / 100 */
    PER_100_CARED_AT_HOME
}
