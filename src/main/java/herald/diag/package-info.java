/** Positioned findings (file, line, column, level, rule, message), their collection and their output formats. */
package herald.diag;
