/**
 * Loading content/: reading files safely, splitting front matter from Markdown, reading YAML into a
 * positioned tree, and building the model records while reporting structural findings.
 */
package herald.content;
