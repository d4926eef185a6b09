/** The write stage: the built site replaces the previous one atomically, or not at all. */
package herald.write;
