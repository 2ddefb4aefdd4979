/**
 * Cross-cutting ground for all modules: the installation's county (tenant) settings, users and roles, security, audit log and the shared import and export helpers.
 */
package de.pflegeregion.platform;
