# The two commands that matter: `make serve` and `make test`. Both install what they need.
.PHONY: setup build serve test size bench release

setup:
	scripts/setup.sh

build: setup
	PATH="$(CURDIR)/node_modules/.bin:$$HOME/.cargo/bin:$$PATH" trunk build --release

serve: build
	node scripts/serve.mjs --port 8080

test:
	scripts/test.sh

size: build
	node scripts/size-report.mjs dist

bench: build
	node scripts/bench.mjs

# The bundle for site owners, release/soleus-widget-<version>.zip and .tar.gz, and the npm
# package, release/soleus-widget-<version>.tgz.
release: build
	node scripts/release.mjs
	node scripts/npm-package.mjs
