package herald.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "roles",
        description = {"Name the incident's roles in internal.roles (never published): the ones you give change, the others stay."},
        exitCodeList = {ExitCodes.LISTED_WRITTEN, ExitCodes.LISTED_REFUSED_BY_LINT, "2:could not run (unknown incident, no role given)"},
        footer = {"  herald roles 2026-11-27-slow-answers --incident-lead Dana --sre Lee",
            "  herald roles 2026-11-27-slow-answers --comms-lead Priya --support-lead Tom"})
final class RolesCommand extends AuthoringCommand {
    @Parameters(index = "0", paramLabel = "ID", description = "The incident id (its file name without .md).")
    String id;

    @Mixin
    RoleOptions roles;

    @Override
    public Integer call() {
        return support.run(() -> support.author().roles(id, roles.roles()));
    }
}
