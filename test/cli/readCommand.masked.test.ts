/** `shopsheet read`: on the screen (--json) ID and account numbers are masked; --out writes them whole. */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, cli } from "./run";

test("read --json masks the personal numbers and says how to get them whole; --out keeps them", async () => {
  const dir = mkdtempSync(join(tmpdir(), "shopsheet-read-"));
  const book = join(dir, "book.xlsx");
  expect((await cli(["workbook", "--config", join(ROOT, "examples/five-person-shop.json"), "--month", "2026-03", "--out", book])).code).toBe(0);

  const shown = await cli(["read", book, "--json"]);
  expect(shown.code).toBe(0);
  const staff = (JSON.parse(shown.stdout) as { staff: { idNumber: string; bankAccount: string }[] }).staff;
  expect(staff[0]).toMatchObject({ idNumber: "3301**********0417", bankAccount: "6222***********0017" });
  expect(shown.stdout).not.toMatch(/\d{17}[\dX]/);
  expect(shown.stderr).toContain("use --out FILE.json to write them whole");

  const out = join(dir, "config.json");
  expect((await cli(["read", book, "--out", out])).code).toBe(0);
  const written = JSON.parse(readFileSync(out, "utf8")) as { staff: { idNumber: string; bankAccount: string; nickname?: string }[] };
  expect(written.staff[0]).toMatchObject({ idNumber: "330106198803120417", bankAccount: "6222021200000000017" });
  expect(written.staff[3]!.nickname).toBe("五人小店:阿敏");
});
