/** The lint stage: one small class per group of rules of the content format, run over the whole model. */
package herald.lint;
