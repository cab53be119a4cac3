/**
 * Work that the first view does not need (fetching the chunks of later views and editors, the config
 * check), started in a task of its own after the current one: the first render's last task — the
 * effects', which sets the first-render mark — then does only the first view's work (issue 15). Returns
 * a cancel for an effect's clean-up.
 */
export function inNextTask(work: () => void): () => void {
  const id = setTimeout(work, 0);
  return () => clearTimeout(id);
}
