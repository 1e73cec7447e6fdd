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

export const TITLES: ReadonlySet<string> = new Set([...SECURITY_TITLES, ...CIVIL_TITLES]);
