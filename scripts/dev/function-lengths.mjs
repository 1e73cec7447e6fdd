// Lists the longest functions in src/ (or the files given), read from the TypeScript AST: every
// function declaration, method, arrow function and function expression with its line count, file
// and line, longest first. Nested functions are counted in their parent too.
//
//   node scripts/dev/function-lengths.mjs [--min 80] [FILE|DIR ...]
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

const args = process.argv.slice(2);
const minAt = args.indexOf("--min");
const min = minAt >= 0 ? Number(args.splice(minAt, 2)[1]) : 80;
const roots = args.length ? args : ["src"];

function* sourceFiles(entry) {
  const stat = fs.statSync(entry);
  if (stat.isFile()) {
    if (/\.tsx?$/.test(entry) && !/\.test\.tsx?$/.test(entry)) yield entry;
    return;
  }
  for (const name of fs.readdirSync(entry).sort()) yield* sourceFiles(path.join(entry, name));
}

function nameOf(node) {
  if (node.name && ts.isIdentifier(node.name)) return node.name.text;
  const parent = node.parent;
  if (parent && ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (parent && ts.isPropertyAssignment(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  return "(anonymous)";
}

const rows = [];
for (const root of roots)
  for (const file of sourceFiles(root)) {
    const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
    const visit = (node) => {
      if (ts.isFunctionLike(node) && "body" in node && node.body) {
        const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
        const last = source.getLineAndCharacterOfPosition(node.getEnd()).line;
        const lines = last - first + 1;
        if (lines >= min) rows.push({ lines, name: nameOf(node), at: `${file}:${first + 1}` });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
rows.sort((a, b) => b.lines - a.lines || a.at.localeCompare(b.at));
for (const row of rows) console.log(`${String(row.lines).padStart(5)}  ${row.name.padEnd(28)} ${row.at}`);
if (!rows.length) console.log(`no function of ${min} lines or more`);
