// What `tally --help` lists of each command — its name with options and arguments, and its
// description — as data, so that help, `--version` and an unknown command load no command's
// module (loading them all cost ~0.2 CPU-s: the store, the server, the work queue). Each command's
// own definition in ./commands/ stays the truth: summaries.test.ts fails when this drifts from it.

export interface CommandSummary {
  /** As commander's help shows it: the name, `[options]` when it has any, its arguments. */
  term: string;
  description: string;
}

export const COMMAND_SUMMARIES: Readonly<Record<string, CommandSummary>> = {
  extract: {
    term: "extract [options] [FILE...]",
    description: "Extract casualty claims from articles in FILEs (or stdin when none or -).",
  },
  ingest: {
    term: "ingest [options] [PATH...]",
    description: "Store articles from files, folders (recursively) or stdin, with their claims.",
  },
  changes: {
    term: "changes [options]",
    description: "List the material changes to incidents: new incidents, figures that moved, grades, checks.",
  },
  incidents: {
    term: "incidents [options]",
    description: "List the incidents in the store, with their place, dates, type and toll.",
  },
  show: {
    term: "show [options] <ID>",
    description:
      "Show an incident: its tally with contested figures marked, the claims behind each, the timeline.",
  },
  export: {
    term: "export [options]",
    description:
      "Write the store's incidents as ACLED, UCDP or GTD rows, GeoJSON, JSON or claims as JSON Lines.",
  },
  relink: {
    term: "relink [options]",
    description: "Re-link every stored report into incidents (analysts' corrections kept); list what moved.",
  },
  serve: {
    term: "serve [options]",
    description: "Serve the dashboard and the HTTP API over the store (see /openapi.json).",
  },
  worker: {
    term: "worker [options]",
    description: "Take articles from the work queue; extract, store and link them (see `ingest --queue`).",
  },
  queue: {
    term: "queue",
    description: "The work queue of `ingest --queue` and `worker`.",
  },
};
