/**
 * The export of the model for the site, at build time: {@link de.integrationsplan.site.export.ModelExport}
 * reads core's one view of the model, which core does not export, and writes what the site needs of
 * it into a JSON file per version of the format. It is the only code of the site that reads core's
 * internals; it runs in the build, on the class path, never in a library.
 */
@NullMarked
package de.integrationsplan.site.export;

import org.jspecify.annotations.NullMarked;
