// The access-token field of the pages that write (add an article, correct an incident's
// grouping): filled with the tab's token, shown when the server asks for one, kept when typed,
// and brought forward when a write is refused (401).
import { ApiError, api } from "./api.js";
import { getToken, setToken } from "./token.js";
import { showError } from "./ui.js";

export class TokenField {
  constructor(
    private readonly field: HTMLElement,
    private readonly input: HTMLInputElement,
  ) {
    const token = getToken();
    if (token) input.value = token;
  }

  /** Shows the field up front when the server says it wants a token (older servers: on a 401). */
  askServer(signal: AbortSignal): void {
    api
      .health(signal)
      .then((h) => {
        if (h.tokenRequired) this.field.hidden = false;
      })
      .catch(() => undefined);
  }

  /** Before a write: the token typed is the one sent. */
  keepTyped(): void {
    if (!this.field.hidden) setToken(this.input.value.trim() || null);
  }

  /** After a write failed: a refusal for want of a token shows the field and says so (true). */
  refused(e: unknown): boolean {
    if (!(e instanceof ApiError && e.status === 401)) return false;
    this.field.hidden = false;
    setToken(null);
    showError(new ApiError(401, e.code, `${e.message} Enter the access token and try again.`));
    this.input.focus();
    return true;
  }
}
