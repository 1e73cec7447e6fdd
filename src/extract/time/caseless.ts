// A case-insensitive regular expression rewritten without the `i` flag: each ASCII letter as the
// class of its two cases ("ago" → "[aA][gG][oO]"). Without the `u` flag, `i` folds a character by
// its upper case and never folds a non-ASCII character onto an ASCII one (ECMA-262
// Canonicalize), so for a pattern whose only letters are ASCII letters outside classes and
// escapes, the two match the same strings with the same groups.
//
// Why: V8 compiles a pattern on first use, per process and per worker thread, and a large
// case-insensitive pattern with a repeated group costs far more to compile than the same pattern
// with explicit classes (chrono-node's "N units ago" and "N units later": ~140 against ~70
// CPU-ms for their compilation and first calls; measured in the README). Running them costs the
// same. Most patterns compile slower this way, so only those named are rewritten.
//
// A pattern this cannot rewrite exactly (letters inside a class, escapes that take letters as
// arguments such as \u00e9 or \p{L}, named groups, the `u` or `v` flag) is returned as it is.

/** Escapes whose letters are arguments, not characters to match: left alone, the pattern too. */
const LETTER_ARGUMENT_ESCAPE = /^[uxckpP]$/;

/** The pattern `re` without its `i` flag, matching the same; `re` itself when that cannot be made. */
export function caseless(re: RegExp): RegExp {
  if (!re.flags.includes("i") || /[uv]/.test(re.flags)) return re;
  const source = rewrite(re.source);
  return source === null ? re : new RegExp(source, re.flags.replace("i", ""));
}

/** `source` with each ASCII letter outside classes and escapes as `[xX]`, or null. */
function rewrite(source: string): string | null {
  let out = "";
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === "\\") {
      const next = source[i + 1] ?? "";
      if (LETTER_ARGUMENT_ESCAPE.test(next)) return null;
      out += ch + next;
      i++;
    } else if (ch === "[") {
      const end = classEnd(source, i);
      if (end < 0) return null;
      const body = source.slice(i, end + 1);
      if (/[A-Za-z]/.test(body.replace(/\\./g, ""))) return null;
      out += body;
      i = end;
    } else if (ch === "(" && source.startsWith("?<", i + 1) && /[A-Za-z]/.test(source[i + 3] ?? "")) {
      return null; // a named group: its name is no text to match
    } else if (/[A-Za-z]/.test(ch)) {
      out += `[${ch.toLowerCase()}${ch.toUpperCase()}]`;
    } else {
      out += ch;
    }
  }
  return out;
}

/** The index of the `]` that closes the class opened at `open`, or -1. */
function classEnd(source: string, open: number): number {
  // A `]` first in a class (after an optional `^`) closes an empty class in JavaScript.
  for (let i = open + 1; i < source.length; i++) {
    if (source[i] === "\\") i++;
    else if (source[i] === "]") return i;
  }
  return -1;
}
