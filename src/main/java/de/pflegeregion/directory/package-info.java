/**
 * Register of care offers (Angebotsverzeichnis): offers, offer types, capacities and free places with their reporting time, Gemeinden and postcodes for placing them, search by distance, provider self-service and the county's import and export. Owns its tables; other modules use its public API.
 */
package de.pflegeregion.directory;
