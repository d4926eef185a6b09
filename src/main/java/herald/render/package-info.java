/**
 * Turning view records into bytes: FreeMarker for HTML (configured once), commonmark plus a jsoup
 * safelist for Markdown, Jackson for JSON and StAX for XML. Nothing here touches the disk.
 */
package herald.render;
