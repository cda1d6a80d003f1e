// Cold start, in a fresh process: ms from process start to the client's
// import done, and to the first result. Prints JSON.
//   node bench/cold.mjs <wasm|node> <base>
const [name, base] = process.argv.slice(2);
const t0 = performance.timeOrigin;
const sinceStart = () => performance.timeOrigin + performance.now() - t0;
const { CLIENTS } = await import('./clients.mjs');
const before = sinceStart();
const call = await CLIENTS[name](base);
const imported = sinceStart();
await call();
const first = sinceStart();
console.log(JSON.stringify({ import: imported - before, firstResult: first - before }));
