// Renames the .wasm's imports from the glue to short names, and the glue's
// functions to match. wasm-bindgen names each import after its JS function
// plus a 16-hex-digit hash (`__wbg_get_2080c49015e35254`): 80 of them were
// ~2.5 KB of the module, ~1.7 KB gzipped. (binaryen's --minify-imports left
// them as they were.)

/** Reads a LEB128 u32 at `at`; returns [value, next offset]. */
function readU32(bytes, at) {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    byte = bytes[at++];
    value |= (byte & 0x7f) << shift;
    shift += 7;
  } while (byte & 0x80);
  return [value >>> 0, at];
}

function u32(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value >>>= 7;
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return Buffer.from(out);
}

const name = (text) => Buffer.concat([u32(Buffer.byteLength(text)), Buffer.from(text)]);

/** The end of an import's description (kind byte first), per the wasm spec. */
function descriptionEnd(bytes, at) {
  const kind = bytes[at++];
  const limits = (at) => {
    const flags = bytes[at];
    at = readU32(bytes, at + 1)[1];
    return flags & 1 ? readU32(bytes, at)[1] : at;
  };
  switch (kind) {
    case 0: return readU32(bytes, at)[1]; // function: type index
    case 1: return limits(at + 1); // table: element type, limits
    case 2: return limits(at); // memory: limits
    case 3: return at + 2; // global: value type, mutability
    case 4: return readU32(bytes, at + 1)[1]; // tag: attribute, type index
    default: throw new Error(`unknown import kind ${kind}`);
  }
}

/**
 * Gives every import from `module` a short name (`_0`, `_1`, …, base 36;
 * the underscore keeps them clear of keywords such as `if`).
 * Returns the new module bytes and the renames, old name → new name.
 */
export function shortenImports(bytes, module) {
  const renames = new Map();
  const parts = [bytes.subarray(0, 8)]; // magic and version
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, start] = readU32(bytes, at + 1);
    const end = start + size;
    if (id !== 2) {
      parts.push(bytes.subarray(at, end));
      at = end;
      continue;
    }
    let [count, p] = readU32(bytes, start);
    const entries = [u32(count)];
    for (let i = 0; i < count; i++) {
      const [moduleLength, moduleAt] = readU32(bytes, p);
      const from = bytes.subarray(moduleAt, moduleAt + moduleLength).toString();
      const [fieldLength, fieldAt] = readU32(bytes, moduleAt + moduleLength);
      const field = bytes.subarray(fieldAt, fieldAt + fieldLength).toString();
      const descriptionAt = fieldAt + fieldLength;
      p = descriptionEnd(bytes, descriptionAt);
      const renamed = from === module ? `_${i.toString(36)}` : field;
      if (renamed !== field) renames.set(field, renamed);
      entries.push(name(from), name(renamed), bytes.subarray(descriptionAt, p));
    }
    const body = Buffer.concat(entries);
    parts.push(Buffer.from([2]), u32(body.length), body);
    at = end;
  }
  return { bytes: Buffer.concat(parts), renames };
}

/**
 * Renames the glue's definitions of the imports: each must be defined
 * exactly once, as `pattern(old)` finds it, and its new name must be unused.
 */
export function renameDefinitions(source, renames, definition) {
  for (const [from, to] of renames) {
    if (new RegExp(`\\b${to}\\b`).test(source)) throw new Error(`${to} is already used in the glue`);
    const found = source.split(definition(from)).length - 1;
    if (found !== 1) throw new Error(`the glue defines ${from} ${found} times, not once`);
    source = source.replace(definition(from), definition(to));
  }
  return source;
}
