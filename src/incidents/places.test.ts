import { describe, expect, it } from "vitest";
import { findPlaces, locate } from "./places.js";

describe("findPlaces", () => {
  it("keeps a span into the untouched text for every mention", () => {
    const text =
      "Gunmen struck in Sibi district of Balochistan, Pakistan, on a Peshawar-bound train from Quetta.";
    const found = findPlaces(text);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(found.map((m) => [m.text, m.place.kind, m.role])).toEqual([
      ["Sibi", "district", "site"],
      ["Balochistan", "region", "site"],
      ["Pakistan", "country", "site"],
      ["Peshawar", "town", "destination"],
      ["Quetta", "town", "origin"],
    ]);
  });

  it("never reads a name after a title as a place", () => {
    const found = findPlaces("President Vladimir Putin spoke to Gen. Tyler Moore in Moscow, Russia.");
    expect(found.map((m) => m.text)).toEqual(["Moscow", "Russia"]);
    expect(findPlaces("a major Quetta hospital").map((m) => m.text)).toEqual(["Quetta"]);
  });

  it("reads datelines in capitals or before a colon or dash", () => {
    for (const [text, name] of [
      ["QUETTA, Pakistan (AP) — Gunmen attacked a bus.", "QUETTA"],
      ["RAWALPINDI – Two soldiers were killed.", "RAWALPINDI"],
      ["Peshawar: A bomb went off in a market.", "Peshawar"],
    ] as const)
      expect(findPlaces(text).find((m) => m.text === name)?.role).toBe("dateline");
    expect(findPlaces("Peshawar police said two men were hurt.")[0]?.role).toBe("site");
  });

  it("gives districts, provinces and countries their where_prec and hierarchy", () => {
    const [sibi, province, country] = findPlaces("The Sibi district of Balochistan in Pakistan.");
    expect(sibi!.place).toMatchObject({
      admin2: "Sibi District",
      admin1: "Balochistan",
      iso: "PK",
      wherePrec: 3,
    });
    expect(province!.place).toMatchObject({ name: "Balochistan", wherePrec: 4, country: "Pakistan" });
    expect(province!.place.lat).toBeTypeOf("number");
    expect(country!.place).toMatchObject({ iso: "PK", wherePrec: 6 });
  });

  it("reads a town of some size by its own name before a town that name is another name of", () => {
    // GeoNames gives "Islamabad" as an old name of Chattogram, a larger city.
    const [dateline] = findPlaces("ISLAMABAD (AP) — A bomb went off near a school on Friday.");
    expect(dateline!.place).toMatchObject({ name: "Islamabad", iso: "PK" });
  });

  it("reads a short name two countries share by the country of the context", () => {
    const country = (text: string) => findPlaces(text).find((m) => m.text === "Congo")?.place;
    expect(country("KINSHASA — The army of Congo said rebels raided a village.")).toMatchObject({
      kind: "country",
      iso: "CD",
    });
    expect(country("BRAZZAVILLE — The army of Congo said rebels raided a village.")).toMatchObject({
      kind: "country",
      iso: "CG",
    });
    // Neither country by context: no place (before, a Brazilian town of that name).
    expect(country("The army of Congo said rebels raided a village.")).toBeUndefined();
    expect(findPlaces("Gambia's army said two soldiers died.")[0]?.place).toMatchObject({ iso: "GM" });
  });

  it("reads a nationality adjective before 'capital' as that country's capital", () => {
    const found = findPlaces("ISLAMABAD (AP) — A bomb hit a school in the Afghan capital on Friday.");
    expect(found.map((m) => [m.text, m.place.name, m.place.iso, m.role])).toEqual([
      ["ISLAMABAD", "Islamabad", "PK", "dateline"],
      ["Afghan capital", "Kabul", "AF", "site"],
    ]);
    expect(locate(found)).toMatchObject({ name: "Kabul", iso: "AF" });
    expect(findPlaces("Gunmen attacked a hotel in the Malian capital.")[0]?.place).toMatchObject({
      iso: "ML",
    });
  });

  it("reads no place inside an armed group's name", () => {
    const text = "MAIDUGURI — Boko Haram fighters raided a village; Tehrik-e-Taliban Pakistan denied a role.";
    expect(findPlaces(text).map((m) => m.text)).toEqual(["MAIDUGURI"]);
  });

  it("tells same-named towns apart by the country named in context", () => {
    const pk = findPlaces("Police in Hyderabad, a city in Sindh, Pakistan, said two men were hurt.");
    expect(pk.find((m) => m.text === "Hyderabad")!.place).toMatchObject({ iso: "PK", admin1: "Sindh" });
    const india = findPlaces("Police in Hyderabad, India, said two men were hurt.");
    expect(india.find((m) => m.text === "Hyderabad")!.place.iso).toBe("IN");
  });

  it("reads the province from a written address of two, three or four parts", () => {
    const where = (text: string) => locate(findPlaces(text));
    expect(where("Gunmen raided villages in Extreme-North, Cameroon, on Sunday.")).toMatchObject({
      name: "Extreme-North",
      admin1: "Extreme-North",
      iso: "CM",
      wherePrec: 4,
    });
    expect(where("A camp in Besongabang, Manyu, South-West, Cameroon was attacked.")).toMatchObject({
      admin1: "South-West",
      admin2: "Manyu Division",
      wherePrec: 3,
    });
    // A known town before the country is the site, not a province.
    expect(where("Gunmen attacked a checkpoint in Kandahar, Afghanistan.")).toMatchObject({
      name: "Kandahār",
      wherePrec: 1,
    });
    // "Farah province": the town's name made the province's.
    expect(where("Police were attacked in Farah province, Afghanistan.")).toMatchObject({
      admin1: "Farah",
      wherePrec: 4,
    });
  });

  it("names every town's province and district from GeoNames", () => {
    const [gitega] = findPlaces("A grenade exploded in Gitega, Burundi, on Monday.");
    expect(gitega!.place).toMatchObject({ name: "Gitega", admin1: "Gitega", iso: "BI" });
    const [toronto] = findPlaces("Two soldiers were stabbed in Toronto, Canada, on Monday.");
    expect(toronto!.place).toMatchObject({ name: "Toronto", admin1: "Ontario", iso: "CA" });
    const [mach] = findPlaces("Gunmen attacked a post near Mach, Pakistan.");
    expect(mach!.place).toMatchObject({ admin1: "Balochistan", admin2: "Kachhi District", wherePrec: 1 });
  });

  it("finds places nobody listed: GeoNames towns, provinces and districts, with where_prec", () => {
    const [bandiagara] = findPlaces("BAMAKO — Gunmen killed 12 villagers near Bandiagara, Mali.").filter(
      (m) => m.text === "Bandiagara",
    );
    expect(bandiagara!.place).toMatchObject({ kind: "town", iso: "ML", admin1: "Mopti Region" });
    expect(bandiagara!.role).toBe("near");
    const [helmand] = findPlaces("Militants attacked a checkpoint in Helmand on Monday.");
    expect(helmand!.place).toMatchObject({ kind: "region", iso: "AF", wherePrec: 4 });
    expect(helmand!.place.lat).toBeTypeOf("number");
    const [zhob] = findPlaces("A bomb went off in Zhob district, Pakistan.");
    expect(zhob!.place).toMatchObject({ kind: "district", admin2: "Zhob District", wherePrec: 3 });
    // An English exonym among GeoNames' alternate names.
    expect(findPlaces("Drones struck Kiev on Monday.")[0]!.place).toMatchObject({ name: "Kyiv", iso: "UA" });
  });

  it("reads no part of a hyphenated name, nor a word the text also writes in lower case", () => {
    expect(findPlaces("Raids in Extreme-North, Cameroon.").map((m) => m.text)).toEqual([
      "Cameroon",
      "Extreme-North",
    ]);
    expect(findPlaces("Security forces were deployed; security was tight.")).toEqual([]);
  });

  it("resolves named features and tribal districts through their towns", () => {
    const [pass] = findPlaces("The train was stopped in the Bolan Pass.");
    expect(pass!.place).toMatchObject({ kind: "feature", admin1: "Balochistan", wherePrec: 2 });
    expect(pass!.place.lat).toBeTypeOf("number");
    const [kurram] = findPlaces("Vans were attacked in Kurram.");
    expect(kurram!.place).toMatchObject({ kind: "district", admin1: "Khyber Pakhtunkhwa", wherePrec: 3 });
  });

  it("does not read capitalised common words as places", () => {
    expect(findPlaces("March came. Police said Reading was over. Train services stopped.")).toEqual([]);
  });
});

describe("locate", () => {
  it("picks the province most named and the specific place in it, not origins or destinations", () => {
    const text =
      "QUETTA: A Peshawar-bound train from Quetta was attacked near Mach in Balochistan. " +
      "Troops reached Mach on Tuesday. Balochistan officials said the line was cut.";
    expect(locate(findPlaces(text))).toMatchObject({
      name: "Mach",
      admin1: "Balochistan",
      country: "Pakistan",
      iso: "PK",
      wherePrec: 2,
    });
  });

  it("falls back to the province, then the country", () => {
    expect(locate(findPlaces("An attack in Balochistan, Pakistan."))?.wherePrec).toBe(4);
    expect(locate(findPlaces("An attack in Pakistan."))).toMatchObject({ wherePrec: 6, lat: null });
    expect(locate([])).toBeNull();
  });
});

describe("written addresses", () => {
  it("reads the province of 'town, province, country' even where the gazetteer lacks it", () => {
    const text = "03/05/2016: Assailants attacked a post in Ardan district, Veloria, Afghanistan.";
    const found = findPlaces(text);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
    const province = found.find((m) => m.text === "Veloria")!;
    expect(province.place).toMatchObject({ kind: "region", admin1: "Veloria", iso: "AF", wherePrec: 4 });
    const site = found.find((m) => m.text === "Ardan")!;
    expect(site.place).toMatchObject({ kind: "district", admin1: "Veloria", admin2: "Ardan", wherePrec: 3 });
    expect(locate(found)).toMatchObject({ admin1: "Veloria", country: "Afghanistan" });
  });
});

describe("the hierarchy the text's names agree on (sentences written for these tests)", () => {
  // Places as sites, datelines and the like: a people's name ("Mexican", role "people") aside.
  const read = (text: string) =>
    findPlaces(text)
      .filter((m) => m.role !== "people")
      .map((m) => [m.text, m.place.kind, m.place.iso]);

  it("places a town and its province in their country where no country is named", () => {
    // Neither name alone is sure: Salvatierra is a small town, Guanajuato also a Mexican city.
    const text = "SALVATIERRA, Guanajuato — Gunmen killed 12 people at a party in Salvatierra.";
    expect(read(text)).toEqual([
      ["SALVATIERRA", "town", "MX"],
      ["Guanajuato", "region", "MX"],
      ["Salvatierra", "town", "MX"],
    ]);
    expect(locate(findPlaces(text))?.name).toBe("Salvatierra");
  });

  it("reads 'the state of X' and every later X as the province, not its capital", () => {
    const text =
      "MEXICO CITY — Gunmen killed 12 people in the central Mexican state of Guanajuato. Guanajuato has the most homicides.";
    expect(read(text).slice(1)).toEqual([
      ["Guanajuato", "region", "MX"],
      ["Guanajuato", "region", "MX"],
    ]);
  });

  it("takes a small town named like its own district, in one country only, without a country", () => {
    expect(read("Insurgents attacked the army base in Marte on Sunday.")).toEqual([["Marte", "town", "NG"]]);
  });

  it("lets the dateline's country decide a name other countries share", () => {
    expect(read("BAMAKO — Eight soldiers were killed near Gao on Monday.")).toEqual([
      ["BAMAKO", "town", "ML"],
      ["Gao", "town", "ML"],
    ]);
  });

  it("reads a nationality adjective before a noun as no place, the province's name before 'region' as one", () => {
    expect(read("Somali security forces ended the siege in Muqdisho.")).toEqual([["Muqdisho", "town", "SO"]]);
    expect(findPlaces("Somali security forces ended the siege in Muqdisho.")[1]?.role).toBe("people");
    expect(read("Clashes were reported in the Somali region.").map(([t, k]) => [t, k])).toEqual([
      ["Somali", "region"],
    ]);
  });
});

describe("countries by the datasets' other names and their peoples' names (sentences written for these tests)", () => {
  const named = (text: string) => findPlaces(text).map((m) => [m.text, m.place.iso, m.role]);

  it("reads a country's aliases and alternate spellings, in capitals too", () => {
    expect(named("Rebels killed 12 villagers in eastern DRC on Monday.")).toEqual([["DRC", "CD", "site"]]);
    expect(named("Militia fighters raided a village in Congo-Kinshasa.")).toEqual([
      ["Congo-Kinshasa", "CD", "site"],
    ]);
    expect(named("A car bomb went off in south-eastern Turkey.")).toEqual([["Turkey", "TR", "site"]]);
    expect(named("The UAE condemned the attack.")).toEqual([["UAE", "AE", "site"]]);
    // "America" ends other places' names: no country alone.
    expect(named("Cartels across Latin America")).toEqual([]);
  });

  it("reads a demonym as its country's people, a place only where no site is named", () => {
    expect(named("The Burkinabe army said jihadists killed 20 soldiers.")).toEqual([
      ["Burkinabe", "BF", "people"],
    ]);
    expect(named("Two Malians were abducted by gunmen.")).toEqual([["Malians", "ML", "people"]]);
    expect(locate(findPlaces("Two Malians were abducted by gunmen."))?.iso).toBe("ML");
    // A demonym two countries share is the one the report's places are in, else none.
    expect(named("Congolese troops fought rebels near Beni in North Kivu.").at(-1)).toEqual([
      "Congolese",
      "CD",
      "people",
    ]);
    expect(named("Congolese troops fought rebels.")).toEqual([]);
    // A site named wins over the people named: "Nigerian troops … in Maroua, Cameroon".
    expect(locate(findPlaces("Nigerian troops pursued the fighters into Maroua, Cameroon."))?.iso).toBe("CM");
    // Inside an armed group's name it is the group's ("Pakistani Taliban").
    expect(named("Pakistani Taliban fighters attacked a post.")).toEqual([]);
  });
});

describe("a part of a town named before it (sentences written for these tests)", () => {
  const named = (text: string) => findPlaces(text).map((m) => [m.text, m.place.admin1]);

  it("is no place of another province that shares its name", () => {
    // Tudun Wada is also a district of Kano State; here it is an area of Zaria, Kaduna State.
    expect(named("Gunmen opened fire in the Tudun Wada area of Zaria.")).toEqual([["Zaria", "Kaduna State"]]);
    expect(named("Gunmen opened fire in the Tudun Wada quarter of northern Zaria.")).toEqual([
      ["Zaria", "Kaduna State"],
    ]);
  });

  it("stays where the gazetteer places it in the town's province", () => {
    expect(named("Police raided the Tudun Wada district of Kano.")).toEqual([
      ["Tudun Wada", "Kano State"],
      ["Kano", "Kano State"],
    ]);
  });
});

describe("names that look like peoples' words or modifiers (sentences written for these tests)", () => {
  const named = (text: string) => findPlaces(text).map((m) => [m.text, m.place.iso, m.role]);

  it("reads a town named like the start of a country's name as the town before a lower-case word", () => {
    // "Djibo" begins "Djibouti": the datasets give no such demonym, the gazetteer a town.
    expect(named("OUAGADOUGOU — Gunmen attacked a convoy in Djibo on Monday.")).toEqual([
      ["OUAGADOUGOU", "BF", "dateline"],
      ["Djibo", "BF", "site"],
    ]);
    // A demonym the datasets give stays a people's word.
    expect(named("Somali troops reached Afgooye.")).toContainEqual(["Somali", "SO", "people"]);
  });

  it("reads a park of the hand list as a wide site of its province, in no district", () => {
    const [park] = findPlaces("Poachers shot two rangers in Kahuzi-Biega on Friday.");
    expect(park).toMatchObject({ text: "Kahuzi-Biega", role: "site" });
    expect(park!.place).toMatchObject({
      kind: "feature",
      name: "Kahuzi-Biega National Park",
      admin1: "South Kivu",
      admin2: null,
      iso: "CD",
      wherePrec: 3,
    });
  });

  it("reads a division GeoNames names by a former name by its current one", () => {
    // GeoNames names Burkina Faso's Soum province by its former name, "Province du Djelgodji".
    const [province] = findPlaces("The convoy was ambushed in Soum province.");
    expect(province).toMatchObject({ text: "Soum", role: "site" });
    expect(province!.place).toMatchObject({
      kind: "district",
      name: "Soum Province",
      admin1: "Sahel",
      iso: "BF",
    });
    const [town] = findPlaces("Gunmen attacked a convoy in Djibo, Burkina Faso.");
    expect(town!.place).toMatchObject({ name: "Djibo", admin2: "Soum Province" });
  });

  it("reads no division of an unnamed country in the tail of a name opened by a direction", () => {
    // Somalia's region is "Lower Shabeelle" in GeoNames, found whole by its loose key (another
    // transliteration); "Shabelle" alone is an Ethiopian district, no tail of a longer name.
    expect(named("Militants attacked a base in the Lower Shabelle region on Monday.")).toEqual([
      ["Lower Shabelle", "SO", "site"],
    ]);
    expect(named("Militants attacked a base in the Upper Shabelle region on Monday.")).toEqual([]);
    expect(named("Militants attacked a base in the Shabelle district on Monday.")).toEqual([
      ["Shabelle", "ET", "site"],
    ]);
    // A town of some size stays ("Central Kabul"), as does a longer name the gazetteer holds.
    expect(named("Fighting in Central Kabul.")).toEqual([["Kabul", "AF", "site"]]);
    expect(named("A bomb went off in Lower Dir district.").map(([t]) => t)).toEqual(["Lower Dir"]);
  });

  it("reads a name another transliteration writes, a compound's head and a name with an apostrophe", () => {
    const where = (text: string) => findPlaces(text).map((m) => [m.text, m.place.name, m.place.iso]);
    expect(where("A checkpoint in Deir el-Zour was raided.")).toEqual([
      ["Deir el-Zour", "Deir ez-Zor", "SY"],
    ]);
    expect(where("A bomb went off near a shrine in Mazar, a police official in Balkh said.")[0]).toEqual([
      "Mazar",
      "Mazār-e Sharīf",
      "AF",
    ]);
    expect(where("Fighting spread from Ma'rib to Sana'a.").map(([t, , iso]) => [t, iso])).toEqual([
      ["Ma'rib", "YE"],
      ["Sana'a", "YE"],
    ]);
    // A possessive is no part of the name.
    expect(where("Kabul's police chief spoke.")).toEqual([["Kabul", "Kabul", "AF"]]);
    // Without its article and with a closing "a" for "ah" (GeoNames: "Al Hawijah").
    expect(where("A bomb struck a patrol near Hawija, Iraq.")[0]!.slice(0, 1)).toEqual(["Hawija"]);
    expect(where("A bomb struck a patrol near Hawija, Iraq.")[0]![2]).toBe("IQ");
  });

  it("reads a name as the town that bears it before a town that has it among its other names", () => {
    // Cameroon's Mora (55,000) over an Indian city of 500,000 that GeoNames also calls "Mora"; with
    // no country named, neither is sure: no place rather than the wrong country.
    expect(findPlaces("Three villagers killed near Mora were buried on Saturday.")).toEqual([]);
    expect(findPlaces("Three villagers were killed near Mora, Cameroon.")[0]!.place.iso).toBe("CM");
  });

  it("reads a division by the name GeoNames writes with its level ('Province du', 'Raion')", () => {
    const kinds = (text: string) => findPlaces(text).map((m) => [m.text, m.place.kind, m.place.iso]);
    expect(kinds("Gunmen attacked a village in Yatenga province, Burkina Faso.")[0]).toEqual([
      "Yatenga",
      "district",
      "BF",
    ]);
    expect(kinds("Shelling hit Izium raion in Kharkiv oblast.")).toEqual([
      ["Izium", "district", "UA"],
      ["Kharkiv", "region", "UA"],
    ]);
  });

  it("reads no place in a name hyphened to a participle of backing, leading or holding", () => {
    expect(named("BEIRUT — US-backed fighters lost five men in Raqqa on Monday.")).toEqual([
      ["BEIRUT", "LB", "dateline"],
      ["Raqqa", "SY", "site"],
    ]);
    expect(named("A Saudi-led coalition struck Sanaa.").map(([t]) => t)).toEqual(["Sanaa"]);
    expect(named("a Kano-based group").map(([t]) => t)).toEqual([]);
    // "Peshawar-bound" stays a destination.
    expect(named("a Peshawar-bound bus")).toEqual([["Peshawar", "PK", "destination"]]);
  });
});
