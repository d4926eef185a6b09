/**
 * Announcing what a publish changed: the manifest of published updates a build writes, the
 * changes between the live site's manifest and the new one, and their delivery to Slack, Teams,
 * Discord, Statuspage-shaped webhooks and email, with retries, idempotency keys and per-channel
 * results. Self-contained: it takes its inputs as its own records, so that the command, the
 * build and the loader wire it in through thin adapters.
 */
package herald.announce;
