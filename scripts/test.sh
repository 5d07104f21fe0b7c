#!/usr/bin/env bash
# Sets everything up, then runs the whole test suite headless: ruff, mypy (strict on the whole package), pytest.
# Extra arguments go to pytest.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/scripts/setup.sh" test
cd "$ROOT"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
echo "== ruff"
.venv/bin/ruff check intervisie_desktop tests tools benchmarks
echo "== mypy (strict on intervisie_desktop)"
.venv/bin/mypy
echo "== pytest"
.venv/bin/python -m pytest "$@"
