// What every page's `render` gets: where to draw, its route, and a signal aborted when the user
// navigates away (pending requests are cancelled and their answers ignored), and a way to draw the
// same route again (after a write that changed what it shows).
import type { Route } from "./router.js";

export interface PageContext<R extends Route = Route> {
  root: HTMLElement;
  route: R;
  signal: AbortSignal;
  /** Draws the current route again, as a navigation would. */
  redraw(): void;
}
