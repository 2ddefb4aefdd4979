package de.pflegeregion.benefits;

import java.util.List;

/**
 * Soziale Sicherung der Pflegeperson (§ 19, § 44 SGB XI): pension contributions, accident insurance and
 * unemployment insurance (§ 26 Abs. 2b SGB III) for a carer who cares enough and works little enough.
 */
public record SozialeSicherung(boolean pflegeperson, boolean rentenversicherung, boolean unfallversicherung,
        boolean arbeitslosenversicherung, List<String> reasons, String legalBasis, List<ParameterVersion> parameters) {
}
