/**
 * inNextTask (src/taskpane/nextTask.ts): the work runs after the current task — not in it, so not in the
 * first render's last task — and not at all once cancelled (an effect's clean-up).
 */
import { inNextTask } from "../../src/taskpane/nextTask";

it("runs the work in a later task, not in the current one nor in its microtasks", async () => {
  const ran: string[] = [];
  inNextTask(() => ran.push("work"));
  await Promise.resolve();
  ran.push("current task's end");
  await new Promise((done) => setTimeout(done, 0));
  expect(ran).toEqual(["current task's end", "work"]);
});

it("runs nothing once cancelled", async () => {
  const ran: string[] = [];
  const cancel = inNextTask(() => ran.push("work"));
  cancel();
  await new Promise((done) => setTimeout(done, 5));
  expect(ran).toEqual([]);
});
