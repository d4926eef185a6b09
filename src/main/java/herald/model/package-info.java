/**
 * The content model as immutable records (site, components, policy, incidents, maintenance, updates),
 * the severity ladder, and the state computed from them (component and overall state, resolve time,
 * durations), in one place so the page, the banner, the feeds and the API cannot disagree.
 */
package herald.model;
