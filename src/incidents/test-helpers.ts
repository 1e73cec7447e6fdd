// Test-only reports, written for these tests (they copy no published text), and a store holding
// them with hand-made claims, so the incident tests do not depend on the extractor's rules.
import type { Article, Claim } from "../core/model.js";
import { claim, q, who } from "../core/tally/test-helpers.js";
import { MemoryStore } from "../store/memory-store.js";
import type { ArticleId } from "../store/store.js";

export const ARMY = who("Army spokesman", "state_military", "state");
export const BLF = who("Baloch Liberation Front (BLF)", "armed_group", "non_state");
export const POLICE = who("police", "official", "independent");
export const HOSPITAL = who("hospital official", "official", "independent");

export const BUS_1: Article = {
  id: "bus-1",
  published: "2025-06-02",
  outlet: "The Test Courier",
  text:
    "Gunmen hijack bus in Balochistan\n" +
    "QUETTA: Armed men stopped a passenger bus on the highway near Turbat in Kech district of Balochistan, " +
    "Pakistan, on Monday and took about 30 passengers hostage, police said. The Baloch Liberation Front " +
    "said its fighters had seized the bus and were holding the passengers. Officials said the hijackers " +
    "had blocked the road with burning tyres.",
};

export const BUS_2: Article = {
  id: "bus-2",
  published: "2025-06-04",
  outlet: "Daily Example",
  text:
    "Hostages freed after bus hijacking near Turbat\n" +
    "TURBAT: Security forces ended the hijacking of a passenger bus near Turbat in Kech district on " +
    'Tuesday, freeing 25 hostages, an army spokesman said. "Four passengers and two soldiers were ' +
    'killed during the standoff," he said. The Baloch Liberation Front claimed that 12 soldiers had ' +
    "died. The bus had been hijacked on the highway on Monday, police said.",
};

export const ZHOB: Article = {
  id: "zhob-1",
  published: "2025-06-02",
  outlet: "The Test Courier",
  text:
    "Market blast kills seven in Zhob\n" +
    "ZHOB: A bomb planted on a motorcycle exploded in a crowded vegetable market in Zhob, Balochistan, " +
    "on Monday, killing seven shoppers and wounding 15, a hospital official said. No group claimed the " +
    "bombing. Police cordoned off the market and collected evidence from the site of the explosion.",
};

/** Claims as a careful reader codes these reports (ids per article, as the extractor makes them). */
export function claimsOf(article: string): Claim[] {
  const text = [BUS_1, BUS_2, ZHOB].find((a) => a.id === article)?.text ?? "";
  /** A claim whose evidence is the first occurrence of `words` in the article. */
  const mk = (id: string, words: string, over: Partial<Claim> & { date?: string | null }) => {
    const start = text.indexOf(words);
    if (start < 0) throw new Error(`"${words}" is not in ${article}`);
    const evidence = [{ start, end: start + words.length, text: words, quoted: false }];
    return claim({ id, article, evidence, ...over });
  };
  switch (article) {
    case "bus-1":
      return [
        mk("c1", "about 30 passengers", {
          outcome: "abducted",
          group: "hostages",
          quantity: q.about(30),
          claimant: POLICE,
          date: "2025-06-02",
        }),
      ];
    case "bus-2":
      return [
        mk("c1", "freeing 25 hostages", {
          outcome: "released",
          group: "hostages",
          quantity: q.exact(25),
          claimant: ARMY,
          date: "2025-06-03",
        }),
        mk("c2", "Four passengers", {
          outcome: "killed",
          group: "hostages",
          quantity: q.exact(4),
          claimant: ARMY,
        }),
        mk("c3", "two soldiers", {
          outcome: "killed",
          group: "security_forces",
          quantity: q.exact(2),
          claimant: ARMY,
        }),
        mk("c4", "12 soldiers", {
          outcome: "killed",
          group: "security_forces",
          quantity: q.exact(12),
          claimant: BLF,
        }),
      ];
    case "zhob-1":
      return [
        mk("c1", "killing seven shoppers", {
          outcome: "killed",
          group: "civilians",
          quantity: q.exact(7),
          claimant: HOSPITAL,
          date: "2025-06-02",
        }),
        mk("c2", "wounding 15", {
          outcome: "injured",
          group: "civilians",
          quantity: q.exact(15),
          claimant: HOSPITAL,
          date: "2025-06-02",
        }),
      ];
    default:
      return [];
  }
}

/** A store with the given reports and their claims, in the order given. */
export function storeWith(articles: readonly Article[]): { store: MemoryStore; ids: ArticleId[] } {
  const store = new MemoryStore({ now: () => "2025-06-10T00:00:00.000Z" });
  const ids = articles.map((a) => {
    const { article } = store.putArticle(a, "test");
    store.putClaims(article.id, "test-1", claimsOf(a.id));
    return article.id;
  });
  return { store, ids };
}
