#!/usr/bin/env bash
# Sets everything up, then starts Intervisie on its default local database.
# Extra arguments go to the program (for example --lang en, --demo, --data-dir DIR).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/scripts/setup.sh"
exec "$ROOT/.venv/bin/python" -m intervisie_desktop "$@"
