// The write token, asked for when the server answers 401, kept for this browser tab only.
const KEY = "tally.token";

export function getToken(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function setToken(token: string | null): void {
  try {
    if (token) sessionStorage.setItem(KEY, token);
    else sessionStorage.removeItem(KEY);
  } catch {
    // storage may be off (private mode); the token is then asked for again
  }
}
