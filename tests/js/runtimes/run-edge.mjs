// Bundles edge-entry.mjs the way Next.js does for an edge route (the
// `edge-light` condition; `*.wasm?module` becomes a WebAssembly.Module handed
// in from outside the VM) and runs it in @edge-runtime/vm with wasm code
// generation switched off, so compiling from bytes fails as on Vercel.
// Usage: node run-edge.mjs <base URL>; ESBUILD and EDGE_VM are the tools' entries.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { report } from './check.mjs';

const esbuild = await import(process.env.ESBUILD);
const { EdgeVM } = await import(process.env.EDGE_VM);
const require = createRequire(import.meta.url);
const modules = [];

const wasmModulePlugin = {
  name: 'wasm-module',
  setup(build) {
    build.onResolve({ filter: /\.wasm\?module$/ }, (args) => ({
      path: require.resolve(args.path.replace(/\?module$/, ''), { paths: [args.resolveDir] }),
      namespace: 'wasm-module',
    }));
    build.onLoad({ filter: /.*/, namespace: 'wasm-module' }, (args) => {
      modules.push(new WebAssembly.Module(readFileSync(args.path)));
      return { contents: `export default globalThis.__wasmModules[${modules.length - 1}];` };
    });
  },
};

const { outputFiles } = await esbuild.build({
  entryPoints: ['edge-entry.mjs'],
  bundle: true,
  write: false,
  format: 'iife',
  conditions: ['edge-light'],
  plugins: [wasmModulePlugin],
  logLevel: 'warning',
});
const vm = new EdgeVM({
  codeGeneration: { strings: false, wasm: false },
  extend: (context) => Object.assign(context, { __wasmModules: modules }),
});
vm.evaluate(outputFiles[0].text);
// Proof the VM is as strict as Vercel: compiling wasm bytes must fail there.
const byteCompile = await vm.evaluate(
  'WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])).then(() => "allowed", () => "refused")',
);
report({ ...(await vm.evaluate(`runCheck(${JSON.stringify(process.argv[2])})`)), byteCompile });
