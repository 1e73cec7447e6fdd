// What keeps another web page from driving the server (issue 12 §1), run before every route:
// - the Host header must name this server: a loopback or *.localhost name, an IP address, or a
//   name given with `--host`/`--allow-host` (a page on a rebinding domain names its own domain, so
//   it cannot read the API even once that name resolves to 127.0.0.1; the same rule as Vite's
//   `server.allowedHosts`: an IP literal cannot be rebound);
// - a write (anything but GET/HEAD) must come from the server's own origin when a browser sends
//   it (`Sec-Fetch-Site: same-origin`, `Origin` naming the Host), must be `application/json` or
//   `multipart/form-data`, and must carry the token when one is set;
// - with a token set, reads of the API need it too unless `publicRead`;
// - every answer carries a strict Content-Security-Policy (no inline script or style, no framing),
//   `X-Content-Type-Options: nosniff`, `Referrer-Policy: no-referrer` (hono/secure-headers).
import { timingSafeEqual } from "node:crypto";
import { isIP } from "node:net";
import type { Context, MiddlewareHandler } from "hono";
import { secureHeaders } from "hono/secure-headers";
import { ApiError } from "./errors.js";

export interface GuardOptions {
  /** Host names (besides loopback names and IP addresses) the server is reached by. */
  hosts?: readonly string[];
  /** When set, writes must carry it as a bearer token, and reads too unless `publicRead`. */
  token?: string | null;
  publicRead?: boolean;
}

/** The content types a write may have: JSON, or a file upload from the dashboard's form. */
export const WRITE_TYPES = ["application/json", "multipart/form-data"] as const;

const SAFE_METHODS = new Set(["GET", "HEAD"]);

/** The security headers of every response: same-origin everything, nothing inline, no framing. */
export const securityHeaders = (): MiddlewareHandler =>
  secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", "data:"],
      connectSrc: ["'self'"],
      fontSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    xFrameOptions: "DENY",
    referrerPolicy: "no-referrer",
    crossOriginResourcePolicy: "same-origin",
    // Browsers ignore (and warn of) COOP and origin keying on plain-HTTP addresses other than
    // loopback, where a server on a LAN is reached.
    crossOriginOpenerPolicy: false,
    originAgentCluster: false,
    strictTransportSecurity: false,
  });

export function guard(options: GuardOptions = {}): MiddlewareHandler {
  const names = new Set((options.hosts ?? []).map((h) => h.toLowerCase()));
  const token = options.token ?? null;
  return async (c, next) => {
    const host = requestHost(c);
    if (!allowedHost(hostname(host), names)) {
      throw new ApiError(
        403,
        "BAD_HOST",
        `This server does not answer to the name "${hostname(host)}" (a page on another site may be trying to reach it). ` +
          "Open it as 127.0.0.1 or localhost, or start `tally serve` with --allow-host NAME for the name you use.",
      );
    }
    const api =
      c.req.path.startsWith("/api/") ||
      c.req.path === "/openapi.json" ||
      c.req.path === "/feed.atom" ||
      c.req.path === "/metrics";
    if (!SAFE_METHODS.has(c.req.method)) {
      sameOrigin(c, host);
      contentType(c);
      authorize(c, token, "Writing");
    } else if (api && !options.publicRead) {
      authorize(c, token, "Reading");
    }
    await next();
  };
}

/** The Host the request names, as `name[:port]` (lower case). */
function requestHost(c: Context): string {
  return (c.req.header("host") ?? new URL(c.req.url).host).toLowerCase();
}

/** `name` of `name:port`, `[::1]` of `[::1]:8080`. */
function hostname(host: string): string {
  if (host.startsWith("[")) return host.slice(0, host.indexOf("]") + 1);
  const colon = host.lastIndexOf(":");
  return colon < 0 ? host : host.slice(0, colon);
}

export function allowedHost(name: string, names: ReadonlySet<string>): boolean {
  const bare = name.replace(/^\[(.*)\]$/, "$1").replace(/\.$/, "");
  if (bare === "localhost" || bare.endsWith(".localhost")) return true;
  if (isIP(bare) !== 0) return true;
  return names.has(bare);
}

function sameOrigin(c: Context, host: string): void {
  const site = c.req.header("sec-fetch-site");
  const origin = c.req.header("origin");
  const refuse = (from: string) =>
    new ApiError(
      403,
      "CROSS_ORIGIN",
      `Writes are taken only from this server's own pages; this one came from ${from}. ` +
        "Use the dashboard, or send the request from a program (curl, a script) rather than a web page.",
    );
  if (site !== undefined && site !== "same-origin") throw refuse(`a ${site} page`);
  if (origin === undefined) return;
  let from: string;
  try {
    from = new URL(origin).host.toLowerCase();
  } catch {
    throw refuse(`an opaque origin (${origin})`);
  }
  if (from !== host) throw refuse(origin);
}

function contentType(c: Context): void {
  const type = (c.req.header("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if ((WRITE_TYPES as readonly string[]).includes(type)) return;
  throw new ApiError(
    415,
    "UNSUPPORTED_MEDIA",
    `Send a write as application/json (an article: {"text": …, "published": …}) or as multipart/form-data ` +
      `with the page in a "file" field (got ${type || "no Content-Type"}).`,
  );
}

function authorize(c: Context, token: string | null, what: "Writing" | "Reading"): void {
  if (token === null) return;
  const given = /^Bearer (.+)$/.exec(c.req.header("authorization") ?? "")?.[1] ?? "";
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  if (a.length !== b.length || !timingSafeEqual(a, b)) {
    throw new ApiError(
      401,
      "UNAUTHORIZED",
      `${what} needs the server's token: send \`Authorization: Bearer <token>\` (printed by \`tally serve\`; ` +
        "the dashboard takes it from the address it prints).",
    );
  }
}
