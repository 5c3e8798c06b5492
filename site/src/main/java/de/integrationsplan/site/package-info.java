/**
 * The specification as a static website, written by the build into {@code site/target/site/}:
 * German and English pages for vendors and caseworkers. Entry point:
 * {@link de.integrationsplan.site.SiteBuilder}, which the build runs after
 * {@link de.integrationsplan.site.export.ModelExport} has exported the model's texts.
 *
 * <p>The pages are Pebble templates in {@code templates/}; the site's own words (navigation,
 * headings, column names) are in {@code site_de.properties} and {@code site_en.properties}; the
 * model's words come from the model, the code lists' and rules' from core's catalogues. Not
 * published: no API for others, no module descriptor.
 */
@NullMarked
package de.integrationsplan.site;

import org.jspecify.annotations.NullMarked;
