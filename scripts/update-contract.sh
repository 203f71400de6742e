#!/usr/bin/env bash
# Regenerates api-specs/welfare.v1.json from the running API (through the contract test), docs/errors.md from the
# problem catalogues (through the catalogue test), then the TypeScript client's types from the contract
# (clients/typescript/src/schema.d.ts), for review as a diff.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/common.sh
WELFARE_UPDATE_CONTRACT=1 bash scripts/test.sh --filter "FullyQualifiedName~ContractTests|FullyQualifiedName~ProblemCatalogueTests"
log "generating clients/typescript/src/schema.d.ts from the contract"
(cd clients/typescript && npm run --silent generate)
