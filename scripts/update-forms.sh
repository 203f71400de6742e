#!/usr/bin/env bash
# Regenerates docs/forms/*.png: the printed forms and the radar chart as headless Chromium renders them in the
# browser tests (tests/Welfare.IntegrationTests/Browser/Chromium.cs), for review as a diff.
set -euo pipefail
cd "$(dirname "$0")/.."
WELFARE_UPDATE_FORMS=1 bash scripts/test.sh --filter "FullyQualifiedName~Chromium|FullyQualifiedName~A4"
