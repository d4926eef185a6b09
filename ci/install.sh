#!/bin/sh
# Installs a Herald release bundle, for the GitHub Action (action.yml) and the GitLab template
# (herald.gitlab-ci.yml, which holds a copy of this script: a test keeps the two the same).
#   HERALD_VERSION       the version (default: the content of .herald-version here)
#   HERALD_DOWNLOAD_URL  where herald-VERSION.tar.gz and herald-VERSION.tar.gz.sha256 are
#                        (default: the release vVERSION of github.com/HERALD_REPOSITORY)
#   HERALD_HOME          where versions are installed (default: ~/.local/share/herald)
# It checks the SHA-256 before unpacking anything, unpacks into HERALD_HOME/VERSION only when that
# is not there yet (a cached install is used as it is), and prints the bin folder to put on PATH.
(
set -eu
say() { echo "herald install: $*" >&2; }
version=${HERALD_VERSION:-}
if [ -z "$version" ] && [ -f .herald-version ]; then
  version=$(tr -d ' \t\r\n' < .herald-version)
fi
case $version in
  '' ) say "no version: set HERALD_VERSION or write it into .herald-version"; exit 2 ;;
  *[!A-Za-z0-9.+-]* | .* ) say "\"$version\" is not a version (e.g. 0.1.0)"; exit 2 ;;
esac
home=${HERALD_HOME:-${XDG_DATA_HOME:-$HOME/.local/share}/herald}
target="$home/$version"
if [ -x "$target/bin/herald" ] && [ -f "$target/lib/herald.jar" ]; then
  say "herald $version is installed in $target (cached)"
  echo "$target/bin"
  exit 0
fi
url=${HERALD_DOWNLOAD_URL:-}
if [ -z "$url" ]; then
  if [ -z "${HERALD_REPOSITORY:-}" ]; then
    say "no HERALD_DOWNLOAD_URL and no HERALD_REPOSITORY to download from"; exit 2
  fi
  url="https://github.com/$HERALD_REPOSITORY/releases/download/v$version"
fi
url=${url%/}
bundle="herald-$version.tar.gz"
mkdir -p "$home"
work=$(mktemp -d "$home/.download.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
fetch() {
  if command -v curl >/dev/null 2>&1; then
    curl -fsSL --retry 3 -o "$2" "$1"
  elif command -v wget >/dev/null 2>&1; then
    wget -q -O "$2" "$1"
  else
    say "needs curl or wget to download $1"; return 1
  fi
}
sha256() {
  if command -v sha256sum >/dev/null 2>&1; then
    sha256sum "$1"
  elif command -v shasum >/dev/null 2>&1; then
    shasum -a 256 "$1"
  else
    openssl dgst -sha256 -r "$1"
  fi
}
say "downloading $url/$bundle"
fetch "$url/$bundle" "$work/$bundle" || { say "could not download $url/$bundle; nothing installed"; exit 1; }
fetch "$url/$bundle.sha256" "$work/$bundle.sha256" || { say "could not download $url/$bundle.sha256; nothing installed"; exit 1; }
expected=$(sed -n '1s/^\([0-9A-Fa-f]\{64\}\).*/\1/p' "$work/$bundle.sha256" | tr 'A-F' 'a-f')
actual=$(sha256 "$work/$bundle" | sed 's/[^0-9A-Fa-f].*//' | tr 'A-F' 'a-f')
if [ -z "$expected" ]; then
  say "$bundle.sha256 from $url holds no SHA-256; nothing installed"; exit 1
fi
if [ "$expected" != "$actual" ]; then
  say "checksum mismatch for $bundle from $url: expected $expected ($bundle.sha256), got $actual; nothing installed"
  exit 1
fi
mkdir "$work/unpacked"
(cd "$work/unpacked" && gzip -dc "../$bundle" | tar -xf -)
if [ ! -x "$work/unpacked/herald-$version/bin/herald" ]; then
  say "$bundle has no herald-$version/bin/herald; nothing installed"; exit 1
fi
rm -rf "$target"
mv "$work/unpacked/herald-$version" "$target"
say "installed herald $version in $target"
echo "$target/bin"
)
