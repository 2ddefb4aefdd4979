/**
 * The county's care network: actors, bodies (Lenkungsgruppe, Pflegekonferenz, Arbeitsgruppen), meetings and minutes, the Maßnahmenplan across the Handlungsfelder with owners, milestones and monitoring, and funding programmes.
 */
package de.pflegeregion.network;
