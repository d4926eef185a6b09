/**
 * Moving in: {@code herald import statuspage} and {@code herald import cstate} read another status
 * page's history (Statuspage's JSON, a cState Hugo site) into source-neutral records, then write
 * content files for them: components appended to site.yaml, one file per incident or window with an
 * {@code imported:} block, re-imports idempotent by original id, and never a file edited by hand.
 */
package herald.importer;
