package herald.cli;

import picocli.CommandLine.Option;

/** --owner, --scope and --effect: who speaks for an update, who or what is affected, what users experience. */
final class AudienceOptions {
    @Option(names = "--owner", paramLabel = "ROLE",
            description = "Who speaks for the update, a role is fine (default: the last update's; when new, Comms lead for an incident,"
                    + " SRE on call for a maintenance window).")
    String owner;

    @Option(names = "--scope", paramLabel = "TEXT", description = "Who or what is affected (default: the last update's, else the component names).")
    String scope;

    @Option(names = "--effect", paramLabel = "TEXT",
            description = "What users experience, in plain words (default: the last update's; when new, from the severity,"
                    + " or 'brief interruptions are possible' for a maintenance window; none written when resolved).")
    String effect;
}
