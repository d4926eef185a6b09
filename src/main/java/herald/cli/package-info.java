/** The command line: {@link herald.cli.Main} and one command class per subcommand. */
package herald.cli;
