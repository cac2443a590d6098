# Two commands: `make run` and `make test`. Both do all setup, idempotently.
.PHONY: run test setup system venv lint services-stop clean-test

run: setup
	scripts/run.sh

test: setup
	scripts/test.sh

setup: system venv

system:
	scripts/install-system.sh

venv:
	scripts/setup-venv.sh

lint: venv
	.venv/bin/ruff check .
	.venv/bin/lint-imports

services-stop:
	.venv/bin/inquiry services stop
	INQUIRY_VAR_DIR=$(CURDIR)/var/test INQUIRY_ES_PORT=9201 INQUIRY_REDIS_PORT=6380 \
	  INQUIRY_PG_PORT=54330 INQUIRY_S3_PORT=7071 .venv/bin/inquiry services stop postgres elasticsearch redis s3
