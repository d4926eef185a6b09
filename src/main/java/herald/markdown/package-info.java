/**
 * Markdown to safe HTML and to plain text, in one place below the derive stage: commonmark with
 * its escaping and URL sanitizing, and the plain-paragraph shortcut behind the same two calls.
 */
package herald.markdown;
