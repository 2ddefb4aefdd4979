package de.pflegeregion.benefits;

/** How home care is financed, which decides the Beratungseinsatz duty (§ 37 Abs. 3 SGB XI). */
public enum CareSetting {
    /** Only Pflegegeld: the Beratungseinsatz is a duty. */
    PFLEGEGELD,
    /** Pflegedienst as Sachleistung, alone or combined: the Beratungseinsatz may be called. */
    SACHLEISTUNG
}
