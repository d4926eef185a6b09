/**
 * Pure text analysis of public incident wording, with no dependency on the rest of Herald: what
 * exposes internal values or telemetry, which announcements of the next update a body makes and
 * when they resolve to, and the predicates that keep the wording rules quiet on Markdown code,
 * reports of the past and update announcements. The lint rules wire these detectors to the model.
 */
package herald.wording;
