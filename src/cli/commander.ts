// commander, the command-line parser, required as the CommonJS module it is. Imported from an ES
// module, node would first read its source with cjs-module-lexer to find its named exports, which
// costs every `tally` process ~7.6 M instructions (one short article through `tally extract`:
// ~1.4% of its instructions); required, it is the same module, compiled once.
import { createRequire } from "node:module";
import type * as Commander from "commander";

const commander = createRequire(import.meta.url)("commander") as typeof Commander;

export const { Command, CommanderError, Help, InvalidArgumentError, Option } = commander;
export type Command = Commander.Command;
export type Option = Commander.Option;
