// One measurement, in its own process: `calls` retrieves with `concurrency`
// in flight through one client, after a warm-up. Prints JSON: per-call
// latencies (median, p99, ms) and throughput (calls/s).
//   node bench/client.mjs <raw|wasm|node> <base> <concurrency> <calls>
import { CLIENTS } from './clients.mjs';

const [name, base, concurrency, calls] = process.argv.slice(2);
const call = await CLIENTS[name](base);

async function run(total, inFlight, latencies) {
  let next = 0;
  const worker = async () => {
    while (next++ < total) {
      const started = performance.now();
      const record = await call();
      latencies?.push(performance.now() - started);
      if (record.name !== 'In-house billing') throw new Error('wrong record');
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
}

await run(Math.min(2000, Number(calls)), Number(concurrency)); // warm-up: JIT, connections
const latencies = [];
const started = performance.now();
await run(Number(calls), Number(concurrency), latencies);
const seconds = (performance.now() - started) / 1000;
latencies.sort((a, b) => a - b);
const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
console.log(JSON.stringify({ median: at(0.5), p99: at(0.99), throughput: Number(calls) / seconds }));
