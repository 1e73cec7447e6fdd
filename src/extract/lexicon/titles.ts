// Titles before a person's name ("Lt. Gen. Ahmed Chaudhry", "Dr. Lina Haddad", "SP Yazid Abubakar"),
// lower-case and without the stop. Military and police ranks say the person is of the security forces.
const words = (s: string) => s.split(" ");

export const SECURITY_TITLES: ReadonlySet<string> = new Set(
  words(
    "captain capt general gen colonel col major maj lieutenant lt sergeant sgt commander brigadier brig " +
      "inspector supt superintendent corporal cpl admiral adm " +
      // police ranks by their initials (Nigeria, South Asia): Superintendent of Police, its
      // assistant, chief and deputy ranks, commissioners and inspectors general
      "sp asp csp acp dcp dig aig igp sdpo",
  ),
);

export const CIVIL_TITLES: ReadonlySet<string> = new Set(
  words(
    "dr doctor mr mrs ms judge mullah maulana sheikh haji imam chief senator sen governor gov mayor minister " +
      "deputy professor prof father prime president",
  ),
);

/**
 * Titles of a member of a legislature before the name ("Hon. Umar Ali", "Rep. Jane Doe", "Sen. X",
 * "MP X"): a later "the lawmaker" or "the legislator" refers back to the one who holds them.
 */
export const LEGISLATOR_TITLES: ReadonlySet<string> = new Set(
  words(
    "hon honourable honorable rep sen senator mp mla mca congressman congresswoman assemblyman assemblywoman",
  ),
);

/** The nouns a report names a legislator by a second time ("the lawmaker said"). */
export const LEGISLATOR_NOUNS: readonly string[] = ["lawmaker", "legislator"];

export const TITLES: ReadonlySet<string> = new Set([
  ...SECURITY_TITLES,
  ...CIVIL_TITLES,
  ...LEGISLATOR_TITLES,
]);
