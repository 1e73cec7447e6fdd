// What `tally serve` and `tally worker` tell a monitoring system at /metrics, in Prometheus's text
// format (prom-client): articles stored by this process (a counter by status, and the rate over the
// last minute), the time linking took, a worker's batch time and queue lag, the queue's pending,
// in-flight and failed articles (read from the server at each scrape), and Node's process figures
// (CPU, memory, event-loop delay).
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import type { QueueStatus } from "../queue/nats-queue.js";

/** The window `tally_articles_per_second` averages over (seconds). */
const RATE_WINDOW_S = 60;
const SECONDS_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

export interface MetricsOptions {
  /** The queue's figures, read when scraped (a worker). */
  queueStatus?: () => Promise<QueueStatus>;
  /** The clock, in ms (tests). */
  now?: () => number;
}

export class Metrics {
  readonly registry = new Registry();
  private readonly articles: Counter<"status">;
  private readonly link: Histogram;
  private readonly batch: Histogram;
  private readonly lag: Gauge;
  private readonly now: () => number;
  /** Articles stored per second of the clock, over the last RATE_WINDOW_S seconds. */
  private readonly recent = new Map<number, number>();

  constructor(options: MetricsOptions = {}) {
    this.now = options.now ?? Date.now;
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry, prefix: "tally_" });
    this.articles = new Counter({
      name: "tally_articles_total",
      help: "Articles this process stored (new, re-extracted), found stored already (duplicate), or could not store (failed)",
      labelNames: ["status"],
      registers,
    });
    const rate = () => this.rate();
    new Gauge({
      name: "tally_articles_per_second",
      help: `Articles this process stored (new or re-extracted) per second, over the last ${RATE_WINDOW_S} s`,
      registers,
      collect() {
        this.set(rate());
      },
    });
    this.link = new Histogram({
      name: "tally_link_seconds",
      help: "Time the incident linker took per batch of stored articles (a posted article is a batch of one)",
      buckets: SECONDS_BUCKETS,
      registers,
    });
    this.batch = new Histogram({
      name: "tally_batch_seconds",
      help: "Time a worker took to extract, store and link a batch, until its commit",
      buckets: SECONDS_BUCKETS,
      registers,
    });
    this.lag = new Gauge({
      name: "tally_queue_lag_seconds",
      help: "How long the oldest article of the worker's last batch had waited on the queue",
      registers,
    });
    const status = options.queueStatus;
    if (status) {
      // One read of the queue's figures serves the three gauges of a scrape.
      let reading: Promise<QueueStatus> | null = null;
      const read = () => (reading ??= status().finally(() => setTimeout(() => (reading = null), 500)));
      const gauge = (name: string, help: string, pick: (s: QueueStatus) => number) =>
        new Gauge({
          name,
          help,
          registers,
          async collect() {
            this.set(pick(await read()));
          },
        });
      gauge("tally_queue_pending", "Articles published and not yet taken by any worker", (s) => s.pending);
      gauge(
        "tally_queue_in_flight",
        "Articles taken by a worker and not yet acknowledged",
        (s) => s.inFlight,
      );
      gauge("tally_queue_failed", "Articles on the dead-letter subject", (s) => s.failed);
    }
  }

  /** `n` articles that ended with `status` (new, reextracted, duplicate, failed). */
  stored(status: string, n = 1): void {
    if (n <= 0) return;
    this.articles.inc({ status }, n);
    if (status === "new" || status === "reextracted") {
      const second = Math.floor(this.now() / 1000);
      this.recent.set(second, (this.recent.get(second) ?? 0) + n);
    }
  }

  linked(seconds: number): void {
    this.link.observe(seconds);
  }

  batchDone(seconds: number, lagSeconds: number): void {
    this.batch.observe(seconds);
    this.lag.set(lagSeconds);
  }

  /** Articles stored per second over the last window (the seconds of it this process has lived). */
  rate(): number {
    const now = Math.floor(this.now() / 1000);
    let sum = 0;
    for (const [second, n] of this.recent) {
      if (second <= now - RATE_WINDOW_S) this.recent.delete(second);
      else sum += n;
    }
    return sum / RATE_WINDOW_S;
  }

  /** The text a scrape gets, and its content type. */
  async render(): Promise<{ body: string; contentType: string }> {
    return { body: await this.registry.metrics(), contentType: this.registry.contentType };
  }
}
