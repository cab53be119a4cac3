/** @jest-environment jsdom */
/** A person's card in the staff list shows their ID number and bank account masked, never whole. */
import { screen } from "@testing-library/react";
import { StaffSection } from "../../../src/taskpane/components/StaffSection";
import { catalogueRolesDraft, draftFromSections, emptyStaff, staffToRaw } from "../../../src/taskpane/draft";
import { renderView } from "../helpers";

test("a person's ID number and bank account show masked on their card, never whole", () => {
  const person = { ...emptyStaff("manager"), id: "E01", name: "王五", kept: { idType: "居民身份证", idNumber: "11010519491231002X", bank: "工行", bankAccount: "6222021234567890123" } };
  const { container } = renderView(<StaffSection staff={[person]} roles={catalogueRolesDraft()} problems={{}} showProblems={false} onChange={() => undefined} />, { lang: "zh-CN" });
  expect(screen.getByTestId("staff-personal").textContent).toBe("证件 1101**********002X · 账号 6222***********0123");
  expect(container.textContent).not.toContain("11010519491231002X");
  expect(container.textContent).not.toContain("6222021234567890123");
});

test("a person's special deductions show on their card as a count, and Save carries them back unchanged", () => {
  const deductions = [
    { category: "子女教育", from: "2023-01" },
    { category: "赡养老人", from: "2023-01", amount: "1,500", shared: true },
    { category: "大病医疗", from: "2023-01" },
  ];
  const person = draftFromSections({ staff: [{ id: "E01", name: "王五", role: "manager", base: "5000", deductions }] }).staff[0]!;
  renderView(<StaffSection staff={[person]} roles={catalogueRolesDraft()} problems={{}} showProblems={false} onChange={() => undefined} />, { lang: "zh-CN" });
  expect(screen.getByTestId("staff-deductions").textContent).toBe("专项附加扣除 3 项（在“专项附加扣除”表中修改）");
  expect(staffToRaw(person).deductions).toEqual(deductions);
});
