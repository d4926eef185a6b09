/**
 * Authoring under pressure: the standard message templates, and edits that append to content
 * files (never re-serialize them), written atomically under a lock and refused when the result
 * would not lint.
 */
package herald.author;
