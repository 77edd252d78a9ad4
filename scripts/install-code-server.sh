#!/usr/bin/env bash
# Installs what the end-to-end tests need to run in a real VS Code without a desktop download:
# Debian's chromium (the workbench), libkrb5-dev and ripgrep, and code-server 4.100.3
# (VS Code 1.100.3, whose extension host runs in this machine's Node 20).
#
# Idempotent: a marker file in the install folder records a finished install; a second run does
# nothing. Runs unattended (CI=true, no stdin). Needs root for apt-get (skipped when the Debian
# packages are already there).
#
#   COPYDESK_CODE_SERVER_DIR  install folder (default ~/.cache/copydesk/code-server-4.100.3)
#   COPYDESK_SKIP_APT=1       never call apt-get (the packages must already be present)
set -euo pipefail

CODE_SERVER_VERSION=4.100.3
DIR="${COPYDESK_CODE_SERVER_DIR:-$HOME/.cache/copydesk/code-server-$CODE_SERVER_VERSION}"
MARKER="$DIR/.copydesk-install-complete"
APT_PACKAGES=(chromium libkrb5-dev ripgrep)

export DEBIAN_FRONTEND=noninteractive
export npm_config_yes=true
export npm_config_fund=false
export npm_config_audit=false
export npm_config_update_notifier=false

log() { printf '[install-code-server] %s\n' "$*"; }
die() { printf '[install-code-server] error: %s\n' "$*" >&2; exit 1; }

# ---- 1. Debian packages --------------------------------------------------------------------
missing=()
for p in "${APT_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
if ((${#missing[@]})); then
  [[ "${COPYDESK_SKIP_APT:-}" == 1 ]] && die "missing Debian packages: ${missing[*]} (COPYDESK_SKIP_APT=1)"
  SUDO=()
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || die "missing Debian packages (${missing[*]}) and not root"
    SUDO=(sudo -n)
  fi
  log "apt-get install ${missing[*]}"
  "${SUDO[@]}" apt-get update -q </dev/null
  "${SUDO[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}" </dev/null
else
  log "Debian packages present: ${APT_PACKAGES[*]}"
fi
[[ -x /usr/bin/chromium ]] || die "/usr/bin/chromium not found after install"
command -v rg >/dev/null || die "rg not found after install"

# ---- 2. code-server --------------------------------------------------------------------------
if [[ -f "$MARKER" ]]; then
  log "code-server $CODE_SERVER_VERSION already installed in $DIR"
  exit 0
fi

start=$SECONDS
mkdir -p "$DIR"
cd "$DIR"
[[ -f package.json ]] || printf '{ "name": "copydesk-code-server", "private": true }\n' > package.json

CS="$DIR/node_modules/code-server"
VS="$CS/lib/vscode"

# Stage markers let an interrupted install resume where it stopped instead of trusting half a tree.
if [[ ! -f "$DIR/.stage-code-server" ]]; then
  log "npm install --ignore-scripts code-server@$CODE_SERVER_VERSION (into $DIR)"
  npm install --no-save --ignore-scripts --no-package-lock "code-server@$CODE_SERVER_VERSION" </dev/null
  grep -q "\"version\": \"$CODE_SERVER_VERSION\"" "$CS/package.json" || die "npm did not install code-server $CODE_SERVER_VERSION"
  touch "$DIR/.stage-code-server"
fi
[[ -d "$VS" ]] || die "code-server install has no lib/vscode"

# Check that native modules really load (npm 11 may skip build scripts with only a warning).
# Each argument: <dir to run node in> <module name>.
check_loads() {
  local at="$1"; shift
  (cd "$at" && node -e '
    const bad = [];
    for (const m of process.argv.slice(1)) {
      try { require(m); } catch (e) { bad.push(m + ": " + String(e.message).split("\n")[0]); }
    }
    if (bad.length) { console.error(bad.join("\n")); process.exit(1); }
  ' "$@")
}

# ---- 3. argon2 (code-server's password hashing; loaded at startup) -----------------------------
ARGON_AT="$DIR"
[[ -d "$CS/node_modules/argon2" ]] && ARGON_AT="$CS"
if ! check_loads "$ARGON_AT" argon2 2>/dev/null; then
  log "npm rebuild argon2 (in $ARGON_AT)"
  (cd "$ARGON_AT" && npm rebuild argon2 --foreground-scripts </dev/null)
  check_loads "$ARGON_AT" argon2 || die "argon2 does not load after rebuild"
fi

# ---- 4. VS Code's own dependencies -------------------------------------------------------------
NATIVE=(kerberos @vscode/spdlog node-pty native-watchdog @parcel/watcher @vscode/deviceid)
if [[ ! -f "$DIR/.stage-vscode-deps" ]]; then
  log "npm install --omit=dev --ignore-scripts (in lib/vscode)"
  (cd "$VS" && npm install --omit=dev --ignore-scripts </dev/null)
  touch "$DIR/.stage-vscode-deps"
fi
if ! check_loads "$VS" "${NATIVE[@]}" 2>/dev/null; then
  log "npm rebuild ${NATIVE[*]} (in lib/vscode)"
  (cd "$VS" && npm rebuild "${NATIVE[@]}" --foreground-scripts </dev/null)
  check_loads "$VS" "${NATIVE[@]}" || die "native modules of lib/vscode do not load after rebuild"
fi

# ---- 5. What code-server's postinstall would have done -----------------------------------------
mkdir -p "$VS/node_modules/@vscode/ripgrep/bin"
cp -f "$(command -v rg)" "$VS/node_modules/@vscode/ripgrep/bin/rg"
chmod +x "$VS/node_modules/@vscode/ripgrep/bin/rg"
ln -sfn node_modules "$VS/node_modules.asar"
if [[ -f "$VS/bin/remote-cli/code-linux.sh" ]]; then
  ln -sfn code-linux.sh "$VS/bin/remote-cli/code-server"
fi
if [[ -f "$VS/bin/helpers/browser-linux.sh" ]]; then
  ln -sfn browser-linux.sh "$VS/bin/helpers/browser.sh"
fi

# ---- 6. Smoke check: code-server starts and prints its version -------------------------------
# (--config points at a throwaway file so that ~/.config/code-server is left alone)
tmpcfg=$(mktemp -d)
out=$(node "$CS/out/node/entry.js" --config "$tmpcfg/config.yaml" --version </dev/null 2>&1) || die "code-server --version failed: $out"
rm -rf "$tmpcfg"
ver=$(printf '%s\n' "$out" | grep -E "^$CODE_SERVER_VERSION( |\$)" | head -n1) || true
[[ -n "$ver" ]] || die "unexpected code-server --version output: $out"
log "code-server --version: $ver"

printf 'code-server %s installed %s\n' "$CODE_SERVER_VERSION" "$(date -u +%FT%TZ)" > "$MARKER"
log "done in $((SECONDS - start))s: $DIR"
