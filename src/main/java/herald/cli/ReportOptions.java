package herald.cli;

import picocli.CommandLine.Mixin;

/** What the review reports (diff, evidence) share: the content folder, the time they judge by, and --out. */
final class ReportOptions {
    @Mixin
    ContentDirOption contentDir;

    @Mixin
    NowOption now;

    @Mixin
    OutputFileOption out;
}
