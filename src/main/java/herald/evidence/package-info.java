/**
 * The evidence log: what was published when and by whom, from the content and its git history;
 * the comms scorecard; and the git-based lint rule backdated-update. Internal: never in site/.
 */
package herald.evidence;
