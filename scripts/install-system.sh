#!/usr/bin/env bash
# System packages the project needs (Debian 12). Idempotent and quick when all is present:
# it checks first and runs apt-get only for what is missing. As root it installs; otherwise
# it prints what is missing and the command to run, and exits 1.
#
# The local services (inquiry/runtime) use: PostgreSQL and Redis from Debian; Elasticsearch
# from Maven Central (fetched with mvn, run on a JDK >= 21 under /usr/lib/jvm); versitygw built
# once with `go install` (needs Go >= 1.25). OCR and PDF tools serve ingest and redaction;
# Chromium and LibreOffice Calc (headless) serve the browser and spreadsheet tests.
set -euo pipefail

PACKAGES=(postgresql redis-server tesseract-ocr tesseract-ocr-eng poppler-utils qpdf
          chromium fonts-dejavu-core wbritish
          libreoffice-calc-nogui)  # the test that reads CSV exports back as a spreadsheet
missing=()
problems=()

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

for pkg in "${PACKAGES[@]}"; do
  installed "$pkg" || missing+=("$pkg")
done
command -v mvn >/dev/null 2>&1 || missing+=(maven)
if ! command -v go >/dev/null 2>&1 && [ ! -x /usr/local/go/bin/go ]; then
  missing+=(golang-go)
fi

# Newest JDK major version under /usr/lib/jvm (Elasticsearch 9 needs 21+; it has no bundled JDK).
jdk_major() {
  local best=0 release major
  for release in /usr/lib/jvm/*/release; do
    [ -f "$release" ] || continue
    major=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release")
    [ -n "$major" ] && [ "$major" -gt "$best" ] && best=$major
  done
  echo "$best"
}
if [ "$(jdk_major)" -lt 17 ]; then
  missing+=(openjdk-17-jre-headless)
fi

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    echo "install-system: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "install-system: missing Debian packages: ${missing[*]}" >&2
    echo "  run: sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
    echo "  (or: sudo scripts/install-system.sh)" >&2
    exit 1
  fi
fi

# Checks that installing Debian packages cannot fix.
major=$(jdk_major)
if [ "$major" -lt 21 ]; then
  problems+=("no JDK >= 21 under /usr/lib/jvm (newest: $major). Elasticsearch 9 needs Java 21+;
    install one (e.g. a Temurin 21/25 JDK) or run Elasticsearch 8.19.x on Java 17 by setting
    INQUIRY_ES_VERSION=8.19.0 (the runtime then accepts a JDK >= 17).")
fi
GO=$(command -v go || echo /usr/local/go/bin/go)
if [ -x "$GO" ]; then
  gover=$("$GO" env GOVERSION 2>/dev/null || echo go0.0)
  gominor=$(echo "$gover" | sed -n 's/^go1\.\([0-9]*\).*/\1/p')
  if [ -z "$gominor" ] || [ "$gominor" -lt 21 ]; then
    problems+=("$gover cannot build versitygw, which needs Go >= 1.25 (Go 1.21+ would fetch
    that toolchain from the Go module proxy by itself); install a newer Go.")
  elif [ "$gominor" -lt 25 ]; then
    echo "install-system: note: $gover will fetch Go 1.25 from the module proxy to build versitygw"
  fi
fi
if [ "$(id -u)" -eq 0 ] && ! command -v runuser >/dev/null 2>&1; then
  problems+=("runuser (util-linux) is missing; Elasticsearch and PostgreSQL run through it as root")
fi

if [ ${#problems[@]} -gt 0 ]; then
  for p in "${problems[@]}"; do echo "install-system: $p" >&2; done
  exit 1
fi
echo "install-system: all system packages present"
