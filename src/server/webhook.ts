// `tally serve --webhook URL` (issue 15): each change recorded in the change log — by this server
// or by a `tally ingest` in another process — is POSTed to URL as JSON, signed with HMAC-SHA256
// over the exact body with a secret from the environment (TALLY_WEBHOOK_SECRET), in the header
// `X-Tally-Signature: sha256=<hex>` (as GitHub and Stripe sign theirs; check it with a
// constant-time compare). `X-Tally-Delivery` is the change's sequence number, the same on every
// retry. Ingest never waits for it: the sender polls the log on a timer, sends in order, and
// retries a failed delivery (a network error or a status other than 2xx) with exponential
// backoff; after the last attempt it reports the failure and goes on to the next change.
// Changes recorded before the server started are not sent.
import { createHmac } from "node:crypto";
import { changeView } from "../app/changes.js";
import type { Change, Store } from "../store/store.js";

export const SIGNATURE_HEADER = "x-tally-signature";

export interface WebhookOptions {
  url: string;
  secret: string;
  /** The first retry waits this long; each next one twice as long (default 1 s). */
  backoffMs?: number;
  /** Attempts per change, the first included (default 6: over half a minute of retries). */
  attempts?: number;
  /** How often the change log is read (default 1 s). */
  pollMs?: number;
  /** Each request's time limit (default 10 s). */
  timeoutMs?: number;
  /** Told of each delivery that failed for good. */
  onFailure?: (change: Change, reason: string) => void;
}

export function sign(secret: string, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
}

export class WebhookSender {
  private cursor: number;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(
    private readonly store: Store,
    private readonly options: WebhookOptions,
  ) {
    const all = store.listChanges();
    this.cursor = all.length ? all[all.length - 1]!.seq : 0;
  }

  start(): void {
    this.timer = setInterval(() => this.nudge(), this.options.pollMs ?? 1000);
    this.timer.unref();
  }

  /** Reads the log now (after a write by this server), unless a round is already running. */
  nudge(): void {
    if (this.stopped || this.running) return;
    this.running = this.round().finally(() => (this.running = null));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  private async round(): Promise<void> {
    for (const change of this.store.listChanges({ after: this.cursor, limit: 100 })) {
      if (this.stopped) return;
      await this.deliver(change);
      this.cursor = change.seq;
    }
  }

  private async deliver(change: Change): Promise<void> {
    const body = JSON.stringify({ type: "tally.change", ...changeView(this.store, change) });
    const attempts = this.options.attempts ?? 6;
    let reason = "";
    for (let attempt = 1; attempt <= attempts && !this.stopped; attempt++) {
      try {
        const res = await fetch(this.options.url, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            "user-agent": "tally-webhook",
            [SIGNATURE_HEADER]: sign(this.options.secret, body),
            "x-tally-delivery": String(change.seq),
            "x-tally-attempt": String(attempt),
          },
          body,
          signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
        });
        await res.body?.cancel();
        if (res.ok) return;
        reason = `HTTP ${res.status}`;
      } catch (e) {
        reason = e instanceof Error ? e.message : String(e);
      }
      if (attempt < attempts) await sleep((this.options.backoffMs ?? 1000) * 2 ** (attempt - 1));
    }
    if (!this.stopped) this.options.onFailure?.(change, reason);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
