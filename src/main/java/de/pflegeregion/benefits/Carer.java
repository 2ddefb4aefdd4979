package de.pflegeregion.benefits;

/** Who provides the Verhinderungspflege (§ 39 SGB XI). */
public enum Carer {
    /** Related up to the second degree or living in the same household, not caring commercially. */
    RELATIVE,
    /** Anyone else, including a Pflegedienst or relatives caring commercially. */
    OTHER
}
