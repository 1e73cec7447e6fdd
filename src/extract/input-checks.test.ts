import { describe, expect, it } from "vitest";
import type { Article } from "../core/model.js";
import { checkArticle, englishVerdict, publicationDay, stripHtml } from "./input-checks.js";
import { ENGLISH_FUNCTION_WORDS } from "./lexicon/english-function-words.js";
import { OTHER_FUNCTION_WORDS } from "./lexicon/other-function-words.js";

const REPORT =
  "Gunmen killed at least 12 people at a crowded market in the town of Hallan on Tuesday, the district police chief said. " +
  "A hospital official said 30 people were being treated for gunshot wounds, five of them in a critical condition. " +
  "No group has claimed responsibility for the attack, which came two days after a bombing at a checkpoint nearby.";

const article = (text: string, published: string | null = "2025-03-12"): Article => ({
  id: "a1",
  text,
  published,
});
const codes = (text: string, published: string | null = "2025-03-12") =>
  checkArticle(article(text, published)).messages.map((m) => m.code);

describe("checkArticle", () => {
  it("passes a plain English report untouched, without messages", () => {
    const r = checkArticle(article(REPORT));
    expect(r).toEqual({ text: REPORT, published: "2025-03-12", messages: [], fatal: false });
  });

  it("rejects empty and white-space text (T001, fatal)", () => {
    for (const text of ["", "   \n\t  "]) {
      const r = checkArticle(article(text));
      expect(r.fatal).toBe(true);
      expect(r.messages.map((m) => [m.code, m.severity])).toEqual([["T001", "error"]]);
    }
  });

  it("rejects text over 5 MB (T003, fatal), counting UTF-8 bytes", () => {
    const limit = 5 * 1024 * 1024;
    expect(codes("a".repeat(limit + 1))).toEqual(["T003"]);
    expect(codes("a".repeat(limit))).toEqual([]);
    // "é" is two bytes: half as many characters reach the limit.
    expect(codes("é".repeat(limit / 2 + 1))).toEqual(["T003"]);
  });

  it("rejects binary data (T002, fatal): NUL bytes, control characters, undecodable bytes", () => {
    const nul = checkArticle(article(`${REPORT}\0${REPORT}`));
    expect(nul.fatal).toBe(true);
    expect(nul.messages[0]).toMatchObject({
      code: "T002",
      span: { start: REPORT.length, end: REPORT.length + 1 },
    });
    const utf16 = Buffer.from(REPORT, "utf16le").toString("utf8");
    expect(checkArticle(article(utf16)).messages[0]!.message).toContain("UTF-16");
    const controls = Array.from({ length: 400 }, (_, i) => String.fromCharCode(i % 0x1f || 1)).join("");
    expect(codes(`${REPORT}${controls}`)).toEqual(["T002"]);
    expect(codes("\uFFFD\uFFFDP\uFFFDNG\uFFFD\x1a\uFFFD\uFFFD\uFFFD".repeat(20))).toEqual(["T002"]);
  });

  it("warns of replacement characters (T010) with the first one's place", () => {
    const text = REPORT.replace("Hallan", "Hall\uFFFDn");
    const r = checkArticle(article(text));
    expect(r.fatal).toBe(false);
    expect(r.messages).toHaveLength(1);
    const at = text.indexOf("\uFFFD");
    expect(r.messages[0]).toMatchObject({
      code: "T010",
      severity: "warning",
      span: { start: at, end: at + 1 },
    });
  });

  it("blanks out HTML with spaces of the same length (T004, a warning)", () => {
    const html =
      '<!DOCTYPE html><html><head><style>p { color: red; }</style>\n<script>var x = "<p>";</script></head>' +
      `<body><p class="lede">${REPORT.slice(0, 120)}</p>\n<!-- ad -->\n<p>${REPORT.slice(120)}</p></body></html>`;
    const r = checkArticle(article(html));
    expect(r.fatal).toBe(false);
    expect(r.messages.map((m) => [m.code, m.severity])).toEqual([["T004", "warning"]]);
    expect(r.text).toHaveLength(html.length);
    expect(r.text).not.toMatch(/[<>]|color|var x/);
    // Every visible character and every line break is where it was.
    for (let i = 0; i < html.length; i++) if (r.text[i] !== " ") expect(r.text[i]).toBe(html[i]);
    expect(r.text.split("\n")).toHaveLength(html.split("\n").length);
    const at = html.indexOf("Gunmen killed");
    expect(r.text.slice(at, at + 13)).toBe("Gunmen killed");
  });

  it("keeps offsets through tags holding astral characters and &nbsp;", () => {
    const html = '<p title="🙂">Seven&nbsp;people</p>';
    const clean = stripHtml(html);
    expect(clean).toHaveLength(html.length);
    expect(clean.trim().split(/\s+/)).toEqual(["Seven", "people"]);
  });

  it("does not take a stray '<' for HTML", () => {
    const text = `${REPORT} Casualties in such attacks are usually <5 and rarely >50 <editor@example.com>.`;
    const r = checkArticle(article(text));
    expect(r.messages).toEqual([]);
    expect(r.text).toBe(text);
  });

  it("warns of a missing or invalid publication date (T008) and accepts ISO timestamps", () => {
    expect(checkArticle(article(REPORT, null)).messages).toMatchObject([
      { code: "T008", severity: "warning" },
    ]);
    expect(codes(REPORT, "12/03/2025")).toEqual(["T008"]);
    expect(codes(REPORT, "2025-02-30")).toEqual(["T008"]);
    const r = checkArticle(article(REPORT, "2025-03-12T22:15:00+05:00"));
    expect(r.messages).toEqual([]);
    expect(r.published).toBe("2025-03-12");
  });
});

describe("publicationDay", () => {
  it.each([
    ["2025-03-12", "2025-03-12"],
    [" 2024-02-29 ", "2024-02-29"],
    ["2025-03-12T08:00:00Z", "2025-03-12"],
    ["2025-03-12T08:00", "2025-03-12"],
    ["2025-03-12 08:00:00.123-0400", "2025-03-12"],
    ["2023-02-29", null],
    ["2025-13-01", null],
    ["2025-3-12", null],
    ["March 12, 2025", null],
    ["", null],
    [null, null],
    [20250312, null],
  ])("%j → %j", (input, day) => {
    expect(publicationDay(input)).toBe(day);
  });
});

// Texts written for these tests: the same invented market attack in several languages.
const FOREIGN: Record<string, string> = {
  french:
    "Au moins douze personnes ont été tuées mardi dans une attaque contre un marché de la ville, selon les autorités locales. Les assaillants sont arrivés à moto et ont ouvert le feu sur la foule avant de prendre la fuite vers la frontière.",
  spanish:
    "Al menos doce personas murieron el martes en un ataque contra un mercado de la ciudad, según las autoridades locales. Los atacantes llegaron en motocicleta y abrieron fuego contra la multitud antes de huir hacia la frontera.",
  german:
    "Mindestens zwölf Menschen sind am Dienstag bei einem Angriff auf einen Markt der Stadt getötet worden, wie die örtlichen Behörden mitteilten. Die Angreifer kamen auf Motorrädern und eröffneten das Feuer auf die Menge, bevor sie in Richtung der Grenze flohen.",
  indonesian:
    "Sedikitnya dua belas orang tewas pada hari Selasa dalam serangan terhadap sebuah pasar di kota itu, kata pihak berwenang setempat. Para penyerang datang dengan sepeda motor dan menembaki kerumunan sebelum melarikan diri ke arah perbatasan.",
  swahili:
    "Watu wasiopungua kumi na wawili waliuawa siku ya Jumanne katika shambulio dhidi ya soko la mji huo, kwa mujibu wa maafisa wa eneo hilo. Washambuliaji walifika kwa pikipiki na kufyatua risasi kwenye umati kabla ya kukimbilia upande wa mpaka.",
  urdu: "منگل کے روز شہر کے ایک بازار پر حملے میں کم از کم بارہ افراد ہلاک ہو گئے، مقامی حکام نے بتایا۔ حملہ آور موٹر سائیکلوں پر آئے اور ہجوم پر فائرنگ کر کے سرحد کی طرف فرار ہو گئے۔",
  russian:
    "По меньшей мере двенадцать человек погибли во вторник в результате нападения на рынок города, сообщили местные власти. Нападавшие приехали на мотоциклах и открыли огонь по толпе.",
  chinese:
    "当地官员表示，周二该市一个市场遭到袭击，至少十二人死亡。袭击者骑摩托车抵达，向人群开枪后逃往边境方向。州长宣布展开调查。",
};

describe("the language check (T005)", () => {
  it.each(Object.entries(FOREIGN))("rejects %s", (_, text) => {
    const r = checkArticle(article(text));
    expect(r.fatal).toBe(true);
    expect(r.messages.map((m) => m.code)).toEqual(["T005"]);
  });

  it("accepts English news crowded with names", () => {
    const names =
      "Col. Rashid Mahmood Qureshi, Maj. Gen. Anwar Saleem Kakar, Brig. Saleem Akhtar Baloch and Lt. Col. Faisal " +
      "Nadeem Chaudhry attended the funeral in Quetta, where Sardar Akhtar Mengal, Nawabzada Hamid Jamali and Mir " +
      "Zafarullah Zehri addressed mourners from Mastung, Kalat, Khuzdar and Turbat.";
    expect(englishVerdict(names)).toBeNull();
  });

  it("accepts telegraphic English notes with almost no function words", () => {
    const note =
      "Militia raid - 7 killed/ 4 injured/ 60 huts burned. LOCATION: Kiboko village, Lower Ngare Division, " +
      "Samburu District (district capital = Maralal)";
    expect(englishVerdict(note)).toBeNull();
  });

  it("accepts English with a quotation in another language or script", () => {
    const text = `${REPORT} A banner at the market read "Nous n'oublierons jamais" and another "ہم نہیں بھولیں گے".`;
    expect(checkArticle(article(text)).messages).toEqual([]);
  });

  it("gives no verdict on short texts (under 15 words)", () => {
    expect(englishVerdict("Au moins douze personnes ont été tuées mardi dans une attaque.")).toBeNull();
    expect(englishVerdict("Mindestens zwölf Tote bei Angriff auf Markt")).toBeNull();
    expect(englishVerdict("Взрыв на рынке")).toBeNull();
  });

  it("keeps the two word lists apart", () => {
    expect([...OTHER_FUNCTION_WORDS].filter((w) => ENGLISH_FUNCTION_WORDS.has(w))).toEqual([]);
  });
});
