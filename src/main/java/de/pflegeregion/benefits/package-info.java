/**
 * Dated rules engine for the benefits of the soziale Pflegeversicherung (SGB XI) and Land benefits such as the Bayerisches Landespflegegeld: legal parameters as data with validity start, legal basis and source, and the rules that combine them for any day from 2017 on. Plain Java, exact arithmetic, no framework or persistence types.
 */
package de.pflegeregion.benefits;
