/** @jest-environment jsdom */
/** A person's card in the staff list shows their ID number and bank account masked, never whole. */
import { screen } from "@testing-library/react";
import { StaffSection } from "../../../src/taskpane/components/StaffSection";
import { catalogueRolesDraft, emptyStaff } from "../../../src/taskpane/draft";
import { renderView } from "../helpers";

test("a person's ID number and bank account show masked on their card, never whole", () => {
  const person = { ...emptyStaff("manager"), id: "E01", name: "王五", kept: { idType: "居民身份证", idNumber: "11010519491231002X", bank: "工行", bankAccount: "6222021234567890123" } };
  const { container } = renderView(<StaffSection staff={[person]} roles={catalogueRolesDraft()} problems={{}} showProblems={false} onChange={() => undefined} />, { lang: "zh-CN" });
  expect(screen.getByTestId("staff-personal").textContent).toBe("证件 1101**********002X · 账号 6222***********0123");
  expect(container.textContent).not.toContain("11010519491231002X");
  expect(container.textContent).not.toContain("6222021234567890123");
});
