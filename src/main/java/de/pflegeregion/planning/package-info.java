/**
 * County care planning (Sozialplanung): population per Gemeinde, forecast of people in need of care by setting and Pflegegrad, places and staff needed, gaps and accessibility. Reads the offer inventory through the directory module's public API.
 */
package de.pflegeregion.planning;
