// Code for the Vercel Edge VM: resolved with the `edge-light` condition.
import * as api from 'chartmogul-wasm';
import { check } from './check.mjs';

globalThis.runCheck = (base) => check(api, base);
