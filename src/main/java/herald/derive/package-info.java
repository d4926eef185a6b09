/**
 * Derived state for the site (daily bars and uptime per component) and the display-ready view
 * records that templates lay out; no template computes anything.
 */
package herald.derive;
