// A pronoun subject telling the later fate of one person counted before only as taken, arrested or
// freed. Sentences written for these tests (none taken from any report or dataset).
import { describe, expect, it } from "vitest";
import { extractChecked as read } from "../../../test/support/extract-checked.js";

const gtd = (s: string) => read(s).datasets.gtd;

describe("a pronoun subject after one person taken, arrested or freed", () => {
  it("counts the person's later death or injury", () => {
    expect(gtd("Police detained a teacher in Gode. She died three days later in a cell.").nkill).toBe(1);
    expect(gtd("Bandits seized a herder near Isiolo. He was beaten to death the next day.").nkill).toBe(1);
    expect(gtd("Troops rescued the mayor of Idu, but he was wounded in the raid.").nwound).toBe(1);
  });

  it("does not count a victim counted dead before again", () => {
    expect(gtd("Gunmen killed a teacher in Gode. She died at the scene.").nkill).toBe(1);
  });
});
