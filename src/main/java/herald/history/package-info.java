/**
 * The content's git history, read through the installed git binary: the default branch, when each
 * update reached it and every version of every file, and exported trees of a revision. Read by the
 * backdated-update rule, the evidence log, the scorecard and the diff.
 */
package herald.history;
