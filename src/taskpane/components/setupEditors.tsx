import { deferred } from "./deferred";

/**
 * The Set up view's editors, a chunk of their own (issue 15: taskpane.js at most 150 KB gz; Input,
 * Checkbox and the forms are about 9 KB of it). Set up opens on the roles and the staff list, each
 * role and person closed; its editors arrive with preloadSetupEditors(), which the pane calls once it
 * has first rendered, so by the time a section is opened its editor is there.
 */
const load = () => import(/* webpackChunkName: "setup-editors" */ "./setupEditorsChunk");

export const LazyRoleDetails = deferred(() => load().then((m) => m.RoleDetails));
export const LazyPersonEditor = deferred(() => load().then((m) => m.PersonEditor));
export const LazySettingsSection = deferred(() => load().then((m) => m.SettingsSection));

export function preloadSetupEditors(): Promise<void> {
  return Promise.all([LazyRoleDetails.preload(), LazyPersonEditor.preload(), LazySettingsSection.preload()]).then(() => undefined);
}
