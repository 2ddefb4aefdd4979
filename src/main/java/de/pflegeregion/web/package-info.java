/**
 * Server-rendered pages (Thymeleaf, KERN UX, htmx as progressive enhancement) and the JSON API under /api/v1. Turns HTTP into calls of the other modules' public APIs; holds no business rules of its own.
 */
package de.pflegeregion.web;
