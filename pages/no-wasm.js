// Demo only: simulates a browser where WebAssembly is disabled.
delete window.WebAssembly;
