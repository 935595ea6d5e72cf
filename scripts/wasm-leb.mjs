// Reading a wasm module's numbers, shared by the build (scripts/post-build.mjs), which rewrites
// sections, and the benchmark (scripts/bench.mjs), which reads the function bodies' sizes.

/** Reads an unsigned LEB128 number from `bytes` at `at`: `[value, next offset]`. */
export function readLeb(bytes, at) {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, at];
}
