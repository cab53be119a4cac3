// Every message table: the command shows every part of the project (src/data/messages/all.ts).
import "../data/messages/all";
import { formatMessage } from "../data/messages";
import type { Io } from "./io";
import { InputProblems, describe } from "./problems";
import { payrollCommand } from "./payrollCommand";
import { targetsCommand } from "./targetsCommand";
import { workbookCommand } from "./workbookCommand";
import { readCommand } from "./readCommand";
import { exportCommand } from "./exportCommand";
import { importCommand } from "./importCommand";
import { slipsCommand } from "./slipsCommand";
import { runLang } from "./lang";

type Command = (args: string[], io: Io) => number | Promise<number>;
const commands: Record<string, Command> = { targets: targetsCommand, payroll: payrollCommand, workbook: workbookCommand, read: readCommand, export: exportCommand, import: importCommand, slips: slipsCommand };

/** Runs the `shopsheet` command; returns the exit code (0 done, 2 bad input, 1 a bug). */
export async function main(argv: string[], partial: Partial<Io> = {}, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const lang = runLang(argv, env);
  const io: Io = {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    cwd: process.cwd(),
    now: () => new Date(),
    lang,
    ...partial,
  };
  const [name, ...rest] = argv;
  try {
    // `shopsheet help payroll` is `shopsheet payroll --help`.
    if (name === "help" && rest[0] !== undefined && commands[rest[0]]) return await commands[rest[0]]!(["--help", ...rest.slice(1)], io);
    if (name === undefined || name === "--help" || name === "-h" || name === "help") {
      (name === undefined ? io.stderr : io.stdout)(`${formatMessage("cli.usage", {}, io.lang)}\n`);
      return name === undefined ? 2 : 0;
    }
    const command = commands[name];
    if (!command) throw new InputProblems([{ code: "cli.unknownCommand", params: { command: name }, where: "" }]);
    return await command(rest, io);
  } catch (e) {
    if (!(e instanceof InputProblems)) {
      // A bug, not the user's input: one line saying so, never a stack trace (SHOPSHEET_DEBUG=1 shows it).
      const detail = e instanceof Error ? e.message : String(e);
      io.stderr(`${formatMessage("cli.internalError", { detail }, io.lang)}\n${env.SHOPSHEET_DEBUG ? `${(e as Error)?.stack ?? ""}\n` : ""}`);
      return 1;
    }
    io.stderr(`${formatMessage("cli.errors", {}, io.lang)}\n${e.problems.map((p) => `  ${describe(p, io.lang)}`).join("\n")}\n`);
    return 2;
  }
}
