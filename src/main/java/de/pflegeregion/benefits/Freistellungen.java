package de.pflegeregion.benefits;

import java.util.List;

/**
 * Time off work for care (PflegeZG, FPfZG) for an employer of the given size: the short absence is open
 * to everyone, Pflegezeit and Familienpflegezeit are claims only above a company size.
 */
public record Freistellungen(int kurzzeitigeArbeitsverhinderungTage, int pflegeunterstuetzungsgeldTage,
        boolean pflegeunterstuetzungsgeldJeKalenderjahr, boolean pflegezeitAnspruch, int pflegezeitMaxMonate,
        int pflegezeitAnkuendigungArbeitstage, boolean familienpflegezeitAnspruch, int familienpflegezeitMaxMonate,
        int familienpflegezeitMinWochenstunden, int familienpflegezeitAnkuendigungWochen, int gesamtMaxMonate,
        boolean zinslosesDarlehen, String legalBasis, List<ParameterVersion> parameters) {
}
