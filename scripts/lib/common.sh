# Shared by scripts/run.sh and scripts/test.sh: install what is missing, start a local PostgreSQL.
# shellcheck shell=bash

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else die "need root for: $*"; fi
}

apt_updated=""
apt_install() {
  command -v apt-get >/dev/null || die "apt-get not found; install by hand: $*"
  if [ -z "$apt_updated" ]; then as_root apt-get update -qq >/dev/null; apt_updated=1; fi
  local upgrade_flag=""
  apt-get install --help 2>/dev/null | grep -q -- '--no-upgrade' && upgrade_flag="--no-upgrade"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $upgrade_flag "$@" >/dev/null
}

ensure_dotnet() {
  if command -v dotnet >/dev/null && dotnet --list-sdks 2>/dev/null | grep -q '^10\.'; then return; fi
  log "installing the .NET 10 SDK"
  if command -v apt-get >/dev/null; then
    as_root apt-get update -qq >/dev/null; apt_updated=1
    if apt-cache policy dotnet-sdk-10.0 2>/dev/null | grep -q 'Candidate: [0-9]'; then
      apt_install dotnet-sdk-10.0
      return
    fi
  fi
  die "the .NET 10 SDK is not packaged for this distribution. Install 'dotnet-sdk-10.0' (https://learn.microsoft.com/dotnet/core/install/linux), then run this script again."
}

# Node.js for the contract linters and the TypeScript client (api-specs/, clients/typescript/): apt's nodejs
# (with npm; a few distributions package npm apart). @redocly/cli needs Node 20.19 or later.
ensure_node() {
  if ! node_recent_enough; then
    log "installing Node.js and npm"
    apt_install nodejs
    command -v npm >/dev/null || apt_install npm
  fi
  node_recent_enough || die "Node.js 20.19 or later with npm is needed (found: $(node --version 2>/dev/null || echo none)); this distribution's nodejs is older. Install Node.js 20 or 22 (https://nodejs.org/en/download, e.g. the NodeSource apt repository), then run this script again."
}

node_recent_enough() {
  command -v node >/dev/null && command -v npm >/dev/null \
    && node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 19) ? 0 : 1)'
}

# Debian's Chromium and a Japanese font for the browser checks of the printed forms and the radar chart
# (tests/browser/): the tests render what an officer prints, so the font must be one a Japanese PC has by name.
ensure_browser() {
  if ! command -v chromium >/dev/null; then
    log "installing Chromium"
    apt_install chromium
  fi
  if ! fc-list 2>/dev/null | grep -q "Noto Serif CJK JP"; then
    log "installing the Noto CJK fonts"
    apt_install fonts-noto-cjk
  fi
}

# npm_ci DIR: installs DIR's locked npm packages unless that lock file is what DIR/node_modules already holds.
# Install scripts stay off: none of the packages needs one (one would only send install analytics).
npm_ci() {
  local dir=$1 stamp=$1/node_modules/.welfare-installed-lock
  if [ -f "$stamp" ] && cmp -s "$dir/package-lock.json" "$stamp"; then return; fi
  log "installing the npm packages of $dir"
  (cd "$dir" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null) || die "npm ci failed in $dir"
  cp "$dir/package-lock.json" "$stamp"
}

pg_bin() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$bin" ] || [ ! -x "$bin/pg_ctl" ]; then
    log "installing PostgreSQL"
    apt_install postgresql
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  fi
  [ -x "$bin/pg_ctl" ] || die "PostgreSQL server binaries not found after install"
  echo "$bin"
}

# Runs a PostgreSQL server tool; initdb refuses root, so as root it runs as user postgres.
pg_run() {
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || as_root useradd --system --no-create-home postgres
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

# pg_start DIR PORT [extra server options]: initialises DIR when empty, then starts a server on 127.0.0.1:PORT.
pg_start() {
  local dir=$1 port=$2 extra=${3:-} bin
  bin=$(pg_bin)
  mkdir -p "$dir"
  [ "$(id -u)" -eq 0 ] && chown postgres "$dir" && chmod 700 "$dir"
  if [ ! -f "$dir/PG_VERSION" ]; then
    pg_run "$bin/initdb" -D "$dir" -U postgres --auth=trust -E UTF8 --no-locale --no-sync >/dev/null
  fi
  if pg_run "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1; then return; fi
  pg_run "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir $extra" start >/dev/null \
    || { cat "$dir/server.log" >&2; die "PostgreSQL did not start"; }
}

pg_stop() {
  local dir=$1 bin
  bin=$(pg_bin)
  pg_run "$bin/pg_ctl" -D "$dir" -m fast -w stop >/dev/null 2>&1 || true
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null \
    || echo $((20000 + RANDOM % 20000))
}
