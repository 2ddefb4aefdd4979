package de.pflegeregion.network;

/** Kinds of bodies in the network (seed 003: the Dortmund structure; seed 000: regional Pflegekreise). */
public enum GremiumType {
    LENKUNGSGRUPPE("Lenkungsgruppe"),
    PLENUM("Plenum / Pflegekonferenz"),
    ARBEITSGRUPPE("Arbeitsgruppe"),
    PFLEGEKREIS("Regionaler Pflegekreis"),
    BEIRAT("Beirat");

    private final String label;

    GremiumType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
