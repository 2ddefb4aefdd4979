/**
 * The thin site shell: page layout and county header, error pages, the one problem-details advice for
 * the API, the one PDF renderer, German formatting and the navigation registry that feature modules
 * contribute their entry points to. Knows no feature; each feature module owns its pages and API in
 * its own {@code web} sub-package.
 */
package de.pflegeregion.site;
