/**
 * The Statuspage-compatible public API (site/api/v2/): dedicated records with Statuspage's key
 * names, vocabularies and nesting, built from Herald's model and serialized by Jackson.
 */
package herald.api;
