import { draftFromSections, draftToSections } from "../../src/taskpane/draft";

test("the pane's draft keeps what it does not edit — a re-hire's sameAs and the opening balance — through a save", () => {
  const staff = [
    { id: "E05", name: "赵六", role: "service", startDate: "2026-01-05", endDate: "2026-03-20", opening: { months: 2, gross: "9000" } },
    { id: "E05-2", name: "赵六", role: "service", startDate: "2026-06-01", sameAs: "E05" },
  ];
  const back = draftToSections(draftFromSections({ staff })).staff;
  const fields = (p: unknown) => {
    const r = p as Record<string, unknown>;
    return [r.id, r.sameAs, r.opening];
  };
  expect(back.map(fields)).toEqual([
    ["E05", undefined, { months: 2, gross: "9000" }],
    ["E05-2", "E05", undefined],
  ]);
});
