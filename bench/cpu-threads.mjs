// CPU-seconds of a whole process split by thread: its main thread (JavaScript, interpreted and
// optimised, and the parser) and the rest (V8's background threads: TurboFan compiling,
// concurrent garbage collection; libuv's pool; worker threads). Linux only: polls
// /proc/PID/task/*/stat every 20 ms and keeps each thread's last reading.
//
//   node bench/cpu-threads.mjs node dist/cli/main.js extract FILE.jsonl --jobs 1
//   node bench/cpu-threads.mjs node --interrupt-budget=67584 dist/cli/main.js extract FILE.jsonl --jobs 1
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import { setInterval, clearInterval } from "node:timers";

const [cmd, ...args] = process.argv.slice(2);
if (!cmd || !fs.existsSync("/proc/self/task")) {
  console.error("usage (Linux): node bench/cpu-threads.mjs COMMAND [ARG...]");
  process.exit(2);
}
const ticks = 100; // USER_HZ on Linux
const child = spawn(cmd, args, { stdio: "ignore" });
const last = new Map();

function poll() {
  let tasks = [];
  try {
    tasks = fs.readdirSync(`/proc/${child.pid}/task`);
  } catch {
    return;
  }
  for (const tid of tasks) {
    try {
      const stat = fs.readFileSync(`/proc/${child.pid}/task/${tid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      last.set(tid, (Number(fields[11]) + Number(fields[12])) / ticks);
    } catch {
      // the thread ended between the listing and the read
    }
  }
}

const timer = setInterval(poll, 20);
child.on("exit", (code) => {
  clearInterval(timer);
  let main = 0;
  let other = 0;
  for (const [tid, cpu] of last) {
    if (tid === String(child.pid)) main += cpu;
    else other += cpu;
  }
  const r = (x) => Math.round(x * 100) / 100;
  console.log(
    JSON.stringify({
      exit: code,
      cpus: os.cpus().length,
      cpu_s: r(main + other),
      main_s: r(main),
      other_threads_s: r(other),
    }),
  );
});
