/** Review before publishing: what the public will see change between two revisions, and link checks of the built site. */
package herald.review;
