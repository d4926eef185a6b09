/**
 * Starting a status repository: `herald init` writes content/site.yaml with the policy spelled out,
 * the pipelines of the chosen host (the GitHub Action or the GitLab template, never Maven), the
 * pre-commit hook, .gitignore, the .herald-version pin and a README, from templates inside the jar.
 */
package herald.init;
