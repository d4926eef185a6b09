/**
 * The one pipeline (load → lint → derive → render → write) and its options and result: the only
 * place the stages are wired together, run by every command that reads content.
 */
package herald.pipeline;
