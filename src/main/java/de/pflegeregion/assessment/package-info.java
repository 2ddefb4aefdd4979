/**
 * Pflegegrad self-assessment (Neues Begutachtungsinstrument, § 15 SGB XI with Anlage 1 and 2): the criteria of modules 1–8 as data, the scoring of adults and children, and an explanation of every result. Plain Java: records, enums and pure functions, no framework or persistence types, so the rules can be tested against the statute in isolation and reused elsewhere.
 */
package de.pflegeregion.assessment;
