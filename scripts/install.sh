#!/usr/bin/env bash
# Install factcheck and its test tools into .venv, from nothing.
# Translation comes from argos-translate-lt (CTranslate2, SentencePiece, MiniSBD):
# no torch, no stanza. spaCy comes only with the [spacy] extra, for
# `claims init --ner spacy`.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip

.venv/bin/pip install --quiet -e ".[test,spacy]"
if ! command -v chromium >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  # Headless Chromium for the HTML report tests (Debian's package).
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
    || echo "warning: chromium could not be installed; browser tests will be skipped"
fi
