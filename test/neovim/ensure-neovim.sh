#!/usr/bin/env bash
# Installs Neovim from Debian's packages when it is missing (the Neovim test drives its LSP client).
set -euo pipefail
if command -v nvim >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" -ne 0 ]; then echo "ensure-neovim: nvim is missing and this is not root; install the 'neovim' package" >&2; exit 1; fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq neovim >/dev/null
nvim --version | head -1
