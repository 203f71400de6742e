#!/usr/bin/env bash
# Regenerates api-specs/welfare.v1.json from the running API (through the contract test) and docs/errors.md from the
# problem catalogues (through the catalogue test), for review as a diff.
set -euo pipefail
cd "$(dirname "$0")/.."
WELFARE_UPDATE_CONTRACT=1 exec bash scripts/test.sh --filter "FullyQualifiedName~ContractTests|FullyQualifiedName~ProblemCatalogueTests"
